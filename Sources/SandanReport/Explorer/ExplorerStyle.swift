/// The explorer's style sheet: a bar of controls on top, the picture filling the rest, the
/// details panel at the right (below on narrow screens). Every rule is scoped to `.explorer`
/// (or the standalone page's `html.explorer-page`), so the same sheet serves the explorer's own
/// page and the report, beside the report's sheet. A constant, allowed by its hash in the
/// page's ``ContentSecurityPolicy``.
enum ExplorerStyle {
    static let sheet: StaticString = #"""

.explorer { --ink: #1d2433; --muted: #5b6475; --line: #d8dde6; --accent: #1f5fa8; --band: #f4f6f9;
  display: flex; flex-direction: column; color: var(--ink); font-size: 14px; line-height: 1.4; background: #fff;
  font-family: "Pretendard", "Noto Sans KR", "NanumGothic", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif;
  height: 82vh; min-height: 30rem; border: 1px solid var(--line); margin: 1rem 0; }
.explorer[hidden], .explorer [hidden] { display: none; }
.explorer * { box-sizing: border-box; }
html.explorer-page, html.explorer-page body { height: 100%; margin: 0; }
html.explorer-page .explorer { height: 100%; min-height: 0; border: 0; margin: 0; }
.explorer-bar { display: flex; flex-wrap: wrap; gap: .4rem 1.1rem; align-items: center; padding: .5rem 1rem; border-bottom: 2px solid var(--accent); background: var(--band); }
.explorer h1 { font-size: 1.05rem; margin: 0; }
.explorer p { margin: 0; }
.explorer fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem .7rem; align-items: center; }
.explorer legend { float: left; margin-right: .5rem; color: var(--muted); }
.explorer .swatch { vertical-align: middle; }
.explorer details.regions { position: relative; }
.explorer details.regions summary { cursor: pointer; color: var(--muted); }
.explorer details.regions[open] fieldset { position: absolute; z-index: 3; top: 100%; left: 0; width: 22rem; background: #fff; border: 1px solid var(--line); padding: .5rem; }
.explorer select, .explorer button { font: inherit; }
.explorer button[aria-pressed="true"] { background: var(--accent); color: #fff; }
.explorer .search { position: relative; }
.explorer #search { width: 15rem; padding: .25rem .4rem; font: inherit; }
.explorer #results { position: absolute; z-index: 4; left: 0; top: 100%; margin: 0; padding: 0; list-style: none; background: #fff; border: 1px solid var(--line); width: 22rem; max-height: 60vh; overflow: auto; }
.explorer #results:empty { display: none; }
.explorer #results button, .explorer #neighbours button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: .3rem .5rem; font: inherit; cursor: pointer; color: var(--ink); }
.explorer #results button:hover, .explorer #results button:focus, .explorer #neighbours button:hover { background: var(--band); }
.explorer .muted { color: var(--muted); }
.explorer-main { flex: 1; display: flex; min-height: 0; }
.explorer #canvas { flex: 1; min-width: 0; position: relative; overflow: hidden; cursor: grab; touch-action: none; outline: none; }
.explorer #canvas:focus-visible { box-shadow: inset 0 0 0 2px var(--accent); }
.explorer #canvas.dragging { cursor: grabbing; }
.explorer #canvas svg { width: 100%; height: 100%; max-width: none; display: block; transform-origin: 0 0; will-change: transform; margin: 0; }
.explorer #canvas g.node { cursor: pointer; }
.explorer #canvas .hidden, .explorer #canvas g.outlines.hidden { display: none; }
.explorer #canvas svg.map g.edge polygon { display: none; }
.explorer #canvas .labels text { pointer-events: none; }
.explorer #canvas svg.has-selection .labels text:not(.near) { opacity: .35; }
.explorer #canvas svg.has-selection g.node:not(.near):not(.selected), .explorer #canvas svg.has-selection g.edge:not(.near) { opacity: .15; }
.explorer #canvas g.node.selected ellipse, .explorer #canvas g.node.selected polygon { stroke: #000; stroke-width: 3; }
.explorer #details { width: 21rem; overflow: auto; padding: .75rem 1rem; border-left: 1px solid var(--line); }
.explorer #details h2 { font-size: 1.1rem; margin: 0 0 .2rem; padding: 0; border: 0; word-break: keep-all; overflow-wrap: anywhere; }
.explorer #details dl { display: grid; grid-template-columns: auto 1fr; gap: .2rem .8rem; margin: .8rem 0; }
.explorer #details dt { color: var(--muted); }
.explorer #details dd { margin: 0; font-variant-numeric: tabular-nums; }
.explorer #details h3 { font-size: .95rem; margin: 1rem 0 .3rem; }
.explorer #neighbours, .explorer #legend { list-style: none; margin: 0; padding: 0; }
.explorer #legend li { display: flex; gap: .4rem; align-items: center; }
.explorer #legend .dot { width: .8rem; height: .8rem; flex: none; }
.explorer .note { font-size: .8rem; color: var(--muted); }
@media (max-width: 50rem) { .explorer-main { flex-direction: column; } .explorer #details { width: auto; height: 40%; border-left: 0; border-top: 1px solid var(--line); } }
@media print { .explorer { display: none; } figure.explorer-fallback { display: block; } }

"""#
}
