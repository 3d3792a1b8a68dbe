/// The explorer's script (ES5, no library, about 480 lines), the same in the explorer's own page
/// and in the report, where it first shows the explorer and hides the static diagram it
/// replaces. It reads the data from `<script type="application/json" id="explorer-data">` and
/// writes only text (`textContent`), classes and attributes, never markup. A constant, allowed
/// by its hash in the page's ``ContentSecurityPolicy``.
///
/// - **Pan and zoom** (wheel, drag, pinch, keys): by a CSS transform while moving and by the
///   SVG's `viewBox` once settled (`Benchmarks/EXPLORER.md`). Keys act on the whole explorer
///   page (`html.explorer-page`), and in the report only while the picture has the focus (the
///   page scrolls otherwise).
/// - **Views without re-layout**: the map moves each node group by a `translate` to its
///   geographic position (``ExplorerMap``) and draws each edge straight; colours and radii come
///   from ``ExplorerSwitches`` and are set as attributes.
/// - **Labels, level of detail**: after every settled move, filter or switch, the nodes are
///   taken in order of the size measure (largest first, ties by index) and each gets its name
///   under its circle, 12 px on screen whatever the zoom, unless its box (measured with a
///   canvas' `measureText`) would leave the picture or meet a box already placed (a grid of
///   80 px cells finds the neighbours: O(placed labels) per label in the worst case, O(1) in
///   practice), and at most 30 × z² labels, z the zoom relative to the fitted view: only the
///   largest nodes at a wide zoom, more as one zooms in, never two overlapping.
/// - **Hangul search**: names and query are compared as strings of compatibility jamo
///   (구미 → ㄱㅜㅁㅣ, so `구ㅁ` typed halfway matches), and a query made only of consonants
///   is also matched against the names' initial consonants (`ㄱㅁ` → 구미). Unicode §3.12: a
///   syllable S = 0xAC00 + (L × 21 + V) × 28 + T.
/// - **Filters**: at year Y an edge is shown when its `year` ≤ Y, and an edge without a year is
///   not, as `--until Y` (``restrict(_:to:anchorKind:anchorAttribute:)``); the slider's last
///   position, one past the last year when some edges have no year, shows every edge. An
///   unticked province hides its nodes and their edges; a programme shows only its edges.
/// - **Export**: the view as SVG (hidden things removed, dimming as opacity), or as PNG at twice
///   the picture's pixels, drawn on a canvas from that SVG through a `blob:` URL.
enum ExplorerScript {
    static let source: StaticString = #"""

(function () {
  "use strict";
  var root = document.getElementById("explorer");
  root.hidden = false;
  document.querySelectorAll("figure.explorer-fallback").forEach(function (f) { f.hidden = true; });
  var data = JSON.parse(document.getElementById("explorer-data").textContent);
  var canvas = document.getElementById("canvas");
  var svg = canvas.querySelector("svg");
  var graph = svg.querySelector("g.graph");
  var details = document.getElementById("details");
  var search = document.getElementById("search");
  var results = document.getElementById("results");
  var yearInput = document.getElementById("year");
  var yearValue = document.getElementById("year-value");
  var edgeCount = document.getElementById("edge-count");
  var nodes = data.nodes, edges = data.edges, n = nodes.length;
  var nodeEl = [], shapeEl = [], edgeEl = [], pathEl = [], pathD = [], index = {}, incident = [];
  var i;
  for (i = 0; i < n; i++) { index[nodes[i].id] = i; incident.push([]); }
  for (i = 0; i < edges.length; i++) { incident[edges[i].s].push(i); if (edges[i].t !== edges[i].s) incident[edges[i].t].push(i); }
  svg.querySelectorAll("g.node[data-id]").forEach(function (g) {
    var v = index[g.getAttribute("data-id")];
    nodeEl[v] = g; shapeEl[v] = g.querySelector("ellipse, polygon");
  });
  svg.querySelectorAll("g.edge[data-edge]").forEach(function (g) {
    var k = +g.getAttribute("data-edge");
    edgeEl[k] = g; pathEl[k] = g.querySelector("path"); pathD[k] = pathEl[k] ? pathEl[k].getAttribute("d") : "";
  });
  // Node centres in the g.graph group's coordinates (the layout's, then the map's), and that
  // group's offset in the SVG's.
  var m = graph.transform.baseVal.consolidate();
  var gx = m ? m.matrix.e : 0, gy = m ? m.matrix.f : 0;
  var lx = [], ly = [], px = [], py = [], radius = [];
  for (i = 0; i < n; i++) {
    var s = shapeEl[i], b;
    if (s && s.tagName === "ellipse") { lx[i] = +s.getAttribute("cx"); ly[i] = +s.getAttribute("cy"); }
    else if (s) { b = s.getBBox(); lx[i] = b.x + b.width / 2; ly[i] = b.y + b.height / 2; }
    else { lx[i] = 0; ly[i] = 0; }
    px[i] = lx[i]; py[i] = ly[i];
  }

  // ---- pan and zoom: the viewBox is the view ----
  var box = svg.viewBox.baseVal;
  var layoutHome = { x: box.x, y: box.y, w: box.width, h: box.height }, home = layoutHome;
  var view = { x: home.x, y: home.y, w: home.w, h: home.h };
  svg.removeAttribute("width"); svg.removeAttribute("height");
  // While the view moves, the drawn picture is only moved and scaled by a CSS transform (the
  // compositor does it without repainting); 150 ms after the last move the viewBox takes the
  // view and the transform is dropped, so the picture is drawn sharp again.
  var drawn = { x: view.x, y: view.y, w: view.w, h: view.h }, settle = null;
  // The picture's size, measured once and again only when it changes (a ResizeObserver), so
  // that drawing never forces a layout; positions on screen are read only for the pointer.
  var size = null;
  function area() {
    if (!size) { var r = canvas.getBoundingClientRect(); size = { w: r.width, h: r.height }; }
    return size;
  }
  // Where view `v` stands in the picture: its scale k (pixels per unit) and its offset.
  function fitting(v) {
    var a = area(), k = Math.min(a.w / v.w, a.h / v.h);
    return { k: k, x: (a.w - v.w * k) / 2, y: (a.h - v.h * k) / 2 };
  }
  function commit() {
    settle = null;
    drawn = { x: view.x, y: view.y, w: view.w, h: view.h };
    svg.setAttribute("viewBox", view.x + " " + view.y + " " + view.w + " " + view.h);
    svg.removeAttribute("style");
    relabel();
  }
  function show(now) {
    if (now) { clearTimeout(settle); commit(); return; }
    var f = fitting(drawn), s = drawn.w / view.w;
    svg.style.transform = "translate(" + (f.x * (1 - s) - f.k * s * (view.x - drawn.x)) + "px," +
      (f.y * (1 - s) - f.k * s * (view.y - drawn.y)) + "px) scale(" + s + ")";
    clearTimeout(settle);
    settle = setTimeout(commit, 150);
  }
  function fit() { view = { x: home.x, y: home.y, w: home.w, h: home.h }; show(true); }
  function toSVG(clientX, clientY) {
    var f = fitting(view), r = canvas.getBoundingClientRect();
    return { x: view.x + (clientX - r.left - f.x) / f.k, y: view.y + (clientY - r.top - f.y) / f.k };
  }
  function zoom(factor, at) {
    var w = view.w / factor;
    if (w < home.w / 40 || w > home.w * 8) return;
    view.x = at.x - (at.x - view.x) / factor; view.y = at.y - (at.y - view.y) / factor;
    view.w = w; view.h = view.h / factor; show();
  }
  function centre() { return { x: view.x + view.w / 2, y: view.y + view.h / 2 }; }
  function pan(dx, dy) { view.x += dx; view.y += dy; show(); }
  canvas.addEventListener("wheel", function (event) {
    event.preventDefault();
    zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2, toSVG(event.clientX, event.clientY));
  }, { passive: false });
  // One pointer drags (or clicks); two pinch, zooming by the change of their distance.
  var drag = null, pointers = {}, pinch = null;
  function touching() { return Object.keys(pointers).map(function (k) { return pointers[k]; }); }
  function spread(p) { return Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y); }
  canvas.addEventListener("pointerdown", function (event) {
    if (event.button !== 0) return;
    pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    var p = touching();
    if (p.length === 2) { drag = null; pinch = spread(p); return; }
    drag = { x: event.clientX, y: event.clientY, start: toSVG(event.clientX, event.clientY), moved: false, id: event.pointerId };
  });
  function lift(event) { delete pointers[event.pointerId]; if (touching().length < 2) pinch = null; }
  canvas.addEventListener("pointercancel", function (event) { lift(event); drag = null; });
  canvas.addEventListener("pointermove", function (event) {
    if (pointers[event.pointerId]) pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    var p = touching();
    if (pinch && p.length === 2) {
      var d = spread(p);
      if (d > 0 && pinch > 0) zoom(d / pinch, toSVG((p[0].x + p[1].x) / 2, (p[0].y + p[1].y) / 2));
      pinch = d;
      return;
    }
    if (!drag || event.pointerId !== drag.id) return;
    if (!drag.moved && Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y) < 4) return;
    if (!drag.moved) { drag.moved = true; canvas.setPointerCapture(event.pointerId); canvas.classList.add("dragging"); }
    var q = toSVG(event.clientX, event.clientY);
    pan(drag.start.x - q.x, drag.start.y - q.y);
  });
  canvas.addEventListener("pointerup", function (event) {
    lift(event);
    if (!drag) return;
    var moved = drag.moved;
    drag = null; canvas.classList.remove("dragging");
    if (moved) return;
    var g = event.target.closest ? event.target.closest("g.node[data-id]") : null;
    if (g) select(index[g.getAttribute("data-id")]); else select(-1);
  });
  // The explorer's own page takes keys anywhere; the report only while the picture has the focus.
  (document.documentElement.classList.contains("explorer-page") ? document : canvas).addEventListener("keydown", function (event) {
    var tag = event.target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || event.ctrlKey || event.metaKey || event.altKey) return;
    var step = view.w / 10, handled = true;
    switch (event.key) {
      case "+": case "=": zoom(1.2, centre()); break;
      case "-": case "_": zoom(1 / 1.2, centre()); break;
      case "0": fit(); break;
      case "ArrowLeft": pan(-step, 0); break;
      case "ArrowRight": pan(step, 0); break;
      case "ArrowUp": pan(0, -step); break;
      case "ArrowDown": pan(0, step); break;
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(1.2, centre()); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(1 / 1.2, centre()); });
  document.getElementById("fit").addEventListener("click", fit);

  // ---- labels: as many of the largest as fit, 12 px on screen, never overlapping ----
  var LABEL_PX = 12, LABELS_AT_FIT = 30, CELL = 80;
  var labelLayer = document.createElementNS("http://www.w3.org/2000/svg", "g");
  labelLayer.setAttribute("class", "labels");
  graph.appendChild(labelLayer);
  var labelEl = [], labelWidth = [], labelled = [], order = [];
  var FONT = '"NanumGothic", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = LABEL_PX + "px " + FONT;
  function widthOf(v) {
    if (labelWidth[v] === undefined) labelWidth[v] = measure.measureText(nodes[v].name).width;
    return labelWidth[v];
  }
  var ready = false;
  function relabel() {
    if (!ready) return;
    var f = fitting(view), k = f.k, a = area();
    if (!(k > 0) || !a.w) return;
    var z = k / fitting(home).k, budget = Math.max(5, Math.round(LABELS_AT_FIT * z * z));
    var grid = {}, next = [], h = LABEL_PX * 1.4;
    function cells(b, add) {
      for (var cx = Math.floor(b[0] / CELL); cx <= Math.floor(b[2] / CELL); cx++) {
        for (var cy = Math.floor(b[1] / CELL); cy <= Math.floor(b[3] / CELL); cy++) {
          var key = cx + "," + cy, list = grid[key];
          if (add) { (list || (grid[key] = [])).push(b); continue; }
          if (!list) continue;
          for (var j = 0; j < list.length; j++) {
            var o = list[j];
            if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) return true;
          }
        }
      }
      return false;
    }
    for (var j = 0; j < order.length && next.length < budget; j++) {
      var v = order[j];
      if (!nodeShown(v)) continue;
      var sx = f.x + (px[v] + gx - view.x) * k, sy = f.y + (py[v] + gy - view.y) * k;
      var w = widthOf(v) + 4, top = sy + radius[v] * k + 2;
      var b = [sx - w / 2, top, sx + w / 2, top + h];
      if (b[0] < 0 || b[2] > a.w || b[1] < 0 || b[3] > a.h || cells(b, false)) continue;
      cells(b, true);
      next.push(v);
    }
    labelled.forEach(function (v) { labelEl[v].classList.add("hidden"); });
    next.forEach(function (v) {
      var t = labelEl[v];
      if (!t) {
        t = labelEl[v] = document.createElementNS("http://www.w3.org/2000/svg", "text");
        t.setAttribute("text-anchor", "middle");
        t.setAttribute("data-id", nodes[v].id);
        // A white halo under the letters (attributes, so that an exported SVG keeps them).
        t.setAttribute("font-family", FONT); t.setAttribute("fill", "#222222"); t.setAttribute("stroke", "#ffffff");
        t.setAttribute("paint-order", "stroke"); t.setAttribute("stroke-linejoin", "round");
        t.textContent = nodes[v].name;
        labelLayer.appendChild(t);
      }
      t.classList.remove("hidden");
      t.classList.toggle("near", !!nodeEl[v] && (nodeEl[v].classList.contains("near") || nodeEl[v].classList.contains("selected")));
      t.setAttribute("x", String(px[v]));
      t.setAttribute("y", String(py[v] + radius[v] + (2 + LABEL_PX * 1.05) / k));
      t.setAttribute("font-size", String(LABEL_PX / k));
      t.setAttribute("stroke-width", String(3 / k));
    });
    labelled = next;
  }

  // ---- switches: colour, size, map ----
  var colorBy = document.getElementById("color-by"), sizeBy = document.getElementById("size-by");
  var legend = document.getElementById("legend"), sizeNote = document.getElementById("size-note");
  // `drawn`: the picture already shows these colours or sizes (Graphviz drew it by region and
  // betweenness), so only the legend and the order of labels are set.
  function recolor(drawn) {
    var c = data.switches.colors.filter(function (x) { return x.key === colorBy.value; })[0];
    while (legend.firstChild) legend.removeChild(legend.firstChild);
    if (!c) return;
    var others = 0;
    for (var v = 0; v < n; v++) {
      if (c.of[v] < 0) others++;
      if (shapeEl[v] && drawn !== true) shapeEl[v].setAttribute("fill", c.of[v] >= 0 ? c.legend[c.of[v]].color : c.other);
    }
    c.legend.map(function (e) { return [e.color, e.value, e.count]; }).concat(others ? [[c.other, data.text.other, others]] : []).forEach(function (e) {
      var li = document.createElement("li"), dot = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      var circle = document.createElementNS("http://www.w3.org/2000/svg", "circle");
      dot.setAttribute("class", "dot"); dot.setAttribute("viewBox", "0 0 12 12"); dot.setAttribute("aria-hidden", "true");
      circle.setAttribute("cx", "6"); circle.setAttribute("cy", "6"); circle.setAttribute("r", "5.5"); circle.setAttribute("fill", e[0]);
      dot.appendChild(circle); li.appendChild(dot); li.appendChild(document.createTextNode(e[1] + " (" + e[2] + ")"));
      legend.appendChild(li);
    });
  }
  function resize(drawn) {
    var s = data.switches.sizes.filter(function (x) { return x.key === sizeBy.value; })[0];
    if (!s) return;
    sizeNote.textContent = sizeBy.parentNode.firstChild.textContent.trim() + ": " + s.title;
    for (var v = 0; v < n; v++) {
      radius[v] = s.r[v];
      if (shapeEl[v] && shapeEl[v].tagName === "ellipse" && drawn !== true) {
        shapeEl[v].setAttribute("rx", String(s.r[v])); shapeEl[v].setAttribute("ry", String(s.r[v]));
      }
    }
    order = nodes.map(function (_, v) { return v; });
    order.sort(function (a, b) { return nodes[b][s.key] - nodes[a][s.key] || a - b; });
    relabel();
  }
  colorBy.addEventListener("change", recolor);
  sizeBy.addEventListener("change", resize);
  var mapButton = document.getElementById("view-map"), outlines = graph.querySelector("g.outlines"), mapNote = document.getElementById("map-note");
  var mapHome = null;
  if (data.geo) {
    var gb = data.geo.box, pad = 30;
    mapHome = { x: gb[0] + gx - pad, y: gb[1] + gy - pad, w: gb[2] - gb[0] + 2 * pad, h: gb[3] - gb[1] + 2 * pad };
  }
  if (outlines) outlines.classList.add("hidden");
  function setMap(on) {
    for (var v = 0; v < n; v++) {
      px[v] = on ? data.geo.x[v] : lx[v]; py[v] = on ? data.geo.y[v] : ly[v];
      if (nodeEl[v]) nodeEl[v].setAttribute("transform", on ? "translate(" + (px[v] - lx[v]) + " " + (py[v] - ly[v]) + ")" : "translate(0 0)");
    }
    edges.forEach(function (e, k) {
      if (pathEl[k]) pathEl[k].setAttribute("d", on ? "M" + px[e.s] + "," + py[e.s] + "L" + px[e.t] + "," + py[e.t] : pathD[k]);
    });
    if (outlines) outlines.classList.toggle("hidden", !on);
    svg.classList.toggle("map", on);
    mapButton.setAttribute("aria-pressed", String(on));
    mapNote.hidden = !on || !mapNote.textContent;
    home = on ? mapHome : layoutHome;
    fit();
  }
  if (mapButton) mapButton.addEventListener("click", function () { setMap(mapButton.getAttribute("aria-pressed") !== "true"); });

  // ---- export: the current view as SVG or PNG, filters and dimming applied ----
  function exported() {
    var copy = svg.cloneNode(true);
    copy.querySelectorAll(".hidden").forEach(function (g) { g.parentNode.removeChild(g); });
    if (svg.classList.contains("map")) copy.querySelectorAll("g.edge polygon").forEach(function (p) { p.parentNode.removeChild(p); });
    if (svg.classList.contains("has-selection")) {
      copy.querySelectorAll("g.node:not(.near):not(.selected), g.edge:not(.near)").forEach(function (g) { g.setAttribute("opacity", "0.15"); });
      copy.querySelectorAll(".labels text:not(.near)").forEach(function (t) { t.setAttribute("opacity", "0.35"); });
    }
    copy.removeAttribute("class"); copy.removeAttribute("style");
    var w = svg.clientWidth, h = svg.clientHeight;
    copy.setAttribute("width", String(w)); copy.setAttribute("height", String(h));
    return { text: '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy) + "\n", w: w, h: h };
  }
  function download(blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a); a.click(); document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  }
  document.getElementById("export-svg").addEventListener("click", function () {
    download(new Blob([exported().text], { type: "image/svg+xml" }), "network.svg");
  });
  document.getElementById("export-png").addEventListener("click", function () {
    var picture = exported(), image = new Image(), url = URL.createObjectURL(new Blob([picture.text], { type: "image/svg+xml" }));
    image.onload = function () {
      var c = document.createElement("canvas"), g = c.getContext("2d");
      c.width = picture.w * 2; c.height = picture.h * 2;
      g.fillStyle = "#ffffff"; g.fillRect(0, 0, c.width, c.height);
      g.drawImage(image, 0, 0, c.width, c.height);
      URL.revokeObjectURL(url);
      c.toBlob(function (blob) { download(blob, "network.png"); }, "image/png");
    };
    image.src = url;
  });

  // ---- filters ----
  var kindOn = {}, regionOn = {}, programme = -1;
  var kindBoxes = root.querySelectorAll("input[name=kind]"), regionBoxes = root.querySelectorAll("input[name=region]");
  var programmeSelect = document.getElementById("programme");
  var lastYear = null;
  edges.forEach(function (e) { if (e.year !== null && e.year !== undefined && (lastYear === null || e.year > lastYear)) lastYear = e.year; });
  function nodeShown(v) { var r = nodes[v].region; return r === null || r === undefined || regionOn[r] !== false; }
  function visible(e) {
    if (!kindOn[e.kind] || !nodeShown(e.s) || !nodeShown(e.t)) return false;
    if (programme >= 0 && e.p !== programme) return false;
    var y = +yearInput.value;
    if (lastYear === null || y > lastYear) return true;
    return e.year !== null && e.year !== undefined && e.year <= y;
  }
  function filter() {
    kindBoxes.forEach(function (box) { kindOn[box.value] = box.checked; });
    regionBoxes.forEach(function (box) { regionOn[box.value] = box.checked; });
    programme = programmeSelect && programmeSelect.value ? data.programmes.indexOf(programmeSelect.value) : -1;
    for (var v = 0; v < n; v++) if (nodeEl[v]) nodeEl[v].classList.toggle("hidden", !nodeShown(v));
    var shown = 0;
    edges.forEach(function (e, k) {
      var on = visible(e);
      if (on) shown++;
      if (edgeEl[k]) edgeEl[k].classList.toggle("hidden", !on);
    });
    edgeCount.textContent = String(shown);
    yearValue.textContent = lastYear === null || +yearInput.value > lastYear ? data.text.all : yearInput.value;
    if (selected >= 0) select(selected);
    relabel();
  }
  kindBoxes.forEach(function (box) { box.addEventListener("change", filter); });
  regionBoxes.forEach(function (box) { box.addEventListener("change", filter); });
  if (programmeSelect) programmeSelect.addEventListener("change", filter);
  yearInput.addEventListener("input", function () { stop(); filter(); });

  // The play button steps the slider from its first year to its last, one year in 0.7 s.
  var play = document.getElementById("play"), timer = null;
  function stop() { if (timer) clearInterval(timer); timer = null; play.setAttribute("aria-pressed", "false"); }
  play.addEventListener("click", function () {
    if (timer) { stop(); return; }
    if (+yearInput.value >= +yearInput.max) yearInput.value = yearInput.min;
    play.setAttribute("aria-pressed", "true");
    filter();
    timer = setInterval(function () {
      if (+yearInput.value >= +yearInput.max) { stop(); return; }
      yearInput.value = String(+yearInput.value + 1);
      filter();
    }, 700);
  });

  // ---- selection and details ----
  var selected = -1;
  var ROLES = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"];
  function metric(name, value) { var el = details.querySelector('[data-metric="' + name + '"]'); if (el) el.textContent = value; }
  function put(id, value) { document.getElementById(id).textContent = value; }
  function select(v) {
    selected = v;
    svg.querySelectorAll(".selected, .near").forEach(function (el) { el.classList.remove("selected", "near"); });
    svg.classList.toggle("has-selection", v >= 0);
    var list = document.getElementById("neighbours");
    while (list.firstChild) list.removeChild(list.firstChild);
    if (v < 0) {
      details.setAttribute("data-id", "");
      put("details-name", data.text.noSelection);
      ["details-other", "details-region", "details-macro", "details-kind", "details-anchor", "details-programmes"].forEach(function (id) { put(id, ""); });
      ["degree", "betweenness", "pagerank", "community", "brokerage"].concat(ROLES).forEach(function (m) { metric(m, ""); });
      relabel();
      return;
    }
    var nd = nodes[v];
    if (nodeEl[v]) nodeEl[v].classList.add("selected");
    incident[v].forEach(function (k) {
      var e = edges[k];
      if (!visible(e)) return;
      var w = e.s === v ? e.t : e.s;
      if (edgeEl[k]) edgeEl[k].classList.add("near");
      if (nodeEl[w]) nodeEl[w].classList.add("near");
      var li = document.createElement("li"), b = document.createElement("button");
      b.type = "button"; b.textContent = [nodes[w].name, data.captions[data.kinds.indexOf(e.kind)], e.year].filter(function (x) { return x; }).join(" · ");
      b.addEventListener("click", function () { choose(w); });
      li.appendChild(b); list.appendChild(li);
    });
    details.setAttribute("data-id", nd.id);
    put("details-name", nd.name); put("details-other", [nd.other, nd.id === nd.name ? "" : nd.id].filter(function (x) { return x; }).join(" · "));
    put("details-region", nd.region || "–"); put("details-macro", nd.macro || "–"); put("details-kind", nd.kind || "–");
    put("details-anchor", nd.anchorSince || "–"); put("details-programmes", nd.programmes.join(", ") || "–");
    metric("degree", String(nd.degree));
    metric("betweenness", nd.betweenness.toPrecision(4));
    metric("pagerank", nd.pagerank.toPrecision(4));
    metric("community", String(nd.community));
    ROLES.forEach(function (role, r) { metric(role, nd.brokerage ? String(nd.brokerage[r]) : "–"); });
    metric("brokerage", nd.brokerage ? String(nd.brokerage.reduce(function (a, b) { return a + b; }, 0)) : "–");
    ["betweenness", "pagerank"].forEach(function (m) { details.querySelector('[data-metric="' + m + '"]').setAttribute("data-value", String(nd[m])); });
    relabel();
  }
  function choose(v) {
    select(v);
    var c = { x: px[v] + gx, y: py[v] + gy };
    view.x = c.x - view.w / 2; view.y = c.y - view.h / 2; show(true);
  }

  // ---- search ----
  var L = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ", V = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
  var T = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"];
  function jamo(text) {
    var out = "";
    for (var k = 0; k < text.length; k++) {
      var c = text.charCodeAt(k) - 0xAC00;
      if (c >= 0 && c < 11172) out += L[Math.floor(c / 588)] + V[Math.floor(c % 588 / 28)] + T[c % 28];
      else out += text[k];
    }
    return out;
  }
  function initials(text) {
    var out = "";
    for (var k = 0; k < text.length; k++) {
      var c = text.charCodeAt(k) - 0xAC00;
      out += c >= 0 && c < 11172 ? L[Math.floor(c / 588)] : text[k];
    }
    return out;
  }
  var keys = nodes.map(function (nd) {
    var text = [nd.name, nd.other || "", nd.id].join(" ").toLowerCase();
    return { jamo: jamo(text), initials: initials(text.replace(/\s+/g, "")) };
  });
  function onlyConsonants(q) { for (var k = 0; k < q.length; k++) { if (L.indexOf(q[k]) < 0) return false; } return q.length > 0; }
  function matches(q) {
    var j = jamo(q), consonants = onlyConsonants(q), found = [];
    for (var v = 0; v < n && found.length < 12; v++) {
      if (keys[v].jamo.indexOf(j) >= 0 || (consonants && keys[v].initials.indexOf(q) >= 0)) found.push(v);
    }
    return found;
  }
  search.addEventListener("input", function () {
    while (results.firstChild) results.removeChild(results.firstChild);
    var q = search.value.trim().toLowerCase();
    if (!q) return;
    matches(q).forEach(function (v) {
      var li = document.createElement("li"), b = document.createElement("button");
      b.type = "button"; b.setAttribute("data-id", nodes[v].id);
      b.textContent = nodes[v].name + (nodes[v].region ? " · " + nodes[v].region : "");
      b.addEventListener("click", function () { choose(v); while (results.firstChild) results.removeChild(results.firstChild); });
      li.appendChild(b); results.appendChild(li);
    });
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && results.firstChild) { event.preventDefault(); results.querySelector("button").click(); }
    if (event.key === "Escape") { search.value = ""; while (results.firstChild) results.removeChild(results.firstChild); }
  });

  recolor(colorBy.value === "region");
  resize(sizeBy.value === "betweenness");
  filter();
  ready = true;
  show(true);
  new ResizeObserver(function () { size = null; show(true); }).observe(canvas);
}());

"""#
}
