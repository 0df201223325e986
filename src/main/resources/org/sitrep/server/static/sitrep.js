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
              // no dated observation: no dates on the axis, only the undated lane
              var ticks = !xs.length ? [] : axis.ticks.filter(function (t) { return t.value < divider - gap / 8; });
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
                  ' · ' + (o.outlet || 'unknown outlet') + ' (' + (o.asOf || 'undated') + ')';
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
    // the same colours, in the same order, as the legend's swatches (.swatch.c0 ... .c7)
    var palette = ['#1a5fb4', '#c64600', '#1f7a3a', '#813d9c', '#986a44', '#c01c28', '#2a7b8c', '#5e5c64'];
    var sets = [], copies = [];
    c.outlets.forEach(function (o, k) {
      var colour = palette[k % palette.length];
      // per outlet its distinct reports solid; every outlet's further copies pale, on top of all reports
      sets.push({
        label: o + ': distinct reports', outlet: o, kind: 'reports', stack: 'articles', backgroundColor: colour,
        data: c.days.map(function (d) { return d.r[k]; })
      });
      copies.push({
        label: o + ': copies', outlet: o, kind: 'copies', stack: 'articles', backgroundColor: colour + '4d',
        borderColor: colour, borderWidth: 1,
        data: c.days.map(function (d) { return d.a[k] - d.r[k]; })
      });
    });
    sets = sets.concat(copies);
    new Chart(canvas, {
      type: 'bar',
      data: { labels: c.days.map(function (d) { return d.day; }), datasets: sets },
      options: {
        maintainAspectRatio: false, animation: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            filter: function (item) { return item.raw > 0; },
            callbacks: { label: function (item) { return item.dataset.label + ': ' + item.raw; } }
          }
        },
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'articles per ' + c.unit } }
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
    var places = [];
    document.querySelectorAll('tr.place').forEach(function (tr) {
      var lat = parseFloat(tr.dataset.lat), lon = parseFloat(tr.dataset.lon), n = parseInt(tr.dataset.count, 10) || 1;
      if (isNaN(lat) || isNaN(lon)) return;
      var m = L.circleMarker([lat, lon], { radius: 4 + Math.min(18, 3 * Math.sqrt(n)), color: '#b5331e', weight: 2, fillOpacity: 0.45 });
      m.bindPopup(document.createTextNode(tr.dataset.name + ': ' + n + (n === 1 ? ' article' : ' articles')));
      m.addTo(map);
      places.push({ name: tr.dataset.name, n: n, ll: L.latLng(lat, lon), marker: m, row: tr });
    });
    // Labels: the places, most named first, each get a label unless it would overlap one already placed (or the
    // place lies within 40 pixels of a labelled one): then the place joins that label's group ("Lithuania +3 (45)").
    // Done again on every zoom.
    var labels = L.layerGroup().addTo(map);
    function box(px, name, left) {
      var w = (name.length + 9) * 6.6 + 12;
      return left ? { x1: px.x - 12 - w, y1: px.y - 11, x2: px.x - 4, y2: px.y + 11 }
        : { x1: px.x + 4, y1: px.y - 11, x2: px.x + 12 + w, y2: px.y + 11 };
    }
    function free(b, groups) {
      for (var i = 0; i < groups.length; i++) if (overlap(groups[i].box, b)) return false;
      return true;
    }
    function overlap(a, b) { return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2; }
    function label() {
      labels.clearLayers();
      var groups = [];
      places.slice().sort(function (a, b) { return b.n - a.n; }).forEach(function (p) {
        var px = map.latLngToLayerPoint(p.ll), right = box(px, p.name, false), left = box(px, p.name, true);
        var near = null, best = Infinity;
        groups.forEach(function (g) { var d = g.px.distanceTo(px); if (d < best) { best = d; near = g; } });
        // a place on top of another joins its label; else its label goes right, or left, of it when free
        if (near && best < 24) { near.members.push(p); return; }
        if (free(right, groups)) groups.push({ px: px, box: right, lead: p, members: [p], dir: 'right' });
        else if (free(left, groups)) groups.push({ px: px, box: left, lead: p, members: [p], dir: 'left' });
        else {
          var hit = null;
          groups.forEach(function (g) { if (!hit && (overlap(g.box, right) || overlap(g.box, left))) hit = g; });
          (hit || near).members.push(p);
        }
      });
      groups.forEach(function (g) {
        var text = g.lead.name + (g.members.length > 1 ? ' +' + (g.members.length - 1) : '') + ' (' + g.lead.n + ')';
        var t = L.tooltip({ permanent: true, direction: g.dir || 'right', offset: [g.dir === 'left' ? -8 : 8, 0], className: 'place-label', interactive: false })
          .setLatLng(g.lead.ll).setContent(document.createTextNode(text));
        if (g.members.length > 1) {
          t.options.className += ' group';
          t.setContent(document.createTextNode(text));
        }
        labels.addLayer(t);
      });
      el.dataset.labels = String(groups.length);
    }
    if (places.length) {
      // Fitted to where the scope's places lie: those within 2,500 km of their centre (the median, weighted by
      // articles); all of them when that leaves out half the articles or more. Far ones stay in the table below.
      function median(key) {
        var xs = places.map(function (p) { return { v: p.ll[key], n: p.n }; }).sort(function (a, b) { return a.v - b.v; });
        var total = xs.reduce(function (t, x) { return t + x.n; }, 0), run = 0;
        for (var i = 0; i < xs.length; i++) { run += xs[i].n; if (run * 2 >= total) return xs[i].v; }
        return xs[xs.length - 1].v;
      }
      var centre = L.latLng(median('lat'), median('lng'));
      var near = places.filter(function (p) { return centre.distanceTo(p.ll) <= 2.5e6; });
      var weight = function (l) { return l.reduce(function (t, p) { return t + p.n; }, 0); };
      if (weight(near) * 2 <= weight(places)) near = places;
      places.forEach(function (p) { p.marker.options.fitted = near.indexOf(p) >= 0; });
      near.forEach(function (p) { p.row.dataset.fitted = '1'; });
      el.dataset.fitted = String(near.length);
      var b = L.latLngBounds(near.map(function (p) { return p.ll; }));
      map.fitBounds(b.pad(0.15), { maxZoom: 6, animate: false });
      var fitted = map.getBounds();
      el.dataset.bounds = [fitted.getSouth(), fitted.getWest(), fitted.getNorth(), fitted.getEast()].map(function (v) { return v.toFixed(3); }).join(',');
    }
    map.on('zoomend', label);
    label();
    el.dataset.places = String(places.length);
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
