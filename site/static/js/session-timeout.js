/*
 * The warning before a signed-in session ends for inactivity (safereturn.accounts).
 *
 * The server decides: this script only asks how long is left (a request that
 * does not count as activity), shows a warning with a "Stay signed in" button
 * when the end is near (pressing it is a request that counts), and when the
 * session has ended, goes to the sign-in page with `next` set to this page,
 * so that the person comes back here. Without JavaScript the session ends
 * all the same, at the next request.
 *
 * Settings come from the script tag's data- attributes; the admin's CSRF
 * token from its configuration (#wagtail-config).
 */
(function () {
    "use strict";

    var script = document.currentScript || document.querySelector("script[data-session-timeout]");
    if (!script || !window.fetch) {
        return;
    }
    var data = script.dataset;
    var timer = null;
    var countdown = null;
    var panel = null;

    function csrfToken() {
        if (data.csrfToken) {
            return data.csrfToken;
        }
        var config = document.getElementById("wagtail-config");
        try {
            return config ? JSON.parse(config.textContent).CSRF_TOKEN : "";
        } catch (error) {
            return "";
        }
    }

    function text(name, fallback) {
        return data[name] || fallback;
    }

    function schedule(seconds) {
        window.clearTimeout(timer);
        timer = window.setTimeout(check, Math.max(1, seconds) * 1000);
    }

    function goToSignIn() {
        var here = window.location.pathname + window.location.search;
        window.location.assign(data.signInUrl + "?next=" + encodeURIComponent(here));
    }

    function handle(status) {
        if (!status.signed_in || status.remaining <= 0) {
            goToSignIn();
            return;
        }
        if (status.remaining <= status.warning) {
            showWarning(status.remaining);
            schedule(Math.min(status.remaining + 1, 10));
        } else {
            hideWarning();
            schedule(status.remaining - status.warning);
        }
    }

    function check() {
        fetch(data.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then(function (response) { return response.json(); })
            .then(handle)
            .catch(function () { schedule(30); });
    }

    function stay() {
        fetch(data.extendUrl, {
            method: "POST",
            credentials: "same-origin",
            headers: { Accept: "application/json", "X-CSRFToken": csrfToken() },
        })
            .then(function (response) { return response.json(); })
            .then(handle)
            .catch(function () { schedule(5); });
    }

    function showWarning(seconds) {
        var deadline = Date.now() + seconds * 1000;
        if (!panel) {
            panel = document.createElement("div");
            panel.className = "session-timeout";
            panel.setAttribute("role", "alertdialog");
            panel.setAttribute("aria-labelledby", "session-timeout-title");
            panel.setAttribute("aria-describedby", "session-timeout-text");
            var title = document.createElement("h2");
            title.id = "session-timeout-title";
            title.textContent = text("textTitle", "Are you still there?");
            var message = document.createElement("p");
            message.id = "session-timeout-text";
            message.textContent = text(
                "textWarning",
                "For your security you will be signed out soon because of inactivity. Your draft is saved."
            );
            var left = document.createElement("p");
            left.className = "session-timeout__left";
            var button = document.createElement("button");
            button.type = "button";
            button.className = "button";
            button.textContent = text("textStay", "Stay signed in");
            button.addEventListener("click", stay);
            panel.append(title, message, left, button);
            document.body.append(panel);
            button.focus();
        }
        var left = panel.querySelector(".session-timeout__left");
        window.clearInterval(countdown);
        var tick = function () {
            var remaining = Math.max(0, Math.round((deadline - Date.now()) / 1000));
            left.textContent = text("textLeft", "Seconds left: ") + remaining;
        };
        tick();
        countdown = window.setInterval(tick, 1000);
    }

    function hideWarning() {
        window.clearInterval(countdown);
        if (panel) {
            panel.remove();
            panel = null;
        }
    }

    check();
})();
