// kpikit report: draws each chart from the JSON spec that follows its div.
// The specs are data (script type="application/json"), never code; nothing is fetched.
(function () {
  "use strict";
  var specs = document.querySelectorAll('script.chart-spec[type="application/json"]');
  if (typeof Plotly === "undefined") {
    specs.forEach(function (spec) {
      var div = document.getElementById(spec.getAttribute("data-chart"));
      if (div) {
        div.textContent = "This chart needs assets/plotly-*.js next to index.html.";
        div.className += " chart-missing";
      }
    });
    return;
  }
  specs.forEach(function (spec) {
    var div = document.getElementById(spec.getAttribute("data-chart"));
    if (!div) {
      return;
    }
    var figure = JSON.parse(spec.textContent);
    Plotly.newPlot(div, figure.data, figure.layout, figure.config);
  });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("div.chart.js-plotly-plot").forEach(function (div) {
      Plotly.Plots.resize(div);
    });
  });
})();
