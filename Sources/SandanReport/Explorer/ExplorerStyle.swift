/// The explorer page's style sheet: a bar of controls on top, the picture filling the rest of
/// the window, the details panel at the right (below on narrow screens). A constant, allowed
/// by its hash in the page's ``ContentSecurityPolicy``.
enum ExplorerStyle {
    static let sheet: StaticString = #"""

:root { --ink: #1d2433; --muted: #5b6475; --line: #d8dde6; --accent: #1f5fa8; --band: #f4f6f9; }
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; color: var(--ink); font-size: 14px; line-height: 1.4;
  font-family: "Pretendard", "Noto Sans KR", "NanumGothic", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif; }
header { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; padding: .5rem 1rem; border-bottom: 2px solid var(--accent); background: var(--band); }
h1 { font-size: 1.05rem; margin: 0; }
fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem .7rem; align-items: center; }
legend { float: left; margin-right: .5rem; color: var(--muted); }
.search { position: relative; }
#search { width: 16rem; padding: .25rem .4rem; font: inherit; }
#results { position: absolute; z-index: 2; left: 0; top: 100%; margin: 0; padding: 0; list-style: none; background: #fff; border: 1px solid var(--line); width: 22rem; max-height: 60vh; overflow: auto; }
#results:empty { display: none; }
#results button, #neighbours button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: .3rem .5rem; font: inherit; cursor: pointer; color: var(--ink); }
#results button:hover, #results button:focus, #neighbours button:hover { background: var(--band); }
.muted { color: var(--muted); }
main { flex: 1; display: flex; min-height: 0; }
#canvas { flex: 1; min-width: 0; position: relative; overflow: hidden; cursor: grab; touch-action: none; outline: none; }
#canvas:focus-visible { box-shadow: inset 0 0 0 2px var(--accent); }
#canvas.dragging { cursor: grabbing; }
#canvas svg { width: 100%; height: 100%; display: block; transform-origin: 0 0; will-change: transform; }
#canvas g.node { cursor: pointer; }
#canvas g.hidden { display: none; }
#canvas svg.has-selection g.node:not(.near):not(.selected), #canvas svg.has-selection g.edge:not(.near) { opacity: .15; }
#canvas g.node.selected ellipse, #canvas g.node.selected polygon { stroke: #000; stroke-width: 3; }
#details { width: 21rem; overflow: auto; padding: .75rem 1rem; border-left: 1px solid var(--line); }
#details h2 { font-size: 1.1rem; margin: 0 0 .2rem; word-break: keep-all; overflow-wrap: anywhere; }
#details dl { display: grid; grid-template-columns: auto 1fr; gap: .2rem .8rem; margin: .8rem 0; }
#details dt { color: var(--muted); }
#details dd { margin: 0; font-variant-numeric: tabular-nums; }
#details h3 { font-size: .95rem; margin: 1rem 0 .3rem; }
#neighbours { list-style: none; margin: 0; padding: 0; }
.note { font-size: .8rem; color: var(--muted); }
@media (max-width: 50rem) { main { flex-direction: column; } #details { width: auto; height: 40%; border-left: 0; border-top: 1px solid var(--line); } }

"""#
}
