/* Reader settings: text size (A− / A / A+) and high contrast, kept across pages in localStorage.
   Loaded in <head> without defer so the saved setting applies before the page is painted. */
(function () {
  "use strict";
  var root = document.documentElement;
  var SIZES = ["small", "normal", "large", "larger"];
  function load(key, fallback) {
    try { return window.localStorage.getItem("chitieu-" + key) || fallback; } catch (e) { return fallback; }
  }
  function save(key, value) {
    try { window.localStorage.setItem("chitieu-" + key, value); } catch (e) { /* private mode: this page only */ }
  }
  function apply() {
    var size = load("text-size", "normal");
    SIZES.forEach(function (name) { root.classList.toggle("text-" + name, name === size); });
    root.classList.toggle("high-contrast", load("contrast", "off") === "on");
  }
  function refreshButtons() {
    var contrast = document.querySelector("[data-reader=contrast]");
    if (contrast) { contrast.setAttribute("aria-pressed", load("contrast", "off") === "on" ? "true" : "false"); }
    var size = load("text-size", "normal");
    document.querySelectorAll("[data-reader-size]").forEach(function (button) {
      button.setAttribute("aria-pressed", button.getAttribute("data-reader-size") === size ? "true" : "false");
    });
  }
  apply();
  document.addEventListener("DOMContentLoaded", function () {
    refreshButtons();
    document.addEventListener("click", function (event) {
      var button = event.target.closest("[data-reader-size], [data-reader=contrast]");
      if (!button) { return; }
      if (button.hasAttribute("data-reader-size")) {
        var current = SIZES.indexOf(load("text-size", "normal"));
        var wanted = button.getAttribute("data-reader-size");
        if (wanted === "smaller") { wanted = SIZES[Math.max(0, current - 1)]; }
        if (wanted === "bigger") { wanted = SIZES[Math.min(SIZES.length - 1, current + 1)]; }
        save("text-size", wanted);
      } else {
        save("contrast", load("contrast", "off") === "on" ? "off" : "on");
      }
      apply();
      refreshButtons();
    });
  });
})();
