/*
 * Quick exit, after GOV.UK's "Exit this page" component.
 *
 * Pressing the button, or Shift three times within five seconds, blanks the
 * page at once and replaces it in the history with a neutral site, so the
 * Back button does not bring it back. Without JavaScript the button is an
 * ordinary link to the same site.
 */
(function () {
    "use strict";

    var SHIFT_PRESSES = 3;
    var SHIFT_WINDOW_MS = 5000;
    var container = document.querySelector("[data-quick-exit]");
    if (!container) {
        return;
    }
    var button = container.querySelector("[data-quick-exit-button]");
    var hint = container.querySelector("[data-quick-exit-hint]");
    var status = container.querySelector("[data-quick-exit-status]");
    var overlay = null;
    var shiftCount = 0;
    var shiftTimer = null;

    function leave() {
        overlay = document.createElement("div");
        overlay.className = "quick-exit-overlay";
        document.body.appendChild(overlay);
        document.title = "\u200b";
        // replace(), not assign(): the page leaves the history entirely.
        window.location.replace(button.href);
    }

    function resetShift() {
        shiftCount = 0;
        if (status) {
            status.textContent = "";
        }
    }

    if (hint) {
        hint.hidden = false;
    }

    button.addEventListener("click", function (event) {
        event.preventDefault();
        leave();
    });

    document.addEventListener("keyup", function (event) {
        if (event.key !== "Shift") {
            resetShift();
            return;
        }
        shiftCount += 1;
        window.clearTimeout(shiftTimer);
        shiftTimer = window.setTimeout(resetShift, SHIFT_WINDOW_MS);
        if (shiftCount >= SHIFT_PRESSES) {
            resetShift();
            leave();
        } else if (status) {
            // One sentence per remaining count (translators write whole sentences).
            status.textContent = button.getAttribute("data-presses-left-" + (SHIFT_PRESSES - shiftCount)) || "";
        }
    });

    // If the browser restores this page from its back-forward cache, remove
    // the blank overlay again so the page is usable.
    window.addEventListener("pageshow", function () {
        if (overlay && overlay.parentNode) {
            overlay.parentNode.removeChild(overlay);
        }
        overlay = null;
        resetShift();
    });
})();
