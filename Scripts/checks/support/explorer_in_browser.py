"""Drives `sandan explore` pages in headless Chromium (the Debian package) with Playwright.

Usage: explorer_in_browser.py PAGE ANALYZE_CSV STATS_ALL_JSON STATS_2019_JSON
       HOSTILE_PAGE HOSTILE_STATS_JSON HOSTILE_STATS_2022_JSON [SCREENSHOT]

The expected numbers come from other sandan commands (`analyze --format csv`, `stats --format
json`, `stats --until 2019 --format json`), never from the page's own data. The pages are
opened from file:// with every other request aborted and counted as a failure; any console
message, page error or dialog fails the check.
"""
import csv
import json
import shutil
import sys
from xml.dom import minidom

from playwright.sync_api import sync_playwright

page_path, analyze_csv, stats_all_json, stats_2019_json, hostile_path, hostile_json, hostile_2022_json = sys.argv[1:8]
screenshot = sys.argv[8] if len(sys.argv) > 8 else None
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("explorer: FAIL " + message, file=sys.stderr)


with open(analyze_csv, encoding="utf-8") as f:
    measures = {row["id"]: row for row in csv.DictReader(f)}
with open("Graphs/complexes.csv", encoding="utf-8") as f:
    complexes = {row["id"]: row for row in csv.DictReader(f)}
with open(stats_all_json, encoding="utf-8") as f:
    stats_all = json.load(f)
with open(stats_2019_json, encoding="utf-8") as f:
    stats_2019 = json.load(f)
with open(hostile_json, encoding="utf-8") as f:
    hostile_stats = json.load(f)
with open(hostile_2022_json, encoding="utf-8") as f:
    hostile_2022 = json.load(f)


