// Shows, under a page's slug field, the address part that will be saved:
// BasePage.clean folds Vietnamese letters to ASCII ("Cảnh giác" is saved as
// "canh-giac"), which editors otherwise only learn after saving.
// The folding mirrors safereturn.base.search.fold and Django's slugify;
// tests/base/test_slug_preview.py runs both on the same words.
(function () {
  "use strict";

  function fold(text) {
    return text
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  }

  function slugify(text) {
    var value = fold(text).normalize("NFKD").replace(/[^\x00-\x7F]/g, "");
    value = value.replace(/[^\w\s-]/g, "").toLowerCase();
    return value.replace(/[-\s]+/g, "-").replace(/^[-_]+|[-_]+$/g, "");
  }

  function attach(input, label) {
    var note = document.createElement("p");
    note.className = "help";
    note.setAttribute("aria-live", "polite");
    note.dataset.slugPreview = "";
    input.insertAdjacentElement("afterend", note);
    var describedBy = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    note.id = input.id + "-folded";
    describedBy.push(note.id);
    input.setAttribute("aria-describedby", describedBy.join(" "));
    function update() {
      var folded = slugify(input.value);
      note.textContent = folded ? label.replace("%(slug)s", folded) : "";
    }
    input.addEventListener("input", update);
    input.addEventListener("change", update);
    update();
  }

  if (typeof document !== "undefined") {
    var script = document.currentScript;
    var label = (script && script.dataset.label) || "%(slug)s";
    document.addEventListener("DOMContentLoaded", function () {
      var input = document.querySelector('input[name="slug"]');
      if (input) attach(input, label);
    });
  }

  // For tests/base/test_slug_preview.py, which runs the folding under Node.
  if (typeof module !== "undefined") module.exports = { slugify: slugify };
})();
