/* Draws the dashboard's charts with Apache ECharts (vendored under vendor/, no CDN) from the JSON blocks that
   the page carries beside each chart's table: no inline script, so a strict Content-Security-Policy holds.
   Without JavaScript the tables carry the same figures. */
(function () {
  "use strict";
  var COLOURS = {result: "#1f5fa8", earlier: "#6b7078", target: "#b3261e", expected: "#7a4b00"};
  var TARGET_STYLES = ["dashed", "dotted", "solid"];

  function number(value) {
    if (value === null || value === undefined) { return ""; }
    return value.toLocaleString(document.documentElement.lang === "en" ? "en-GB" : "vi-VN", {maximumFractionDigits: 2});
  }

  function seriesOption(data) {
    var targetIndex = 0;
    return {
      animation: false,
      color: [COLOURS.result, COLOURS.earlier, COLOURS.target],
      tooltip: {trigger: "axis", valueFormatter: number},
      legend: {top: 0, type: "scroll"},
      grid: {left: 8, right: 16, top: 48, bottom: 8, containLabel: true},
      xAxis: {type: "category", data: data.categories, axisLabel: {hideOverlap: true}},
      yAxis: {type: "value", name: data.unit, axisLabel: {formatter: number}},
      series: data.series.map(function (s) {
        if (s.role === "result") {
          return data.shape === "line"
            ? {name: s.name, type: "line", data: s.data, symbol: "circle", symbolSize: 7, lineStyle: {width: 3},
               itemStyle: {color: COLOURS.result}}
            : {name: s.name, type: "bar", data: s.data, itemStyle: {color: COLOURS.result}};
        }
        if (s.role === "expected") {
          return {name: s.name, type: "line", data: s.data, symbol: "triangle", symbolSize: 9, connectNulls: true,
                  itemStyle: {color: COLOURS.expected}, lineStyle: {type: "dotted", width: 2, color: COLOURS.expected}};
        }
        if (s.role === "earlier") {
          return {name: s.name, type: "line", data: s.data, symbol: "circle", symbolSize: 7, connectNulls: false,
                  itemStyle: {color: COLOURS.earlier}, lineStyle: {type: "dashed", color: COLOURS.earlier}};
        }
        var style = TARGET_STYLES[targetIndex++ % TARGET_STYLES.length];
        return {name: s.name, type: "line", step: "middle", data: s.data, symbol: "diamond", symbolSize: 8,
                itemStyle: {color: COLOURS.target}, lineStyle: {type: style, width: 2, color: COLOURS.target}};
      })
    };
  }

  function rankingOption(data) {
    var bar = {name: data.series[0].name, type: "bar", data: data.series[0].data, itemStyle: {color: COLOURS.result},
               label: {show: true, position: "right", formatter: function (p) { return number(p.value); }}};
    if (data.reference) {
      bar.markLine = {symbol: "none", data: [{xAxis: data.reference.value, name: data.reference.name}],
                      lineStyle: {color: COLOURS.target, type: "dashed", width: 2},
                      label: {formatter: data.reference.name + ": " + number(data.reference.value)}};
    }
    return {
      animation: false,
      title: {text: data.subtitle || "", textStyle: {fontSize: 12, fontWeight: "normal"}, left: 0, top: 0},
      tooltip: {trigger: "axis", axisPointer: {type: "shadow"}, valueFormatter: number},
      grid: {left: 8, right: 48, top: 32, bottom: 8, containLabel: true},
      xAxis: {type: "value", name: data.unit, max: data.max || null, axisLabel: {formatter: number}},
      yAxis: {type: "category", data: data.categories.slice().reverse(), axisLabel: {width: 110, overflow: "truncate"}},
      series: [Object.assign(bar, {data: bar.data.slice().reverse()})]
    };
  }

  function draw(figure) {
    var block = document.getElementById(figure.getAttribute("data-chart"));
    var canvas = figure.querySelector(".chart-canvas");
    if (!block || !canvas || !window.echarts) { return; }
    var data = JSON.parse(block.textContent);
    if (data.kind === "ranking") {
      canvas.style.height = Math.max(220, 32 * data.categories.length + 60) + "px";
    }
    // SVG: sharp on paper and zoomed screens.
    var chart = window.echarts.init(canvas, null, {renderer: "svg"});
    chart.setOption(data.kind === "ranking" ? rankingOption(data) : seriesOption(data));
    window.addEventListener("resize", function () { chart.resize(); });
    window.addEventListener("beforeprint", function () { chart.resize(); });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("figure[data-chart]"), draw);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