def open_page(browser, path):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
    messages, requests = [], []

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            requests.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: messages.append(f"console {m.type}: {m.text}"))
    page.on("pageerror", lambda e: messages.append(f"page error: {e}"))
    page.on("dialog", lambda d: (messages.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto("file://" + path)
    page.wait_for_load_state("load")
    return context, page, messages, requests


def view_box(page):
    """The view once it has settled (while moving the page scales the picture by CSS; 150 ms
    after the last move the viewBox takes the view and the transform is dropped)."""
    page.wait_for_timeout(250)
    check(page.eval_on_selector("#canvas svg", "s => s.style.transform") == "", "the view has not settled 250 ms after a move")
    return [float(x) for x in page.get_attribute("#canvas svg", "viewBox").split()]


def shown_edges(page, selector="#canvas g.edge[data-edge]"):
    return page.eval_on_selector_all(selector, "els => els.filter(e => getComputedStyle(e).display !== 'none').length")


with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])

    # ---- the bundled network ----
    context, page, messages, requests = open_page(browser, page_path)
    total = stats_all["edges"]
    check(page.text_content("#edge-count") == str(total), f"#edge-count {page.text_content('#edge-count')} at first, want {total}")
    check(page.locator("#canvas g.node[data-id]").count() == stats_all["nodes"], "not one g.node[data-id] per node")

    # Search: Korean initials, then choosing centres and selects.
    page.fill("#search", "ㄱㅁ")
    ids = page.eval_on_selector_all("#results button", "bs => bs.map(b => b.dataset.id)")
    check("gumi" in ids, f"search ㄱㅁ gives {ids}, not gumi")
    page.fill("#search", "구ㅁ")
    check("gumi" in page.eval_on_selector_all("#results button", "bs => bs.map(b => b.dataset.id)"), "search 구ㅁ misses gumi")
    page.fill("#search", "Gumi National")
    check(page.eval_on_selector_all("#results button", "bs => bs.map(b => b.dataset.id)")[:1] == ["gumi"], "search 'Gumi National' misses gumi")
    page.press("#search", "Enter")
    check(page.get_attribute("#details", "data-id") == "gumi", "Enter on the search does not select gumi")
    box = page.locator('#canvas g.node[data-id="gumi"]').bounding_box()
    canvas = page.locator("#canvas").bounding_box()
    centre = (canvas["x"] + canvas["width"] / 2, canvas["y"] + canvas["height"] / 2)
    node_centre = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    check(abs(node_centre[0] - centre[0]) < 5 and abs(node_centre[1] - centre[1]) < 5,
          f"the chosen node is at {node_centre}, not the canvas centre {centre}")

    # Click nodes: the measures of sandan analyze.
    page.keyboard.press("Escape")
    page.click("#fit")
    for node in ["seongseo", "gunsan", "namdong", "gumi"]:
        page.click(f'#canvas g.node[data-id="{node}"] ellipse')
        check(page.get_attribute("#details", "data-id") == node, f"clicking {node} selects {page.get_attribute('#details', 'data-id')}")
        degree = page.text_content('#details [data-metric="degree"]')
        check(degree == measures[node]["degree"], f"{node}: degree {degree}, analyze says {measures[node]['degree']}")
        betweenness = float(page.get_attribute('#details [data-metric="betweenness"]', "data-value"))
        want = float(measures[node]["betweenness"])
        check(abs(betweenness - want) <= 1e-12 * max(1, abs(want)), f"{node}: betweenness {betweenness}, analyze says {want}")
        pagerank = float(page.get_attribute('#details [data-metric="pagerank"]', "data-value"))
        check(abs(pagerank - float(measures[node]["pagerank"])) <= 1e-12, f"{node}: pagerank {pagerank}, analyze says {measures[node]['pagerank']}")
        row = complexes[node]
        for element, value in [("#details-region", row["region"]), ("#details-macro", row["macro_region"]), ("#details-anchor", row["anchor_since"] or "–")]:
            check(page.text_content(element) == value, f"{node}: {element} shows {page.text_content(element)!r}, complexes.csv says {value!r}")
        near = page.locator("#canvas g.node.near").count()
        check(near >= 1, f"{node}: no neighbour highlighted")
    dimmed = page.eval_on_selector_all("#canvas g.node:not(.near):not(.selected)", "els => els.map(e => getComputedStyle(e).opacity)")
    check(dimmed and all(float(o) < 0.5 for o in dimmed), "the other nodes are not dimmed")
    page.mouse.click(canvas["x"] + 3, canvas["y"] + canvas["height"] - 3)
    check(page.get_attribute("#details", "data-id") == "", "clicking the background does not clear the selection")

    # The year slider: the edges of --until 2019.
    page.fill("#year", "2019")
    want = stats_2019["edges"]
    check(page.text_content("#edge-count") == str(want), f"#edge-count {page.text_content('#edge-count')} at 2019, stats --until 2019 says {want}")
    check(shown_edges(page) == want, f"{shown_edges(page)} edges drawn at 2019, want {want}")
    page.fill("#year", page.get_attribute("#year", "max"))
    check(page.text_content("#edge-count") == str(total), "the slider's last position does not show every edge")
    # Play: from the first year, a year at a time, stopped by a second click.
    page.click("#play")
    first = page.get_attribute("#year", "min")
    check(page.eval_on_selector("#year", "e => e.value") == first, "play does not start at the first year")
    page.wait_for_timeout(1600)
    check(int(page.eval_on_selector("#year", "e => e.value")) >= int(first) + 2, "play does not step through the years")
    page.click("#play")
    stopped = page.eval_on_selector("#year", "e => e.value")
    page.wait_for_timeout(900)
    check(page.eval_on_selector("#year", "e => e.value") == stopped, "a second click does not stop play")
    page.fill("#year", page.get_attribute("#year", "max"))

    # A kind unticked: its edges are gone.
    kind, count = max(stats_all["kinds"].items(), key=lambda kv: kv[1])
    page.uncheck(f'input[name="kind"][value="{kind}"]')
    check(shown_edges(page, f'#canvas g.edge[data-kind="{kind}"]') == 0, f"{kind} edges still drawn after unticking it")
    check(page.text_content("#edge-count") == str(total - count), f"#edge-count {page.text_content('#edge-count')} without {kind}, want {total - count}")
    page.check(f'input[name="kind"][value="{kind}"]')
    check(page.text_content("#edge-count") == str(total), "ticking the kind again does not bring its edges back")

    # Pan and zoom: keyboard, wheel, drag, fit.
    page.focus("#canvas")
    start = view_box(page)
    page.keyboard.press("+")
    zoomed = view_box(page)
    check(zoomed[2] < start[2] * 0.9, f"+ does not zoom in: {start} -> {zoomed}")
    page.keyboard.press("ArrowRight")
    check(view_box(page)[0] > zoomed[0], "ArrowRight does not pan")
    page.keyboard.press("-")
    page.keyboard.press("-")
    check(view_box(page)[2] > zoomed[2], "- does not zoom out")
    page.keyboard.press("0")
    check(view_box(page) == start, "0 does not fit")
    page.mouse.move(*centre)
    page.mouse.wheel(0, -300)
    page.wait_for_timeout(100)
    check(view_box(page)[2] < start[2], "the wheel does not zoom")
    before = view_box(page)
    page.mouse.move(centre[0] + 200, centre[1] + 150)
    page.mouse.down()
    page.mouse.move(centre[0] + 100, centre[1] + 100, steps=5)
    page.mouse.up()
    after = view_box(page)
    check(after[0] > before[0] and after[1] > before[1], f"dragging does not pan: {before} -> {after}")
    page.click("#fit")
    check(view_box(page) == start, "the fit button does not fit")

    # The wheel zooms about the pointer: the node under it stays there, while the picture is
    # only scaled by CSS (at once) and once the viewBox has taken the view (after settling).
    def node_centre_of(node):
        b = page.locator(f'#canvas g.node[data-id="{node}"] ellipse').bounding_box()
        return (b["x"] + b["width"] / 2, b["y"] + b["height"] / 2)

    under = node_centre_of("gunsan")
    page.mouse.move(*under)
    page.mouse.wheel(0, -300)
    page.wait_for_timeout(30)
    moving = node_centre_of("gunsan")
    check(page.eval_on_selector("#canvas svg", "s => s.style.transform").startswith("translate("), "no CSS transform while zooming")
    view_box(page)
    settled = node_centre_of("gunsan")
    for when, at in (("while zooming", moving), ("after settling", settled)):
        check(abs(at[0] - under[0]) < 3 and abs(at[1] - under[1]) < 3, f"the node under the pointer moved {when}: {under} -> {at}")
    page.click("#fit")

    # Pinch: two touch points moving apart zoom in (touch events through the DevTools protocol).
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 2})

    def touch(kind, spread_px):
        points = [{"x": centre[0] - spread_px, "y": centre[1], "id": 1}, {"x": centre[0] + spread_px, "y": centre[1], "id": 2}]
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": [] if kind == "touchEnd" else points})

    touch("touchStart", 40)
    for spread_px in (60, 80, 100, 120):
        touch("touchMove", spread_px)
    touch("touchEnd", 120)
    pinched = view_box(page)
    check(pinched[2] < start[2] * 0.5, f"pinching apart does not zoom in: {start} -> {pinched}")
    page.click("#fit")

    # Export: the view as an SVG file that parses, without the edges of an unticked kind.
    page.uncheck(f'input[name="kind"][value="{kind}"]')
    page.click('#canvas g.node[data-id="seongseo"] ellipse')
    with page.expect_download() as download:
        page.click("#export-svg")
    exported = minidom.parse(str(download.value.path()))
    groups = exported.getElementsByTagName("g")
    check(exported.documentElement.tagName == "svg", "the export is not an SVG document")
    check(sum(1 for g in groups if g.getAttribute("data-id")) == stats_all["nodes"], "the export lacks nodes")
    check(sum(1 for g in groups if g.getAttribute("data-edge")) == total - count, "the export holds edges of the unticked kind")
    check(any(g.getAttribute("opacity") == "0.15" for g in groups), "the export does not dim what the page dims")
    page.check(f'input[name="kind"][value="{kind}"]')

    if screenshot:
        page.fill("#search", "성서")
        page.press("#search", "Enter")
        page.focus("#canvas")
        page.keyboard.press("+")
        page.keyboard.press("+")
        page.evaluate("document.activeElement.blur()")
        view_box(page)
        page.screenshot(path=screenshot)
    check(not requests, f"the page asked for {requests}")
    check(not messages, f"console: {messages}")
    context.close()

    # ---- a hostile dataset: names shown as text ----
    context, page, messages, requests = open_page(browser, hostile_path)
    check(page.locator("img, iframe, object, embed").count() == 0, "a hostile name became an element")
    check(page.locator("script").count() == 2, "a hostile name added a script element")
    page.fill("#search", "img")
    texts = page.eval_on_selector_all("#results button", "bs => bs.map(b => b.textContent)")
    check(any("<img src=x onerror=alert(2)>" in t for t in texts), f"the hostile name is not shown as text: {texts}")
    page.click('#canvas g.node[data-id="a"] ellipse')
    check(page.text_content("#details-name") == "</script><script>alert(1)</script>", f"details show {page.text_content('#details-name')!r}")
    check(page.locator('input[name="kind"][value="</title><script>alert(8)</script>"]').count() == 1, "the hostile kind has no box")
    # An edge without a year: shown only at the slider's last position, past the last year.
    check(page.get_attribute("#year", "max") == "2023", f"the slider ends at {page.get_attribute('#year', 'max')}, not 2023")
    check(page.text_content("#edge-count") == str(hostile_stats["edges"]), "the hostile page does not show every edge at first")
    page.fill("#year", "2022")
    check(page.text_content("#edge-count") == str(hostile_2022["edges"]),
          f"#edge-count {page.text_content('#edge-count')} at 2022, stats --until 2022 says {hostile_2022['edges']}")
    check(page.text_content("#edge-count") != str(hostile_stats["edges"]), "the edge without a year is shown at 2022")
    check(not requests, f"the hostile page asked for {requests}")
    check(not messages, f"console on the hostile page: {messages}")
    context.close()
    browser.close()

if failures:
    sys.exit(1)
print("explorer: the page searches, selects, filters, zooms and pans as its contract says")
