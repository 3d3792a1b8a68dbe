/// The explorer page's script (ES5, no library, about 250 lines): pan and zoom (wheel, drag,
/// pinch, keys) by a CSS transform while moving and by the SVG's `viewBox` once settled
/// (`Benchmarks/EXPLORER.md`), Hangul-aware search, selection with the details panel, kind and year filters
/// (with a play button), export of the view as SVG.
/// A constant, allowed by its hash in the page's ``ContentSecurityPolicy``; it reads the data
/// from `<script type="application/json" id="explorer-data">` and writes only text
/// (`textContent`), classes and attributes, never markup.
///
/// Hangul search: names and query are compared as strings of compatibility jamo (구미 →
/// ㄱㅜㅁㅣ, so `구ㅁ` typed halfway matches), and a query made only of consonants is also
/// matched against the names' initial consonants (`ㄱㅁ` → 구미). Unicode §3.12: a syllable
/// S = 0xAC00 + (L × 21 + V) × 28 + T.
///
/// Year filter: at year Y an edge is shown when its `year` ≤ Y, and an edge without a year is
/// not, as `--until Y` (``restrict(_:to:anchorKind:anchorAttribute:)``); the slider's last
/// position, one past the last year when some edges have no year, shows every edge.
enum ExplorerScript {
    static let source: StaticString = #"""

(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("explorer-data").textContent);
  var canvas = document.getElementById("canvas");
  var svg = canvas.querySelector("svg");
  var details = document.getElementById("details");
  var search = document.getElementById("search");
  var results = document.getElementById("results");
  var yearInput = document.getElementById("year");
  var yearValue = document.getElementById("year-value");
  var edgeCount = document.getElementById("edge-count");
  var nodes = data.nodes, edges = data.edges;
  var nodeEl = [], edgeEl = [], index = {}, incident = [];
  var i;
  for (i = 0; i < nodes.length; i++) { index[nodes[i].id] = i; incident.push([]); }
  for (i = 0; i < edges.length; i++) { incident[edges[i].s].push(i); if (edges[i].t !== edges[i].s) incident[edges[i].t].push(i); }
  svg.querySelectorAll("g.node[data-id]").forEach(function (g) { nodeEl[index[g.getAttribute("data-id")]] = g; });
  svg.querySelectorAll("g.edge[data-edge]").forEach(function (g) { edgeEl[+g.getAttribute("data-edge")] = g; });

