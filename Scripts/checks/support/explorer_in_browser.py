"""Drives `sandan explore` pages in headless Chromium (the Debian package) with Playwright.

Usage: explorer_in_browser.py FOLDER [SCREENSHOT]

FOLDER holds what Scripts/checks/explorer.sh wrote: network.html (the bundled network's page),
report.html (its HTML report, whose network section is the explorer), analyze.csv,
stats.json, stats-2019.json, hostile.html, hostile-stats.json, hostile-stats-2022.json.
SCREENSHOT, when given, is where the screenshot with a node selected goes; the map view's goes
beside it (NAME-map.png).

The expected numbers come from other sandan commands (`analyze --format csv`, `stats --format
json`, `stats --until 2019 --format json`) and from the dataset's CSV tables, never from the
page's own data. The pages are opened from file:// with every other request aborted and counted
as a failure; any console message, page error or dialog fails the check.
"""
import csv
import json
import os
import shutil
import sys
from xml.dom import minidom

from PIL import Image
from playwright.sync_api import sync_playwright

folder = sys.argv[1]


def at(name):
    return os.path.join(folder, name)


page_path, report_path, hostile_path = at("network.html"), at("report.html"), at("hostile.html")
analyze_csv, stats_all_json, stats_2019_json = at("analyze.csv"), at("stats.json"), at("stats-2019.json")
hostile_json, hostile_2022_json = at("hostile-stats.json"), at("hostile-stats-2022.json")
screenshot = sys.argv[2] if len(sys.argv) > 2 else None
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
# The loaded graph's edges, from the dataset's table: those of the kinds `stats` counts.
with open("Graphs/linkages.csv", encoding="utf-8") as f:
    linkages = [row for row in csv.DictReader(f) if row["kind"] in stats_all["kinds"]]
check(len(linkages) == stats_all["edges"], f"linkages.csv has {len(linkages)} edges of the loaded kinds, stats says {stats_all['edges']}")
ROLES = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "brokerage"]


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


def labels(page):
    """The labels shown: [id, left, top, right, bottom] on screen."""
    return page.eval_on_selector_all("#canvas .labels text", """ts => ts.filter(t => getComputedStyle(t).display !== 'none')
        .map(t => { const r = t.getBoundingClientRect(); return [t.dataset.id, r.left, r.top, r.right, r.bottom]; })""")


def check_labels(page, when):
    """No two labels shown overlap (by more than half a pixel), and all lie inside the picture."""
    shown = labels(page)
    frame = page.locator("#canvas").bounding_box()
    for i, a in enumerate(shown):
        check(a[1] >= frame["x"] - 0.5 and a[3] <= frame["x"] + frame["width"] + 0.5 and a[2] >= frame["y"] - 0.5
              and a[4] <= frame["y"] + frame["height"] + 0.5, f"{when}: the label of {a[0]} leaves the picture: {a[1:]}")
        for b in shown[i + 1:]:
            if min(a[3], b[3]) - max(a[1], b[1]) > 0.5 and min(a[4], b[4]) - max(a[2], b[2]) > 0.5:
                check(False, f"{when}: the labels of {a[0]} and {b[0]} overlap: {a[1:]} {b[1:]}")
    return shown


def centres(page):
    """Each node's centre on screen, by id."""
    return dict(page.eval_on_selector_all("#canvas g.node[data-id]", """gs => gs.map(g => {
        const r = g.querySelector('ellipse').getBoundingClientRect(); return [g.dataset.id, [r.x + r.width / 2, r.y + r.height / 2]]; })"""))


