// Sitrep pages: draws the fact-series chart and the map. Loaded as a file; pages carry no inline script.
(function () {
  'use strict';

  function seriesChart(canvas, small) {
    fetch(canvas.dataset.src, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (s) { drawSeries(canvas, s, small); })
      .catch(function (e) { canvas.replaceWith(document.createTextNode('Chart unavailable: ' + e)); });
  }

  // A date as a time: a year is drawn at its middle, a month at its middle.
  function at(v) {
    if (!v) return null;
    if (/^\d{4}$/.test(v)) v += '-07-01';
    else if (/^\d{4}-\d{2}$/.test(v)) v += '-15';
    var t = Date.parse(String(v).substring(0, 10));
    return isNaN(t) ? null : t;
  }

  // Where an observation is drawn in time: a target at its target date, else its as-of date.
  function when(o) {
    if (o.target && at(o.target) !== null) return at(o.target);
    return at(o.asOf);
  }

  // The value as the page's observation table writes it (one formatting, on the server).
  function labelOf(i, o) {
    var row = document.querySelector('tr[data-obs="' + i + '"]');
    return row && row.dataset.label ? row.dataset.label : String(o.value);
  }

  var DAY = 864e5;

  // The unit most observations give, for the value axis.
  function unitOf(s) {
    var n = {}, best = null;
    s.observations.forEach(function (o) { if (o.unit) n[o.unit] = (n[o.unit] || 0) + 1; });
    Object.keys(n).forEach(function (u) { if (best === null || n[u] > n[best]) best = u; });
    return best;
  }

  function drawSeries(canvas, s, small) {
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
    var ys = [], points = [];
    s.observations.forEach(function (o, i) {
      var x = when(o), inLane = x === null, target = !!(o.target && at(o.target) !== null);
      if (inLane) {
        var k = undated.indexOf(i);
        x = lane + (k - (undated.length - 1) / 2) * gap * 0.08;
      }
      ys.push(o.value);
      if (o.valueMax != null) ys.push(o.valueMax);
      var p = {
        x: x, y: o.value, i: i, o: o, undated: inLane, target: target,
        style: target ? 'star' : o.bound === 'at_most' || o.bound === 'at_least' ? 'triangle' : inLane ? 'rectRot' : 'circle',
        rot: o.bound === 'at_most' ? 180 : 0
      };
      points[i] = p;
      (planned(o) ? groups.planned : groups.current).push(p);
      if (o.bound === 'range' && o.valueMax != null) {
        ranges.push({ x: x, lo: o.value, hi: o.valueMax, planned: planned(o) });
      }
    });
    // The line joins dated current values only: an undated one has no place in time.
    groups.current.sort(function (a, b) { return (a.undated - b.undated) || (a.x - b.x); });
    groups.planned.sort(function (a, b) { return (a.undated - b.undated) || (a.x - b.x); });
    var colors = { current: '#1a5fb4', planned: '#c64600', change: '#1f7a3a', conflict: '#c01c28' };
    function dataset(name, pts) {
      var c = colors[name];
      return {
        label: name === 'current' ? 'current' : 'planned / pledged',
        data: pts,
        showLine: true,
        segment: { borderColor: function (ctx) { return (ctx.p1.raw && ctx.p1.raw.undated) || (ctx.p0.raw && ctx.p0.raw.undated) ? 'transparent' : c; } },
        borderColor: c,
        borderDash: name === 'planned' ? [6, 4] : [],
        pointStyle: pts.map(function (p) { return p.style; }),
        rotation: pts.map(function (p) { return p.rot; }),
        pointRadius: pts.map(function (p) { return small ? (p.target ? 6 : 4) : (p.target ? 10 : 7); }),
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
    // Changes join the value before to the value after; conflicts join the two that disagree.
    var marks = 0;
    function join(kind, a, b) {
      var p = points[a], q = points[b];
      if (!p || !q) return;
      marks++;
      sets.push({
        label: kind, data: [{ x: p.x, y: p.y }, { x: q.x, y: q.y }], showLine: true, pointRadius: 0,
        borderColor: colors[kind], borderDash: [2, 3], borderWidth: 2
      });
    }
    (s.changes || []).forEach(function (c) { join('change', c.from, c.to); });
    (s.conflicts || []).forEach(function (c) { join('conflict', c.a, c.b); });
    if (undated.length) {
      var ymin = Math.min(0, Math.min.apply(null, ys)), ymax = Math.max(0, Math.max.apply(null, ys));
      sets.push({
        label: 'lane', data: [{ x: divider, y: ymin }, { x: divider, y: ymax }], showLine: true, pointRadius: 0,
        borderColor: '#9a9a9a', borderDash: [3, 3], borderWidth: 1
      });
    }
    var unit = unitOf(s), measure = (s.key && s.key.measure) || 'value';
    var hidden = { range: 1, lane: 1, change: 1, conflict: 1 };
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
              maxTicksLimit: small ? 3 : 8,
              callback: function (v) { return v > divider ? 'undated' : new Date(v).toISOString().substring(0, small ? 7 : 10); }
            }
          },
          y: {
            beginAtZero: true,
            title: { display: !small, text: measure + (unit ? ' (' + unit + ')' : '') }
          }
        },
        plugins: {
          legend: { display: !small, labels: { filter: function (l) { return !hidden[l.text]; } } },
          tooltip: {
            callbacks: {
              label: function (c) {
                var o = c.raw.o;
                if (!o) return '';
                return labelOf(c.raw.i, o) + ' · ' + o.status + (o.target ? ' · target ' + o.target : '') +
                  ' · ' + (o.outlet || '') + ' (' + (o.asOf || 'undated') + ')';
              }
            }
          }
        }
      }
    });
    canvas.dataset.undated = String(undated.length);
    canvas.dataset.targets = String(points.filter(function (p) { return p && p.target; }).length);
    canvas.dataset.marks = String(marks);
    canvas.dataset.drawn = String(groups.current.length + groups.planned.length);
  }

  // Articles per day, a stacked bar per outlet.
  function coverageChart(canvas) {
    var c = JSON.parse(canvas.dataset.coverage);
    var palette = ['#1a5fb4', '#c64600', '#1f7a3a', '#813d9c', '#986a44', '#c01c28', '#2a7b8c', '#5e5c64'];
    var sets = c.outlets.map(function (o, k) {
      return {
        label: o, backgroundColor: palette[k % palette.length],
        data: c.days.map(function (d) { return d.n[k]; })
      };
    });
    new Chart(canvas, {
      type: 'bar',
      data: { labels: c.days.map(function (d) { return d.day; }), datasets: sets },
      options: {
        maintainAspectRatio: false, animation: false,
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'articles' } }
        }
      }
    });
    canvas.dataset.days = String(c.days.length);
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
    if (c && window.Chart) seriesChart(c, false);
    if (window.Chart) {
      document.querySelectorAll('canvas.spark-chart').forEach(function (k) { seriesChart(k, true); });
      var cov = document.getElementById('coverage-chart');
      if (cov) coverageChart(cov);
    }
    var m = document.getElementById('map');
    if (m && window.L) placesMap(m);
  });
})();
