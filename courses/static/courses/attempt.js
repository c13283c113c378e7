/*
 * Quiz attempts: save each answer as it is given, and count the time down.
 *
 * Only an enhancement: the page works without it (each button sends the
 * form, and the server saves the answers). Autosave sends that same form,
 * asking for JSON, and takes the attempt's new version from the answer so
 * that the next save, or the button pressed next, is not refused as coming
 * from an out-of-date page. The server alone decides about time and marks.
 */
(function () {
    "use strict";

    var form = document.querySelector("form[data-autosave]");
    var status = document.querySelector("[data-autosave-status]");
    var timer = document.querySelector("[data-seconds-left]");

    if (timer) {
        var end = Date.now() + Number(timer.getAttribute("data-seconds-left")) * 1000;
        var label = timer.getAttribute("data-label");
        var tick = function () {
            var left = Math.max(0, Math.round((end - Date.now()) / 1000));
            if (label) {
                var minutes = Math.floor(left / 60);
                var seconds = String(left % 60).padStart(2, "0");
                timer.firstChild.textContent = label + " " + minutes + ":" + seconds + " ";
            }
            if (left === 0) {
                window.clearInterval(interval);
                // The server has submitted the attempt: show its result.
                window.setTimeout(function () { window.location.reload(); }, 1500);
            }
        };
        var interval = window.setInterval(tick, 1000);
        tick();
    }

    if (!form || !window.fetch || !window.FormData) {
        return;
    }

    var version = form.querySelector("input[name=version]");
    var pending = null;
    var inflight = null;
    // One save at a time: each sends the version the previous one produced.
    var queued = false;

    function say(text) {
        if (status && text) {
            status.textContent = text;
        }
    }

    // For people reading the page nothing changes; tests and styles can tell a page whose answers are all saved.
    function state(value) {
        form.setAttribute("data-save-state", value);
    }

    function save() {
        pending = null;
        if (inflight) {
            queued = true;
            return;
        }
        state("saving");
        var data = new FormData(form);
        data.set("action", "save");
        say(form.getAttribute("data-saving"));
        // getAttribute: the buttons named "action" shadow the form's `action` property.
        inflight = window.fetch(form.getAttribute("action"), {
            method: "POST",
            body: data,
            credentials: "same-origin",
            headers: {Accept: "application/json"}
        }).then(function (response) {
            return response.json().then(function (body) {
                if (response.ok) {
                    version.value = body.version;
                    say(body.message);
                    showWarnings(body.warnings || {});
                    state(queued || pending ? "pending" : "saved");
                } else {
                    say(body.error);
                    state("refused");
                }
            });
        }).catch(function () {
            say(form.getAttribute("data-failed"));
            state("failed");
        }).then(function () {
            inflight = null;
            if (queued) {
                queued = false;
                save();
            }
        });
        return inflight;
    }

    // The server says what each essay seems to hold (a name, an ID or phone number): show it under the essay.
    function showWarnings(warnings) {
        Object.keys(warnings).forEach(function (slotId) {
            var box = document.querySelector("[data-pii-warning='" + slotId + "']");
            if (!box) {
                return;
            }
            var labels = warnings[slotId];
            var text = labels.join(", ");
            if (box.getAttribute("data-shown") === text) {
                return;
            }
            box.setAttribute("data-shown", text);
            box.textContent = "";
            box.classList.toggle("pii-warning--empty", labels.length === 0);
            if (!labels.length) {
                return;
            }
            var first = document.createElement("p");
            var lead = document.createElement("strong");
            lead.textContent = box.getAttribute("data-lead");
            first.appendChild(lead);
            first.appendChild(document.createTextNode(" " + text + "."));
            var advice = document.createElement("p");
            advice.textContent = box.getAttribute("data-advice");
            box.appendChild(first);
            box.appendChild(advice);
        });
    }

    function whenIdle() {
        return inflight ? inflight.then(whenIdle) : Promise.resolve();
    }

    function schedule(delay) {
        if (pending) {
            window.clearTimeout(pending);
        }
        pending = window.setTimeout(save, delay);
        state("pending");
    }

    form.addEventListener("change", function () { schedule(300); });
    form.addEventListener("input", function (event) {
        if (event.target.matches("input[type=text], textarea")) {
            schedule(1500);
        }
    });

    form.addEventListener("submit", function (event) {
        if (pending) {
            window.clearTimeout(pending);
            pending = null;
        }
        // The form itself carries every answer: a save still queued is not needed.
        queued = false;
        if (inflight) {
            // Wait for the save under way, so that this page is sent with the version it produced.
            event.preventDefault();
            var submitter = event.submitter;
            whenIdle().then(function () { form.requestSubmit(submitter); });
        }
    });
}());
