/* Progressive enhancement for the public pages. Everything works without this file:
   it adds the map beside the results, keeps list and map in step, and moves focus to
   form messages. */
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
    initMap();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
