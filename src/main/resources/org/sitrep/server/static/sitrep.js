// Sitrep pages: draws the fact-series chart and the map. Loaded as a file; pages carry no inline script.
(function () {
  'use strict';

  function seriesChart(canvas) {
    fetch(canvas.dataset.src, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (s) { drawSeries(canvas, s); })
      .catch(function (e) { canvas.replaceWith(document.createTextNode('Chart unavailable: ' + e)); });
  }

  function when(o) {
    if (!o.asOf) return null;
    var v = o.asOf;
    if (/^\d{4}$/.test(v)) v += '-07-01';
    else if (/^\d{4}-\d{2}$/.test(v)) v += '-15';
    var t = Date.parse(v.substring(0, 10));
    return isNaN(t) ? null : t;
  }

  // The value as the page's observation table writes it (one formatting, on the server).
  function labelOf(i, o) {
    var row = document.querySelector('tr[data-obs="' + i + '"]');
    return row && row.dataset.label ? row.dataset.label : String(o.value);
  }

  var DAY = 864e5;

  function drawSeries(canvas, s) {
    var planned = function (o) { return o.status === 'planned' || o.status === 'pledged'; };
    var groups = { current: [], planned: [] };
    var ranges = [];
    var xs = [], undated = [];
    s.observations.forEach(function (o, i) {
      var x = when(o);
      if (x === null) undated.push(i); else xs.push(x);
    });
    // Undated observations get a lane of their own right of the time axis, past a dashed divider.
    var lo = xs.length ? Math.min.apply(null, xs) : Date.now();
    var hi = xs.length ? Math.max.apply(null, xs) : lo;
    var gap = Math.max((hi - lo) * 0.15, 60 * DAY);
    var divider = hi + gap / 2, lane = hi + gap;
    var ys = [];
    s.observations.forEach(function (o, i) {
      var x = when(o), inLane = x === null;
      if (inLane) {
        var k = undated.indexOf(i);
        x = lane + (k - (undated.length - 1) / 2) * gap * 0.08;
      }
      ys.push(o.value);
      if (o.valueMax != null) ys.push(o.valueMax);
      var p = {
        x: x, y: o.value, i: i, o: o, undated: inLane,
        style: o.bound === 'at_most' ? 'triangle' : o.bound === 'at_least' ? 'triangle' : inLane ? 'rectRot' : 'circle',
        rot: o.bound === 'at_most' ? 180 : 0
      };
      (planned(o) ? groups.planned : groups.current).push(p);
      if (o.bound === 'range' && o.valueMax != null) {
        ranges.push({ x: x, lo: o.value, hi: o.valueMax, planned: planned(o) });
      }
    });
    // The line joins dated current values only: an undated one has no place in time.
    groups.current.sort(function (a, b) { return (a.undated - b.undated) || (a.x - b.x); });
    var colors = { current: '#1a5fb4', planned: '#e66100' };
    function dataset(name, pts) {
      var c = colors[name];
      return {
        label: name === 'current' ? 'current' : 'planned / pledged',
        data: pts,
        showLine: name === 'current',
        segment: { borderColor: function (ctx) { return ctx.p1.raw && ctx.p1.raw.undated ? 'transparent' : c; } },
        borderColor: c,
        borderDash: name === 'planned' ? [6, 4] : [],
        pointStyle: pts.map(function (p) { return p.style; }),
        rotation: pts.map(function (p) { return p.rot; }),
        pointRadius: 7,
        pointBorderWidth: 2,
        pointBorderColor: c,
        pointBackgroundColor: pts.map(function (p) { return p.o.approximate ? 'rgba(255,255,255,1)' : c; })
      };
    }
    var sets = [dataset('current', groups.current), dataset('planned', groups.planned)];
    ranges.forEach(function (r) {
      sets.push({
        label: 'range', data: [{ x: r.x, y: r.lo }, { x: r.x, y: r.hi }], showLine: true, pointRadius: 0,
        borderColor: r.planned ? colors.planned : colors.current, borderWidth: 3
      });
    });
    if (undated.length) {
      var ymin = Math.min(0, Math.min.apply(null, ys)), ymax = Math.max(0, Math.max.apply(null, ys));
      sets.push({
        label: 'lane', data: [{ x: divider, y: ymin }, { x: divider, y: ymax }], showLine: true, pointRadius: 0,
        borderColor: '#9a9a9a', borderDash: [3, 3], borderWidth: 1
      });
    }
    /* global Chart */
    new Chart(canvas, {
      type: 'scatter',
      data: { datasets: sets },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {
            type: 'linear',
            min: lo - gap / 3,
            max: undated.length ? lane + gap / 2 : hi + gap / 3,
            afterBuildTicks: function (axis) {
              var ticks = axis.ticks.filter(function (t) { return t.value < divider - gap / 8; });
              if (undated.length) ticks.push({ value: lane });
              axis.ticks = ticks;
            },
            ticks: {
              maxTicksLimit: 8,
              callback: function (v) { return v > divider ? 'undated' : new Date(v).toISOString().substring(0, 10); }
            }
          },
          y: { beginAtZero: true, title: { display: true, text: s.key.measure } }
        },
        plugins: {
          legend: { labels: { filter: function (l) { return l.text !== 'range' && l.text !== 'lane'; } } },
          tooltip: {
            callbacks: {
              label: function (c) {
                var o = c.raw.o;
                if (!o) return '';
                return labelOf(c.raw.i, o) + ' · ' + o.status + ' · ' + (o.outlet || '') + ' (' + (o.asOf || 'undated') + ')';
              }
            }
          }
        }
      }
    });
    canvas.dataset.undated = String(undated.length);
    canvas.dataset.drawn = String(groups.current.length + groups.planned.length);
  }

  function placesMap(el) {
    /* global L */
    var map = L.map(el, { crs: L.CRS.EPSG4326, worldCopyJump: false, attributionControl: false })
      .setView([50, 20], 2);
    // No tile server is reachable: the base is the world's country outlines, served with the page's own scripts,
    // under a latitude/longitude grid, in a pane below the places.
    map.createPane('base');
    map.getPane('base').style.zIndex = 350;
    var grid = [];
    for (var lat = -80; lat <= 80; lat += 10) grid.push([[lat, -180], [lat, 180]]);
    for (var lon = -180; lon <= 180; lon += 10) grid.push([[-85, lon], [85, lon]]);
    var gridLayer = L.polyline(grid, { pane: 'base', color: '#9fb3c6', weight: 0.5, opacity: 0.6, interactive: false });
    if (el.dataset.basemap && window.fetch) {
      fetch(el.dataset.basemap).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      }).then(function (world) {
        // The outlines' features carry no "type"; Leaflet needs it.
        var features = (world.features || []).map(function (f) {
          return { type: 'Feature', properties: f.properties, geometry: f.geometry };
        });
        var outlines = L.geoJSON(features, {
          pane: 'base', interactive: false,
          style: { color: '#8a9aa8', weight: 0.7, fillColor: '#f3f1e8', fillOpacity: 1 }
        }).addTo(map);
        gridLayer.addTo(map);
        el.dataset.outlines = String(outlines.getLayers().length);
      }).catch(function (e) {
        gridLayer.addTo(map);
        el.dataset.outlines = '0';
        el.dataset.outlinesError = String(e);
      });
    } else {
      gridLayer.addTo(map);
    }
    var pts = [];
    document.querySelectorAll('tr.place').forEach(function (tr) {
      var lat = parseFloat(tr.dataset.lat), lon = parseFloat(tr.dataset.lon), n = parseInt(tr.dataset.count, 10) || 1;
      if (isNaN(lat) || isNaN(lon)) return;
      var m = L.circleMarker([lat, lon], { radius: 5 + Math.min(20, 3 * Math.sqrt(n)), color: '#b5331e', fillOpacity: 0.5 });
      var label = document.createElement('span');
      label.textContent = tr.dataset.name + ' (' + n + ')';
      m.bindTooltip(label, { permanent: true, direction: 'right' });
      m.addTo(map);
      pts.push([lat, lon]);
    });
    if (pts.length) map.fitBounds(pts, { padding: [40, 40], maxZoom: 5 });
    el.dataset.places = String(pts.length);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var c = document.getElementById('series-chart');
    if (c && window.Chart) seriesChart(c);
    var m = document.getElementById('map');
    if (m && window.L) placesMap(m);
  });
})();
