/*
 * In the page editor: next to each result of a self-check, the range of
 * scores it covers ("Covers 1–4 points."), recomputed as the editor types,
 * adds, moves or removes results. A gap such as a "no signs" result that also
 * covers a score of 1 is then visible while writing. Texts come, translated,
 * from this script tag's data attributes (campaigns/wagtail_hooks.py).
 */
(function () {
    "use strict";

    var script = document.currentScript;
    var texts = (script && script.dataset) || {};
    var NAME = /^(.*)-(\d+)-value-minimum_score$/;
    var scheduled = false;

    function fill(template, values) {
        return (template || "").replace(/%\((\w+)\)s/g, function (whole, name) {
            return name in values ? String(values[name]) : whole;
        });
    }

    function isDeleted(prefix, index) {
        var deleted = document.querySelector("input[name='" + prefix + "-" + index + "-deleted']");
        return Boolean(deleted && deleted.value === "1");
    }

    function noteFor(input) {
        var holder = input.parentNode;
        var note = holder.querySelector("[data-band-range]");
        if (!note) {
            note = document.createElement("p");
            note.className = "help self-check-band-range";
            note.setAttribute("data-band-range", "");
            note.setAttribute("aria-live", "polite");
            holder.appendChild(note);
        }
        return note;
    }

    function describe(item, next, others, hasSerious) {
        var text;
        if (others.some(function (other) { return other.score === item.score; })) {
            return texts.duplicate;
        }
        if (!next) {
            text = fill(item.score === 1 ? texts.fromOne : texts.from, { low: item.score });
            if (hasSerious) {
                text += " " + texts.serious;
            }
        } else if (next.score - 1 === item.score) {
            text = fill(item.score === 1 ? texts.exactOne : texts.exact, { score: item.score });
        } else {
            text = fill(texts.range, { low: item.score, high: next.score - 1 });
        }
        return text;
    }

    function update() {
        scheduled = false;
        var groups = {};
        document.querySelectorAll("input[name$='-value-minimum_score']").forEach(function (input) {
            var match = NAME.exec(input.name);
            if (!match || isDeleted(match[1], match[2])) {
                return;
            }
            (groups[match[1]] = groups[match[1]] || []).push(input);
        });
        var hasSerious = document.querySelector("input[type=checkbox][name$='-value-serious']:checked") !== null;
        Object.keys(groups).forEach(function (prefix) {
            var items = groups[prefix].map(function (input) {
                return { input: input, score: parseInt(input.value, 10) };
            });
            var valid = items
                .filter(function (item) { return !isNaN(item.score); })
                .sort(function (a, b) { return a.score - b.score; });
            items.forEach(function (item) {
                var note = noteFor(item.input);
                if (isNaN(item.score)) {
                    note.textContent = "";
                    return;
                }
                var others = valid.filter(function (other) { return other !== item; });
                var next = null;
                valid.forEach(function (other) {
                    if (other.score > item.score && (next === null || other.score < next.score)) {
                        next = other;
                    }
                });
                var text = describe(item, next, others, hasSerious);
                if (valid.length && valid[0] === item && item.score !== 0) {
                    text += " " + texts.noZero;
                }
                if (note.textContent !== text) {
                    note.textContent = text;
                }
            });
        });
    }

    function schedule() {
        if (!scheduled) {
            scheduled = true;
            window.setTimeout(update, 50);
        }
    }

    document.addEventListener("input", schedule);
    document.addEventListener("change", schedule);
    document.addEventListener("click", schedule);
    // Results added, moved or removed by the StreamField change the DOM, not an input.
    new MutationObserver(function (mutations) {
        var relevant = mutations.some(function (mutation) {
            return !(mutation.target.hasAttribute && mutation.target.hasAttribute("data-band-range"));
        });
        if (relevant) {
            schedule();
        }
    }).observe(document.body, { childList: true, subtree: true });
    schedule();
})();