def ellipses(page):
    """Each node's fill and radius as drawn, by id."""
    return dict(page.eval_on_selector_all("#canvas g.node[data-id]", """gs => gs.map(g => {
        const e = g.querySelector('ellipse'); return [g.dataset.id, [e.getAttribute('fill'), +e.getAttribute('rx')]]; })"""))


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
        for role in ROLES:
            shown = page.text_content(f'#details [data-metric="{role}"]')
            check(shown == measures[node][role], f"{node}: {role} {shown}, analyze says {measures[node][role]}")
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

    # Labels: at the fitted view some of the largest, never overlapping; more as one zooms in.
    page.click("#fit")
    page.evaluate("document.activeElement.blur()")
    view_box(page)
    wide = check_labels(page, "fitted")
    top = max(measures, key=lambda v: float(measures[v]["betweenness"]))
    check(0 < len(wide) < stats_all["nodes"], f"{len(wide)} labels at the fitted view of {stats_all['nodes']} nodes")
    check(top in [x[0] for x in wide], f"the node of largest betweenness, {top}, is not labelled at the fitted view")
    page.focus("#canvas")
    for _ in range(3):
        page.keyboard.press("+")
    view_box(page)
    close = check_labels(page, "zoomed in")
    check(len(close) > len(wide), f"zooming in does not label more nodes: {len(wide)} -> {len(close)}")
    page.click("#fit")
    view_box(page)

    # Colour and size switches: attributes change, positions do not (no new layout).
    before = centres(page)
    page.select_option("#color-by", "community")
    page.select_option("#size-by", "degree")
    view_box(page)
    drawn = ellipses(page)
    after = centres(page)
    check(all(abs(after[v][0] - before[v][0]) < 0.5 and abs(after[v][1] - before[v][1]) < 0.5 for v in before),
          "switching colour or size moved the nodes")
    communities = {}
    for v, row in measures.items():
        communities.setdefault(row["community"], set()).add(drawn[v][0])
    check(all(len(fills) == 1 for fills in communities.values()), "a community of sandan analyze has nodes of two colours")
    check(len({fill for fill, _ in drawn.values()}) >= min(len(communities), 17), "communities do not get their own colours")
    degree = {v: int(row["degree"]) for v, row in measures.items()}
    wrong = [(u, v) for u in degree for v in degree if degree[u] > degree[v] and not drawn[u][1] > drawn[v][1]]
    check(not wrong, f"sized by degree, a node of larger degree is not larger: {wrong[:3]}")
    check(page.locator("#legend li").count() >= min(len(communities), 17), "the legend does not list the communities")
    check_labels(page, "sized by degree")
    page.select_option("#color-by", "region")
    page.select_option("#size-by", "betweenness")

    # The map: nodes at their coordinates over the 시·도 outlines, edges straight; and back.
    page.click("#view-map")
    view_box(page)
    mapped = centres(page)
    places = {v: (float(complexes[v]["lat"]), float(complexes[v]["lon"])) for v in mapped if complexes.get(v, {}).get("lat")}
    check(len(places) > 0.8 * len(mapped), f"only {len(places)} of {len(mapped)} nodes have coordinates in complexes.csv")
    misplaced = [(u, v) for u in places for v in places
                 if (places[u][1] - places[v][1] > 0.5 and not mapped[u][0] > mapped[v][0])
                 or (places[u][0] - places[v][0] > 0.5 and not mapped[u][1] < mapped[v][1])]
    check(not misplaced, f"the map does not follow the coordinates: {misplaced[:3]}")
    check(page.eval_on_selector_all("#canvas g.outlines path.outline", "ps => ps.filter(p => p.getBoundingClientRect().width > 0).length") >= 17,
          "the map does not show the 17 시·도 outlines")
    check(page.eval_on_selector_all("#canvas g.edge path", "ps => ps.every(p => !p.getAttribute('d').includes('C'))"), "map edges are not straight")
    check_labels(page, "map")
    check(page.is_visible("#map-note"), "the map's attribution is not shown")
    if screenshot:
        page.click('#canvas g.node[data-id="gunsan"] ellipse')
        page.screenshot(path=screenshot.replace(".png", "-map.png"))
        frame = page.locator("#canvas").bounding_box()
        page.mouse.click(frame["x"] + 3, frame["y"] + frame["height"] - 3)
    page.click("#view-map")
    view_box(page)
    back = centres(page)
    check(all(abs(back[v][0] - before[v][0]) < 0.5 and abs(back[v][1] - before[v][1]) < 0.5 for v in before), "leaving the map does not restore the layout")
    check(not page.is_visible("#canvas g.outlines"), "the outlines stay after leaving the map")

    # Province filter: the province's nodes and their edges go; the count is the table's.
    region = "경북"
    page.click("details.regions summary")
    page.uncheck(f'input[name="region"][value="{region}"]')
    inside = {v for v, row in measures.items() if row["region"] == region}
    want = sum(1 for e in linkages if e["source"] not in inside and e["target"] not in inside)
    check(page.text_content("#edge-count") == str(want), f"#edge-count {page.text_content('#edge-count')} without {region}, linkages.csv says {want}")
    check(shown_edges(page) == want, f"{shown_edges(page)} edges drawn without {region}, want {want}")
    hidden = page.eval_on_selector_all("#canvas g.node[data-id]", "gs => gs.filter(g => getComputedStyle(g).display === 'none').map(g => g.dataset.id)")
    check(set(hidden) == inside, f"without {region} the hidden nodes are {sorted(hidden)}, not {sorted(inside)}")
    check(not {x[0] for x in labels(page)} & inside, "a hidden node keeps its label")
    page.check(f'input[name="region"][value="{region}"]')
    page.click("details.regions summary")
    check(page.text_content("#edge-count") == str(total), "ticking the province again does not bring its edges back")

    # Programme filter: only its edges.
    programme = "overhaul-2020"
    page.select_option("#programme", programme)
    want = sum(1 for e in linkages if e["programme"] == programme)
    check(page.text_content("#edge-count") == str(want), f"#edge-count {page.text_content('#edge-count')} for {programme}, linkages.csv says {want}")
    page.select_option("#programme", "")
    check(page.text_content("#edge-count") == str(total), "all programmes again do not bring every edge back")

    # PNG export: twice the picture's pixels, not blank.
    with page.expect_download() as download:
        page.click("#export-png")
    png = Image.open(str(download.value.path()))
    size = page.eval_on_selector("#canvas svg", "s => [s.clientWidth * 2, s.clientHeight * 2]")
    check(png.format == "PNG" and list(png.size) == size, f"the PNG export is {png.format} {png.size}, want PNG {size}")
    check(len(png.convert("RGB").getcolors(1 << 20) or []) > 8, "the PNG export is nearly blank")

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
    check('"><img src=x onerror=alert(2)>' in page.eval_on_selector_all('input[name="region"]', "bs => bs.map(b => b.value)"),
          "the hostile province has no box")
    check("<svg onload=alert(6)>" in page.eval_on_selector_all("#programme option", "os => os.map(o => o.textContent)"), "the hostile programme is not an option")
    check(any('"><img src=x onerror=alert(2)>' in t for t in page.eval_on_selector_all("#legend li", "ls => ls.map(l => l.textContent)")),
          "the hostile province is not in the legend as text")
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

    # ---- the report: the explorer in its network section, the diagram with scripts off ----
    context, page, messages, requests = open_page(browser, report_path)
    check(page.is_visible("#explorer"), "the report does not show its explorer")
    check(not page.is_visible("figure.explorer-fallback"), "the report shows its static diagram beside the explorer")
    check(page.locator("#canvas g.node[data-id]").count() == stats_all["nodes"], "the report's explorer lacks nodes")
    page.fill("#search", "ㄱㅁ")
    page.press("#search", "Enter")
    check(page.get_attribute("#details", "data-id") == "gumi", "the report's search does not select gumi")
    check(page.text_content('#details [data-metric="degree"]') == measures["gumi"]["degree"], "the report's explorer shows another degree")
    page.fill("#year", "2019")
    check(page.text_content("#edge-count") == str(stats_2019["edges"]), "the report's year slider disagrees with stats --until 2019")
    check_labels(page, "report")
    page.evaluate("document.activeElement.blur()")
    scroll = page.evaluate("window.scrollY")
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(200)
    check(page.evaluate("window.scrollY") > scroll, "arrow keys do not scroll the report (the explorer took them)")
    # A narrower window: the picture is measured again and the labels placed for its new size.
    page.set_viewport_size({"width": 900, "height": 700})
    page.wait_for_timeout(400)
    check_labels(page, "report in a narrower window")
    # In print the explorer gives way to the static diagram.
    page.emulate_media(media="print")
    check(not page.is_visible("#explorer") and page.is_visible("figure.explorer-fallback"),
          "in print the report does not show its static diagram instead of the explorer")
    page.emulate_media(media="screen")
    check(not requests, f"the report asked for {requests}")
    check(not messages, f"console on the report: {messages}")
    context.close()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto("file://" + report_path)
    check(not page.is_visible("#explorer") and page.is_visible("figure.explorer-fallback"),
          "with scripts off the report does not show its static diagram instead of the explorer")
    context.close()
    browser.close()

if failures:
    sys.exit(1)
print("explorer: the page and the report's explorer search, select, filter, switch, map, label, zoom, pan and export as the contract says")
