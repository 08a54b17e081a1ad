/* Progressive enhancement for the public pages. Everything works without this file:
   it adds the map after the list (loading Leaflet only once the list is there), keeps list
   and map in step, moves focus to form messages and offers a print button. */
(function () {
  "use strict";

  function focusMessage() {
    var el = document.getElementById("feedback-errors") || document.getElementById("feedback-sent");
    if (el) { el.focus(); }
  }

  function openFiltersOnWideScreens() {
    var box = document.getElementById("filters");
    if (box && window.matchMedia && window.matchMedia("(min-width: 64rem)").matches) {
      box.open = true;
    }
  }

  function showPrintButtons() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }

  /* Leaflet's styles and scripts are named on the map holder and fetched here, after the list
     has been shown, so that a slow connection never holds the results back. */
  function loadMap() {
    var holder = document.getElementById("map");
    if (!holder || !document.getElementById("map-data")) { return; }
    var styles = (holder.getAttribute("data-styles") || "").split(" ").filter(Boolean);
    var scripts = (holder.getAttribute("data-scripts") || "").split(" ").filter(Boolean);
    var waiting = styles.length + 1;
    function done() { waiting -= 1; if (waiting === 0) { initMap(); } }
    styles.forEach(function (href) {
      var link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      link.onload = done;
      link.onerror = done;
      document.head.appendChild(link);
    });
    (function next(i) {
      if (i === scripts.length) { done(); return; }
      var el = document.createElement("script");
      el.src = scripts[i];
      el.onload = function () { next(i + 1); };
      document.body.appendChild(el);
    })(0);
  }

  function escapeText(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span.innerHTML;
  }

  function initMap() {
    var holder = document.getElementById("map");
    var panel = document.getElementById("map-panel");
    var dataEl = document.getElementById("map-data");
    if (!holder || !panel || !dataEl || !window.L) { return; }
    var points;
    try { points = JSON.parse(dataEl.textContent); } catch (e) { return; }
    if (!points.length) { return; }

    panel.hidden = false;
    document.body.classList.add("has-map");
    document.querySelectorAll(".to-map").forEach(function (link) { link.hidden = false; });

    var map = L.map(holder, { scrollWheelZoom: false, zoomControl: true });
    var tiles = L.tileLayer(holder.getAttribute("data-tiles"), {
      attribution: holder.getAttribute("data-attribution") || "",
      maxZoom: 19,
      crossOrigin: false
    });
    tiles.on("tileerror", function () { holder.classList.add("tiles-failed"); });
    tiles.addTo(map);

    var approxLabel = holder.getAttribute("data-approx") || "";
    var resultsLabel = escapeText(holder.getAttribute("data-results") || "");
    var group = L.markerClusterGroup ? L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 40,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: function (cluster) {
        return L.divIcon({
          className: "",
          html: '<span class="marker-cluster-pin">' + cluster.getChildCount() +
                '<span class="visually-hidden"> ' + resultsLabel + "</span></span>",
          iconSize: [40, 40]
        });
      }
    }) : L.featureGroup();

    var byNumber = {};
    points.forEach(function (p) {
      var n = Number(p.n);
      var title = p.name + (p.approx ? " – " + approxLabel : "");
      var marker = L.marker([p.lat, p.lon], {
        keyboard: false,
        title: title,
        alt: title,
        icon: L.divIcon({
          className: "",
          html: '<span class="marker-pin' + (p.approx ? " is-approx" : "") + '">' + n + "</span>",
          iconSize: [30, 30],
          iconAnchor: [15, 15]
        })
      });
      marker.on("click", function () { showResult(n); });
      group.addLayer(marker);
      (byNumber[n] = byNumber[n] || []).push(marker);
    });
    group.addTo(map);

    var bounds = group.getBounds();
    if (points.length === 1) {
      map.setView([points[0].lat, points[0].lon], 15);
    } else {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
    }
    setTimeout(function () { map.invalidateSize(); }, 0);

    function pinOf(marker) {
      var shown = group.getVisibleParent ? group.getVisibleParent(marker) : marker;
      var el = shown && shown.getElement && shown.getElement();
      return el ? el.firstElementChild || el : null;
    }

    function highlight(n, on) {
      (byNumber[n] || []).forEach(function (marker) {
        var pin = pinOf(marker);
        if (pin) { pin.classList.toggle("is-active", on); }
        if (on && marker.getElement && marker.getElement()) { marker.setZIndexOffset(1000); }
        else if (!on) { marker.setZIndexOffset(0); }
      });
    }

    function showResult(n) {
      var item = document.getElementById("result-" + n);
      if (!item) { return; }
      document.querySelectorAll(".result.is-active").forEach(function (el) { el.classList.remove("is-active"); });
      item.classList.add("is-active");
      var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      item.scrollIntoView({ behavior: reduce ? "auto" : "smooth", block: "center" });
      var link = item.querySelector("a");
      if (link) { link.focus({ preventScroll: true }); }
    }

    document.querySelectorAll(".result[data-n]").forEach(function (item) {
      var n = Number(item.getAttribute("data-n"));
      var on = function () { highlight(n, true); };
      var off = function () { highlight(n, false); };
      item.addEventListener("mouseenter", on);
      item.addEventListener("mouseleave", off);
      item.addEventListener("focusin", on);
      item.addEventListener("focusout", off);
    });
  }

  function start() {
    focusMessage();
    openFiltersOnWideScreens();
    showPrintButtons();
    loadMap();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
