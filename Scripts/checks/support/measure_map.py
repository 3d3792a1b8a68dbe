"""A map drawn for a canvas (sandan render --geo --canvas ...), read from its SVG: every 시·도 of
    Graphs/boundaries/sido.geojson is outlined (class `boundary sido sido_<code>`), and the scale
    bar is true: its length in pt, over the pt between the two nodes farthest apart that have a
    place of their own, times their great-circle distance (haversine, mean Earth radius) gives the
    km its label states, within 2 %. Usage: measure_map.py FILE.svg (run from the repo root)."""
import csv, json, math, re, sys
import xml.etree.ElementTree as ET
NS = "{http://www.w3.org/2000/svg}"
svg = ET.parse(sys.argv[1]).getroot()
classes = [g.get("class", "") for g in svg.iter(f"{NS}g")]
outlined = {m.group(1) for c in classes for m in [re.search(r"\bboundary sido sido_(\w+)", c)] if m}
provinces = {str(f["properties"]["code"]) for f in json.load(open("Graphs/boundaries/sido.geojson"))["features"]}
assert outlined == provinces, f"outlines of {sorted(outlined)}, not of every 시·도 {sorted(provinces)}"
# The scale bar: its path's length in pt, and its label.
bar = next(g for g in svg.iter(f"{NS}g") if g.get("class") == "edge scalebar")
xs = [float(v) for v in re.findall(r"(-?[\d.]+),-?[\d.]+", bar.find(f"{NS}path").get("d"))]
bar_pt = max(xs) - min(xs)
label = next(g for g in svg.iter(f"{NS}g") if g.get("class") == "node scalebar")
km = float("".join(label.find(f"{NS}text").itertext()).split()[0])
# Nodes with a place of their own (not spread on a ring around a shared one): centres in pt.
rows = {r["id"]: r for r in csv.DictReader(open("Graphs/complexes.csv"))}
centre = {}
for g in svg.iter(f"{NS}g"):
    if g.get("class") == "node" and g.find(f"{NS}ellipse") is not None:
        m = re.search(r"\(([^()]+)\)$", "".join(g.find(f"{NS}title").itertext()))
        if m and m.group(1) in rows and rows[m.group(1)]["lat"]:
            e = g.find(f"{NS}ellipse")
            centre[m.group(1)] = (float(e.get("cx")), float(e.get("cy")))
place = {}
for i in centre:
    place.setdefault((rows[i]["lat"], rows[i]["lon"]), []).append(i)
alone = sorted(ids[0] for ids in place.values() if len(ids) == 1)
def haversine(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (float(rows[a]["lat"]), float(rows[a]["lon"]), float(rows[b]["lat"]), float(rows[b]["lon"])))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))
a, b = max(((a, b) for a in alone for b in alone if a < b), key=lambda p: haversine(*p))
pt = math.dist(centre[a], centre[b])
implied = bar_pt / pt * haversine(a, b)
print(f"{sys.argv[1].split('/')[-1]}: {len(outlined)} 시·도 outlined; scale bar {bar_pt:.1f} pt labelled {km:g} km, "
      f"implied by {a}–{b} ({haversine(a, b):.0f} km, {pt:.1f} pt): {implied:.1f} km")
assert abs(implied - km) <= 0.02 * km, (implied, km)