  // ---- pan and zoom: the viewBox is the view ----
  var box = svg.viewBox.baseVal;
  var home = { x: box.x, y: box.y, w: box.width, h: box.height };
  var view = { x: home.x, y: home.y, w: home.w, h: home.h };
  svg.removeAttribute("width"); svg.removeAttribute("height");
  // While the view moves, the drawn picture is only moved and scaled by a CSS transform (the
  // compositor does it without repainting); 150 ms after the last move the viewBox takes the
  // view and the transform is dropped, so the picture is drawn sharp again.
  var drawn = { x: view.x, y: view.y, w: view.w, h: view.h }, settle = null;
  function fitting(v) {
    var r = canvas.getBoundingClientRect(), k = Math.min(r.width / v.w, r.height / v.h);
    return { k: k, left: r.left + (r.width - v.w * k) / 2, top: r.top + (r.height - v.h * k) / 2 };
  }
  function commit() {
    settle = null;
    drawn = { x: view.x, y: view.y, w: view.w, h: view.h };
    svg.setAttribute("viewBox", view.x + " " + view.y + " " + view.w + " " + view.h);
    svg.style.transform = "";
  }
  function show(now) {
    if (now) { clearTimeout(settle); commit(); return; }
    var f = fitting(drawn), s = drawn.w / view.w, r = canvas.getBoundingClientRect();
    var ox = f.left - r.left, oy = f.top - r.top;
    svg.style.transform = "translate(" + (ox * (1 - s) - f.k * s * (view.x - drawn.x)) + "px," +
      (oy * (1 - s) - f.k * s * (view.y - drawn.y)) + "px) scale(" + s + ")";
    clearTimeout(settle);
    settle = setTimeout(commit, 150);
  }
  function fit() { view = { x: home.x, y: home.y, w: home.w, h: home.h }; show(true); }
  function toSVG(clientX, clientY) {
    var f = fitting(view);
    return { x: view.x + (clientX - f.left) / f.k, y: view.y + (clientY - f.top) / f.k };
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
    var p = toSVG(event.clientX, event.clientY);
    pan(drag.start.x - p.x, drag.start.y - p.y);
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
  document.addEventListener("keydown", function (event) {
    var tag = event.target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || event.ctrlKey || event.metaKey || event.altKey) return;
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

  // ---- export: the current view as an SVG file, filters and dimming applied ----
  document.getElementById("export-svg").addEventListener("click", function () {
    var copy = svg.cloneNode(true);
    copy.querySelectorAll("g.hidden").forEach(function (g) { g.parentNode.removeChild(g); });
    if (svg.classList.contains("has-selection")) {
      copy.querySelectorAll("g.node:not(.near):not(.selected), g.edge:not(.near)").forEach(function (g) { g.setAttribute("opacity", "0.15"); });
    }
    copy.removeAttribute("class");
    copy.setAttribute("width", String(svg.clientWidth)); copy.setAttribute("height", String(svg.clientHeight));
    var text = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy) + "\n";
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    a.download = "network.svg";
    document.body.appendChild(a); a.click(); document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  });

  // ---- filters ----
  var kindOn = {};
  var kindBoxes = document.querySelectorAll("input[name=kind]");
  var lastYear = null;
  edges.forEach(function (e) { if (e.year !== null && e.year !== undefined && (lastYear === null || e.year > lastYear)) lastYear = e.year; });
  function visible(e) {
    if (!kindOn[e.kind]) return false;
    var y = +yearInput.value;
    if (lastYear === null || y > lastYear) return true;
    return e.year !== null && e.year !== undefined && e.year <= y;
  }
  function filter() {
    kindBoxes.forEach(function (box) { kindOn[box.value] = box.checked; });
    var shown = 0;
    edges.forEach(function (e, k) {
      var on = visible(e);
      if (on) shown++;
      if (edgeEl[k]) edgeEl[k].classList.toggle("hidden", !on);
    });
    edgeCount.textContent = String(shown);
    yearValue.textContent = lastYear === null || +yearInput.value > lastYear ? data.text.all : yearInput.value;
    if (selected >= 0) select(selected);
  }
  kindBoxes.forEach(function (box) { box.addEventListener("change", filter); });
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
  function metric(name, value) { details.querySelector('[data-metric="' + name + '"]').textContent = value; }
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
      ["degree", "betweenness", "pagerank", "community"].forEach(function (m) { metric(m, ""); });
      return;
    }
    var n = nodes[v];
    if (nodeEl[v]) nodeEl[v].classList.add("selected");
    var seen = {};
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
      seen[w] = true;
    });
    details.setAttribute("data-id", n.id);
    put("details-name", n.name); put("details-other", [n.other, n.id === n.name ? "" : n.id].filter(function (x) { return x; }).join(" · "));
    put("details-region", n.region || "–"); put("details-macro", n.macro || "–"); put("details-kind", n.kind || "–");
    put("details-anchor", n.anchorSince || "–"); put("details-programmes", n.programmes.join(", ") || "–");
    metric("degree", String(n.degree));
    metric("betweenness", n.betweenness.toPrecision(4));
    metric("pagerank", n.pagerank.toPrecision(4));
    metric("community", String(n.community));
    ["betweenness", "pagerank"].forEach(function (m) { details.querySelector('[data-metric="' + m + '"]').setAttribute("data-value", String(n[m])); });
  }
  function choose(v) {
    select(v);
    var g = nodeEl[v];
    if (!g) return;
    var r = g.getBoundingClientRect();
    var c = toSVG(r.left + r.width / 2, r.top + r.height / 2);
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
  var keys = nodes.map(function (n) {
    var text = [n.name, n.other || "", n.id].join(" ").toLowerCase();
    return { jamo: jamo(text), initials: initials(text.replace(/\s+/g, "")) };
  });
  function onlyConsonants(q) { for (var k = 0; k < q.length; k++) { if (L.indexOf(q[k]) < 0) return false; } return q.length > 0; }
  function matches(q) {
    var j = jamo(q), consonants = onlyConsonants(q), found = [];
    for (var v = 0; v < nodes.length && found.length < 12; v++) {
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

  filter();
  show(true);
}());

"""#
}
