/*
 * The report form's proof of work (campaigns.reports): find a counter whose
 * SHA-256 with the form's token starts with `data-pow-bits` zero bits, put it
 * in the hidden "proof" field, then send. Started as soon as the page loads,
 * so it is usually done before the reporter has finished writing. Without
 * JavaScript, or without Web Crypto, nothing happens here and the form is
 * sent as it is (the server then asks for a minimum fill time instead).
 * Also: the "Copy the code" button after a report is sent.
 */
(function () {
    "use strict";

    function zeroBits(bytes) {
        var bits = 0;
        for (var i = 0; i < bytes.length; i++) {
            if (bytes[i] === 0) {
                bits += 8;
                continue;
            }
            return bits + Math.clz32(bytes[i]) - 24;
        }
        return bits;
    }

    function solve(token, wanted) {
        var encoder = new TextEncoder();
        var counter = 0;
        function batch() {
            var tries = [];
            for (var i = 0; i < 256; i++, counter++) {
                tries.push(check(counter));
            }
            return Promise.all(tries).then(function (found) {
                for (var j = 0; j < found.length; j++) {
                    if (found[j] !== null) {
                        return found[j];
                    }
                }
                return batch();
            });
        }
        function check(n) {
            return crypto.subtle.digest("SHA-256", encoder.encode(token + ":" + n)).then(function (hash) {
                return zeroBits(new Uint8Array(hash)) >= wanted ? String(n) : null;
            });
        }
        return batch();
    }

    var form = document.querySelector("[data-report-form]");
    if (form && window.crypto && crypto.subtle && window.TextEncoder) {
        var token = form.querySelector("input[name=token]");
        var proof = form.querySelector("input[name=proof]");
        var status = form.querySelector("[data-pow-status]");
        var wanted = parseInt(form.getAttribute("data-pow-bits"), 10) || 0;
        var sending = false;
        var work = token && proof ? solve(token.value, wanted) : null;
        if (work) {
            work.then(
                function (value) {
                    proof.value = value;
                },
                function () {}
            );
            form.addEventListener("submit", function (event) {
                if (proof.value || sending) {
                    return;
                }
                event.preventDefault();
                sending = true;
                if (status) {
                    status.textContent = form.getAttribute("data-pow-working") || "";
                }
                // Sent either way: if the work failed, the server treats the form as one without JavaScript.
                work.then(
                    function () {
                        form.submit();
                    },
                    function () {
                        form.submit();
                    }
                );
            });
        }
    }

    var copy = document.querySelector("[data-copy-code]");
    var code = document.querySelector("[data-report-code]");
    if (copy && code && navigator.clipboard) {
        copy.hidden = false;
        copy.addEventListener("click", function () {
            navigator.clipboard.writeText(code.textContent.trim()).then(function () {
                var done = document.querySelector("[data-copy-done]");
                if (done) {
                    done.textContent = copy.getAttribute("data-done") || "";
                }
            });
        });
    }
})();
