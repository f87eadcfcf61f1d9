// kpikit report: draws each chart from the JSON spec that follows its div.
// The specs are data (script type="application/json"), never code; nothing is fetched.
(function () {
  "use strict";
  function draw(root) {
    var specs = root.querySelectorAll('script.chart-spec[type="application/json"]');
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
      if (!div || div.classList.contains("js-plotly-plot")) {
        return;
      }
      var figure = JSON.parse(spec.textContent);
      Plotly.newPlot(div, figure.data, figure.layout, figure.config);
      if (!document.documentElement.hasAttribute("data-first-chart-ms") && window.performance) {
        document.documentElement.setAttribute("data-first-chart-ms", String(Math.round(performance.now())));
      }
    });
  }
  draw(document);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("div.chart.js-plotly-plot").forEach(function (div) {
      Plotly.Plots.resize(div);
    });
  });

  // Unit selector (kpikit report --by UNIT): each unit's sections wait in a <template> (inert: not
  // rendered, its charts not drawn) until the unit is picked; then they take the place of the
  // sections with the same ids. The whole business is the default; #unit=u-3 opens a unit.
  var select = document.getElementById("unit-select");
  if (!select) {
    return;
  }
  var main = document.querySelector("main");
  var views = {};
  var current = "";
  function switchableIds() {
    var ids = [];
    document.querySelectorAll("template.unit-panel").forEach(function (t) {
      if (ids.length === 0) {
        t.content.querySelectorAll("section").forEach(function (s) { ids.push(s.id); });
      }
    });
    return ids;
  }
  var ids = switchableIds();
  views[""] = {};
  ids.forEach(function (id) { views[""][id] = document.getElementById(id); });
  function show(key) {
    if (key === current) {
      return;
    }
    var fresh = false;
    if (!views[key]) {
      var template = document.getElementById("unit-panel-" + key);
      if (!template) {
        return;
      }
      var fragment = document.importNode(template.content, true);
      views[key] = {};
      fragment.querySelectorAll("section").forEach(function (s) { views[key][s.id] = s; });
      fresh = true;
    }
    ids.forEach(function (id) {
      var live = document.getElementById(id);
      var next = views[key][id];
      if (live && next) {
        live.replaceWith(next);
      }
    });
    current = key;
    main.setAttribute("data-unit", key);
    var option = select.options[select.selectedIndex];
    ids.forEach(function (id) {
      var heading = views[key][id] && views[key][id].querySelector("h2");
      if (heading && key) {
        heading.setAttribute("data-unit-name", option ? option.textContent : key);
      }
    });
    var note = document.getElementById("unit-note");
    if (note && option) {
      note.textContent = option.getAttribute("data-note") || "";
    }
    if (fresh) {
      ids.forEach(function (id) {
        if (views[key][id]) {
          draw(views[key][id]);
        }
      });
    }
  }
  select.addEventListener("change", function () {
    show(select.value);
    if (window.history && history.replaceState) {
      history.replaceState(null, "", select.value ? "#unit=" + select.value : "#");
    }
  });
  var wanted = /^#unit=(u-[0-9]+)$/.exec(window.location.hash);
  if (wanted && document.getElementById("unit-panel-" + wanted[1])) {
    select.value = wanted[1];
    show(wanted[1]);
  }
})();
