/* The data-entry grid: % of plan, growth and change in points recomputed as the clerk types, and keyboard
   moves (Enter: the next row's value). The arithmetic and the Vietnamese number format mirror
   chitieu.indicators.derived and chitieu.formatting on the server (chitieu/reporting/sheet.py); the test
   test_compute_live_figures.py runs both on the same cases. No libraries, no inline script (CSP). */
(function (root) {
  "use strict";

  var GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;   // 29.577.000.000 or 1.234,5 (transfer.parse_cell_number)
  var PLAIN = /^-?\d+([.,]\d+)?$/;                 // 29577, 29,577 or 29.5
  var LEADING = /^([-−]?[\d.,]+)\s*(.*)$/;        // a number followed by a unit word: "29,577 tỷ"

  function parseCell(text) {
    var t = String(text).replace(/[\s\u00a0]/g, "").replace("−", "-");
    if (GROUPED.test(t)) return parseFloat(t.replace(/\./g, "").replace(",", "."));
    if (PLAIN.test(t)) return parseFloat(t.replace(",", "."));
    return null;
  }

  /* {value, unit} as a person writes it: "29,577", "3.772", "1,3", "-5", "29,577 tỷ"; null if not a number. */
  function parseNumber(text) {
    text = String(text == null ? "" : text).trim();
    if (!text) return null;
    var plain = parseCell(text);
    if (plain !== null) return { value: plain, unit: "" };
    var match = LEADING.exec(text);
    if (!match) return null;
    var number = parseCell(match[1]);
    return number === null ? null : { value: number, unit: match[2].trim() };
  }

  function roundHalfUp(x, decimals) {
    var factor = Math.pow(10, decimals);
    var scaled = Math.abs(x) * factor * (1 + 1e-12);  // 82.15 × 10 is 821.4999… in binary
    return (x < 0 ? -1 : 1) * Math.round(scaled) / factor;
  }

  /* chitieu.formatting.vi_number: thousands with ".", decimals after ",", trailing zeros dropped. */
  function viNumber(value, decimals, fixed) {
    if (value === null || value === undefined || !isFinite(value)) return "";
    decimals = decimals === undefined ? 3 : decimals;
    var rounded = roundHalfUp(value, decimals);
    var sign = rounded < 0 ? "-" : "";
    var parts = Math.abs(rounded).toFixed(decimals).split(".");
    var whole = parts[0], fraction = parts[1] || "";
    if (!fixed) fraction = fraction.replace(/0+$/, "");
    var groups = [];
    while (whole.length > 3) { groups.unshift(whole.slice(-3)); whole = whole.slice(0, -3); }
    groups.unshift(whole);
    var text = groups.join(".") + (fraction ? "," + fraction : "");
    return /[1-9]/.test(text) ? sign + text : text;
  }

  function viPercent(value, decimals, signed) {
    if (value === null || value === undefined || !isFinite(value)) return "";
    decimals = decimals === undefined ? 1 : decimals;
    var text = viNumber(value, decimals) + "%";
    if (signed && roundHalfUp(value, decimals) > 0) text = "+" + text;
    return text;
  }

  function viPoints(value, decimals) {
    if (value === null || value === undefined || !isFinite(value)) return "";
    var text = viNumber(value, decimals === undefined ? 2 : decimals);
    return (value > 0 ? "+" : "") + text + " điểm %";
  }

  function percentOf(value, base) {
    if (value === null || base === null || base === 0 || base === undefined) return null;
    return value / base * 100;
  }

  function growth(value, earlier) {
    var ratio = percentOf(value, earlier);
    return ratio === null ? null : ratio - 100;
  }

  function gapText(isPercent, difference, factor, unitLabel) {
    if (isPercent) return viPoints(difference);
    return (difference > 0 ? "+" : "") + viNumber(difference / factor, 2) + " " + unitLabel;
  }

  /* sheet.progress_text: % of the target, or the gap for a rate. Values in the canonical unit. */
  function progressText(kind, isPercent, value, target, factor, unitLabel) {
    if (value === null) return "";
    if (kind === "rate") return gapText(isPercent, value - target, factor, unitLabel);
    var percent = percentOf(value, target);
    return percent === null ? "" : viPercent(percent);
  }

  /* sheet.change_text: growth against the same period a year earlier, or the change of a rate. */
  function changeText(kind, isPercent, value, earlier, factor, unitLabel) {
    if (value === null || earlier === null) return "";
    if (kind === "rate") return gapText(isPercent, value - earlier, factor, unitLabel);
    var change = growth(value, earlier);
    return change === null ? "" : viPercent(change, 1, true);
  }

  var api = {
    parseNumber: parseNumber, viNumber: viNumber, viPercent: viPercent, viPoints: viPoints,
    percentOf: percentOf, growth: growth, progressText: progressText, changeText: changeText,
  };
  if (typeof module !== "undefined" && module.exports) { module.exports = api; return; }
  root.ChitieuEntry = api;

  // ---------------------------------------------------------------------------------------- the page

  function number(text) { return text === "" || text === undefined ? null : parseFloat(text); }

  function unitOf(row, written) {
    var select = row.querySelector("select.unit");
    var option = select.options[select.selectedIndex];
    if (written) {  // "29,577 tỷ": a unit typed after the number picks the matching choice
      for (var i = 0; i < select.options.length; i++) {
        if (select.options[i].value.indexOf(written) === 0) { option = select.options[i]; break; }
      }
    }
    return { factor: parseFloat(option.getAttribute("data-factor")), label: option.value };
  }

  function hint(row, text) {
    var messages = document.getElementById("m-" + row.id.replace("dong-", ""));
    var span = messages.querySelector(".live-hint");
    span.textContent = text;
    span.hidden = !text;
    var listed = messages.querySelector("li");
    messages.hidden = !text && !listed;
    row.querySelector("input.value").setAttribute("aria-invalid", text || listed ? "true" : "false");
  }

  function update(row) {
    var kind = row.getAttribute("data-kind"), isPercent = row.getAttribute("data-percent") === "1";
    var input = row.querySelector("input.value");
    var parsed = parseNumber(input.value);
    var value = null, unit = unitOf(row, parsed && parsed.unit);
    if (input.value.trim() && parsed === null) hint(row, "Không đọc được số: viết như 29,577 hoặc 3.772");
    else if (parsed !== null) {
      value = parsed.value * unit.factor;
      if (row.getAttribute("data-bounded") === "1" && (value < 0 || value > 100)) hint(row, "Tỷ lệ phải nằm trong khoảng 0–100%");
      else if (!isPercent && value < 0) hint(row, "Số liệu không thể âm");
      else hint(row, "");
    } else hint(row, "");
    row.querySelectorAll(".target").forEach(function (cell) {
      cell.querySelector("output.progress").textContent =
        progressText(kind, isPercent, value, number(cell.getAttribute("data-value")), unit.factor, unit.label);
    });
    var earlier = number(row.getAttribute("data-earlier"));
    row.querySelector("output.change").textContent = changeText(kind, isPercent, value, earlier, unit.factor, unit.label);
  }

  function nextRowValue(row) {
    var next = row.nextElementSibling;
    while (next && !next.classList.contains("entry-row")) next = next.nextElementSibling;
    return next ? next.querySelector("input.value") : null;
  }

  function setUp() {
    var form = document.getElementById("entry-form");
    if (!form) return;
    var changed = false;
    form.querySelectorAll("tr.entry-row").forEach(function (row) {
      var input = row.querySelector("input.value"), unit = row.querySelector("select.unit");
      input.addEventListener("input", function () { changed = true; update(row); });
      unit.addEventListener("change", function () { changed = true; update(row); });
      // typed before this script ran (a slow page): its figures and its warning on leaving, now
      if (input.value !== input.defaultValue || unit.value !== (unit.querySelector("option[selected]") || unit.options[0] || {}).value) {
        changed = true;
        update(row);
      }
      row.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" || event.target.tagName === "BUTTON") return;
        event.preventDefault();  // Enter moves on; it never sends the form from a cell
        var target = nextRowValue(row) || form.querySelector(".entry-actions button");
        if (target) { target.focus(); if (target.select) target.select(); }
      });
    });
    form.addEventListener("submit", function () { changed = false; });
    window.addEventListener("beforeunload", function (event) { if (changed) { event.preventDefault(); event.returnValue = ""; } });
    var first = form.querySelector("tr.has-messages input.value:not([readonly])") ||
      Array.prototype.find.call(form.querySelectorAll("input.value:not([readonly])"), function (i) { return !i.value; });
    if (first) first.focus();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})(typeof window !== "undefined" ? window : this);
