/*
 * The job-offer self-check, scored on this device only.
 *
 * Nothing is sent or stored: there is no request, no cookie, no storage API.
 * Without JavaScript the page reads as a checklist with every result shown.
 *
 * The result is the band whose minimum score the total reaches, except that
 * a "yes" to any serious sign (a question marked data-serious) leads to the
 * last band, the strongest advice, whatever the score.
 */
(function () {
    "use strict";

    var root = document.querySelector("[data-self-check]");
    var results = document.querySelector("[data-self-check-results]");
    if (!root || !results) {
        return;
    }
    var submit = root.querySelector("[data-self-check-submit]");
    var scoreLine = results.querySelector("[data-self-check-score]");
    var heading = results.querySelector("h2");
    var bands = Array.prototype.slice.call(results.querySelectorAll("[data-min-score]"));
    var rules = Array.prototype.slice.call(results.querySelectorAll("[data-self-check-rule]"));

    function score() {
        var total = 0;
        var answered = 0;
        var serious = false;
        root.querySelectorAll("fieldset[data-weight]").forEach(function (question) {
            var chosen = question.querySelector("input:checked");
            if (chosen) {
                answered += 1;
                if (chosen.dataset.answer === "yes") {
                    total += parseInt(question.dataset.weight, 10) || 0;
                    if (question.hasAttribute("data-serious")) {
                        serious = true;
                    }
                }
            }
        });
        return { total: total, answered: answered, serious: serious };
    }

    function show() {
        var result = score();
        var matched = null;
        // The bands are in score order, so the last one reached wins.
        bands.forEach(function (band) {
            if (result.total >= parseInt(band.dataset.minScore, 10)) {
                matched = band;
            }
        });
        if (result.serious && bands.length) {
            matched = bands[bands.length - 1];
        }
        bands.forEach(function (band) {
            band.hidden = band !== matched;
            if (band === matched) {
                band.setAttribute("data-matched", "");
            } else {
                band.removeAttribute("data-matched");
            }
        });
        rules.forEach(function (rule) {
            rule.hidden = true;
        });
        var template = scoreLine.dataset.unanswered;
        if (result.answered) {
            template = result.total === 1 ? scoreLine.dataset.templateOne : scoreLine.dataset.template;
        }
        var text = (template || "").replace("%(score)s", String(result.total));
        if (result.serious && scoreLine.dataset.serious) {
            text += " " + scoreLine.dataset.serious;
        }
        scoreLine.textContent = text;
        results.hidden = false;
        heading.focus();
    }

    // The results stay hidden until asked for; the button only exists with JavaScript.
    results.hidden = true;
    submit.hidden = false;
    submit.addEventListener("click", show);
})();
