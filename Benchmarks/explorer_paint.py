"""Times `sandan explore` pages in headless Chromium: first paint and pan/zoom frame rate.

Usage (from the repository root, after `swift build -c release`):
    python3 Benchmarks/explorer_paint.py [--binary .build/release/sandan] [--nodes 5000 --edges 15000] [--keep FILE]
    python3 Benchmarks/explorer_paint.py --page FILE     # times a page written before (--keep)

Writes a G(n, m) random graph (NetworkX, seed 1) as an edge list, writes its explorer page,
opens it from file:// in the system Chromium through Playwright and reports:
- the page's size;
- first paint and first contentful paint (`performance.getEntriesByType("paint")`), and the
  load event, in ms after navigation start;
- frames per second over 3 s of zooming in and out by synthetic wheel events, one per
  animation frame (`requestAnimationFrame`), and the same for panning by arrow keys;
- how long the size switch (to degree, which also places the labels again) and the colour
  switch (to community) take, as the time their `change` handlers run (`performance.now()`).
Never part of CI; the figures go into Benchmarks/EXPLORER.md by hand.
"""
import argparse
import os
import shutil
import subprocess
import tempfile
import time

import networkx as nx
from playwright.sync_api import sync_playwright

parser = argparse.ArgumentParser()
parser.add_argument("--binary", default=".build/release/sandan")
parser.add_argument("--nodes", type=int, default=5000)
parser.add_argument("--edges", type=int, default=15000)
parser.add_argument("--keep", help="copy the page written to this file")
parser.add_argument("--page", help="time this page instead of writing one")
args = parser.parse_args()

folder = tempfile.mkdtemp()
written = float("nan")
if args.page:
    page_path = os.path.abspath(args.page)
else:
    edges = os.path.join(folder, "g.edges")
    page_path = os.path.join(folder, "g.html")
    nx.write_edgelist(nx.gnm_random_graph(args.nodes, args.edges, seed=1), edges, data=False)
    start = time.perf_counter()
    subprocess.run([args.binary, "explore", edges, "-o", page_path, "--timeout", "600"], check=True)
    written = time.perf_counter() - start
    if args.keep:
        shutil.copyfile(page_path, args.keep)

FRAMES = """mode => new Promise(done => {
  const canvas = document.getElementById("canvas"), box = canvas.getBoundingClientRect();
  let frames = 0; const t0 = performance.now();
  function step() {
    frames++;
    if (mode === "zoom") {
      canvas.dispatchEvent(new WheelEvent("wheel", { deltaY: frames % 20 < 10 ? -100 : 100, bubbles: true, cancelable: true,
        clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 }));
    } else {
      document.dispatchEvent(new KeyboardEvent("keydown", { key: frames % 20 < 10 ? "ArrowRight" : "ArrowLeft", bubbles: true }));
    }
    if (performance.now() - t0 < 3000) requestAnimationFrame(step); else done(frames * 1000 / (performance.now() - t0));
  }
  requestAnimationFrame(step);
})"""

with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto("file://" + page_path)
    page.wait_for_load_state("load")
    page.wait_for_timeout(500)
    paints = page.evaluate("() => Object.fromEntries(performance.getEntriesByType('paint').map(e => [e.name, e.startTime]))")
    load = page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd")
    zoom = page.evaluate(FRAMES, "zoom")
    pan = page.evaluate(FRAMES, "pan")
    page.wait_for_timeout(500)
    switch = """([id, value]) => { const s = document.getElementById(id), t0 = performance.now();
      if (!s) return NaN;
      s.value = value; s.dispatchEvent(new Event("change")); return performance.now() - t0; }"""
    size = page.evaluate(switch, ["size-by", "degree"])
    color = page.evaluate(switch, ["color-by", "community"])
    browser.close()

print(f"page {os.path.basename(page_path) if args.page else f'of {args.nodes} nodes, {args.edges} edges'}: "
      f"{os.path.getsize(page_path) / 1e6:.1f} MB written in {written:.1f} s")
print(f"first paint {paints.get('first-paint', float('nan')):.0f} ms, first contentful paint "
      f"{paints.get('first-contentful-paint', float('nan')):.0f} ms, load {load:.0f} ms")
print(f"zoom {zoom:.1f} frames/s, pan {pan:.1f} frames/s")
print(f"size switch {size:.0f} ms, colour switch {color:.0f} ms")
shutil.rmtree(folder)
