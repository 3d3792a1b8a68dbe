"""Measures a canvas drawing from its SVG, independently of the Swift code that made it.

Usage: measure_drawing.py FILE.svg [--expect-width-pt W --expect-height-pt H]
Prints one JSON object:
  width_pt, height_pt           the SVG's physical size (its width/height attributes, in pt)
  min_label_pt, min_legend_pt   smallest node-label and legend text at that size
  labels                        how many node labels are drawn
  label_label, label_node       overlapping label pairs; labels meeting a node other than their own
  leaders, leader_clashes       leader lines (to labels away from their node); those crossing
                                another label or another node (the square inside its disc)
  clusters, label_cluster       cluster boxes; node labels entering a cluster box other than
                                the one holding their node
  edge_label                    (edge, label) pairs where the edge passes through the label
  legend_clashes                labels, nodes or edges inside the legend's box
  outside                       labels, nodes or legend boxes that leave the canvas
  legend_share, legend_at       the legend's share of the canvas's area, and its box in
                                fractions of the canvas (left, top, right, bottom)
  nodes_at                      the box of the node discs, in the same fractions
  node_colours                  the distinct fill colours of the nodes
  min_delta_e                   smallest CIEDE2000 distance between two node colours

How: the SVG's Graphviz groups (class `node`, `node label of-nK`, `node legend`, `edge`);
text boxes measured with the font itself (Pillow's FreeType: advance width, ascent and
descent of NanumGothic at the text's size), node discs from their ellipses, edges from their
Bézier paths sampled at 24 points per segment, arrowheads from their polygons. Boxes are
shrunk by 0.3 pt before testing so that touching is not overlapping.
"""
import json, math, re, subprocess, sys, os
import xml.etree.ElementTree as ET
sys.path.insert(0, os.path.dirname(__file__))
from ciede2000 import minimum_distance
from PIL import ImageFont

NS = "{http://www.w3.org/2000/svg}"
FONT_CACHE = {}

def font(bold, size):
    key = (bold, round(size * 100))
    if key not in FONT_CACHE:
        name = "NanumGothic:bold" if bold else "NanumGothic"
        path = subprocess.run(["fc-match", "-f", "%{file}", name], capture_output=True, text=True, check=True).stdout
        # Measure at 100x the size and scale down: FreeType sizes are whole pixels.
        FONT_CACHE[key] = (ImageFont.truetype(path, int(size * 100)), size / int(size * 100))
    return FONT_CACHE[key]

def text_box(el, scale):
    size = float(el.get("font-size", "14"))
    bold = el.get("font-weight") == "bold"
    f, k = font(bold, size)
    text = "".join(el.itertext())
    width = f.getlength(text) * k
    ascent, descent = (v * k for v in f.getmetrics())
    x, y = float(el.get("x")), float(el.get("y"))
    anchor = el.get("text-anchor", "start")
    x0 = x - width / 2 if anchor == "middle" else (x - width if anchor == "end" else x)
    return [x0, y - ascent, x0 + width, y + descent], size * scale

def union(boxes):
    return [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)]

def shrink(b, d=0.3):
    return [b[0] + d, b[1] + d, b[2] - d, b[3] - d]

def boxes_meet(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]

def disc_meets(box, cx, cy, r):
    dx = cx - min(max(cx, box[0]), box[2])
    dy = cy - min(max(cy, box[1]), box[3])
    return dx * dx + dy * dy < r * r

def segment_meets(box, p, q):
    t0, t1 = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for pp, qq in ((-dx, p[0] - box[0]), (dx, box[2] - p[0]), (-dy, p[1] - box[1]), (dy, box[3] - p[1])):
        if pp == 0:
            if qq < 0:
                return False
        else:
            t = qq / pp
            if pp < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 > t1:
                return False
    return True

def path_points(d):
    nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", d)]
    pts = list(zip(nums[0::2], nums[1::2]))
    out = [pts[0]]
    for i in range(1, len(pts) - 2, 3):
        p0, p1, p2, p3 = out[-1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(1, 25):
            t = s / 24
            u = 1 - t
            out.append((u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
                        u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1]))
    return out

def polygon_points(el):
    nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", el.get("points"))]
    pts = list(zip(nums[0::2], nums[1::2]))
    return pts + pts[:1]

def measure(path):
    root = ET.parse(path).getroot()
    width_pt = float(root.get("width").removesuffix("pt"))
    height_pt = float(root.get("height").removesuffix("pt"))
    graph = root.find(f"{NS}g")
    m = re.search(r"scale\(([\d.]+)", graph.get("transform", ""))
    scale = float(m.group(1)) if m else 1.0
    vb = [float(v) for v in root.get("viewBox").split()]
    scale *= width_pt / vb[2]
    t = re.search(r"translate\((-?[\d.]+)[ ,](-?[\d.]+)\)", graph.get("transform", ""))
    tx, ty = (float(t.group(1)), float(t.group(2))) if t else (0.0, 0.0)
    canvas = [-tx, -ty, width_pt / scale - tx, height_pt / scale - ty]

    labels, nodes, edges, legend_boxes, legend_sizes, label_sizes, fills = [], [], [], [], [], [], []
    leaders = []  # (the node whose label it leads to, its points)
    clusters = []  # cluster boxes
    node_titles = []
    for g in graph.iter(f"{NS}g"):
        cls = g.get("class", "")
        if cls == "cluster" or cls.startswith("cluster "):
            for p in list(g.iter(f"{NS}path")) + list(g.iter(f"{NS}polygon")):
                pts = path_points(p.get("d")) if p.tag == f"{NS}path" else polygon_points(p)
                clusters.append([min(q[0] for q in pts), min(q[1] for q in pts), max(q[0] for q in pts), max(q[1] for q in pts)])
        elif cls.startswith("node label"):
            m = re.search(r"of-n(\d+)", cls.replace("&#45;", "-"))
            owner = int(m.group(1)) if m else None  # an edge's or cluster's label (of-eK, of-cK) has no node of its own
            title = g.find(f"{NS}title")
            boxes = []
            for el in g.iter(f"{NS}text"):
                b, pt = text_box(el, scale)
                boxes.append(b)
                label_sizes.append(pt)
            if boxes:
                labels.append((owner, union(boxes), "".join(title.itertext()) if title is not None else ""))
        elif cls == "node legend":
            boxes = []
            for el in g.iter(f"{NS}text"):
                if not "".join(el.itertext()).strip():
                    continue
                b, pt = text_box(el, scale)
                boxes.append(b)
                legend_sizes.append(pt)
            for el in g.iter(f"{NS}polygon"):
                if el.get("fill") not in (None, "none", "transparent"):
                    pts = polygon_points(el)
                    boxes.append([min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts)])
            if boxes:
                legend_boxes.append(union(boxes))
        elif cls == "node":
            title = g.find(f"{NS}title")
            e = g.find(f"{NS}ellipse")
            if e is None or title is None:
                continue
            nodes.append((float(e.get("cx")), float(e.get("cy")), float(e.get("rx")), e.get("fill")))
            node_titles.append("".join(title.itertext()))
            fills.append(e.get("fill").upper())
        elif cls.startswith("edge leader"):
            m = re.search(r"of-n(\d+)", cls.replace("&#45;", "-"))
            title = g.find(f"{NS}title")
            leaders.append((int(m.group(1)), [path_points(p.get("d")) for p in g.iter(f"{NS}path")],
                            "".join(title.itertext()).split(" – ")[-1] if title is not None else ""))
        elif cls == "edge":
            pts = []
            for p in g.iter(f"{NS}path"):
                pts.append(path_points(p.get("d")))
            for p in g.iter(f"{NS}polygon"):
                pts.append(polygon_points(p))
            edges.append(pts)

    # Graphviz writes the graph's own nodes first, in index order n0, n1, … unless they are in
    # clusters (then cluster by cluster): a label's or leader's node is the one with its title
    # (a label and its leader carry their node's title), else the one at its index.
    by_title = {t: k for k, t in enumerate(node_titles) if t and node_titles.count(t) == 1}
    labels = [(by_title.get(t, owner) if owner is not None else None, b) for owner, b, t in labels]
    leaders = [(by_title.get(t, owner), pieces) for owner, pieces, t in leaders]
    ll = sum(1 for i in range(len(labels)) for j in range(i + 1, len(labels))
             if boxes_meet(shrink(labels[i][1]), shrink(labels[j][1])))
    ln = sum(1 for owner, b in labels for k, (cx, cy, r, _) in enumerate(nodes)
             if k != owner and disc_meets(shrink(b), cx, cy, r))
    el = sum(1 for pieces in edges for owner, b in labels
             if any(segment_meets(shrink(b), p[i], p[i + 1]) for p in pieces for i in range(len(p) - 1)))
    # A leader line must miss every label but its own, and every node but its own.
    ll_leader = sum(1 for owner, pieces in leaders for o, b in labels
                    if o != owner and any(segment_meets(shrink(b), p[i], p[i + 1]) for p in pieces for i in range(len(p) - 1)))
    ln_leader = sum(1 for owner, pieces in leaders for k, (cx, cy, r, _) in enumerate(nodes)
                    if k != owner and any(segment_meets(shrink([cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7], 0), p[i], p[i + 1])
                                          for p in pieces for i in range(len(p) - 1)))
    # A node's label must stay out of every cluster box but its node's (the box holding its centre).
    lc = sum(1 for owner, b in labels if owner is not None for c in clusters
             if boxes_meet(shrink(b), c) and not (c[0] <= nodes[owner][0] <= c[2] and c[1] <= nodes[owner][1] <= c[3]))
    lg = 0
    for box in legend_boxes:
        lg += sum(1 for _, b in labels if boxes_meet(shrink(box), b))
        lg += sum(1 for cx, cy, r, _ in nodes if disc_meets(shrink(box), cx, cy, r))
        lg += sum(1 for pieces in edges if any(segment_meets(shrink(box), p[i], p[i + 1]) for p in pieces for i in range(len(p) - 1)))
    inside = lambda b: b[0] >= canvas[0] - 0.5 and b[1] >= canvas[1] - 0.5 and b[2] <= canvas[2] + 0.5 and b[3] <= canvas[3] + 0.5
    outside = sum(1 for _, b in labels if not inside(b)) + sum(1 for b in legend_boxes if not inside(b)) \
        + sum(1 for cx, cy, r, _ in nodes if not inside([cx - r, cy - r, cx + r, cy + r]))
    colours = sorted(set(fills))
    # Where the legend sits: its share of the canvas's area, and its box in canvas fractions
    # (x from the left, y from the top).
    cw, ch = canvas[2] - canvas[0], canvas[3] - canvas[1]
    legend_box = union(legend_boxes) if legend_boxes else None
    legend_share = round((legend_box[2] - legend_box[0]) * (legend_box[3] - legend_box[1]) / (cw * ch), 3) if legend_box else None
    legend_at = [round((legend_box[0] - canvas[0]) / cw, 3), round((legend_box[1] - canvas[1]) / ch, 3),
                 round((legend_box[2] - canvas[0]) / cw, 3), round((legend_box[3] - canvas[1]) / ch, 3)] if legend_box else None
    return {
        "file": os.path.basename(path), "width_pt": width_pt, "height_pt": height_pt,
        "min_label_pt": round(min(label_sizes), 2) if label_sizes else None,
        "min_legend_pt": round(min(legend_sizes), 2) if legend_sizes else None,
        "labels": len(labels), "nodes": len(nodes),
        "label_label": ll, "label_node": ln, "edge_label": el, "legend_clashes": lg, "outside": outside,
        "leaders": len(leaders), "leader_clashes": ll_leader + ln_leader,
        "clusters": len(clusters), "label_cluster": lc,
        "legend_share": legend_share, "legend_at": legend_at,
        "nodes_at": [round((min(cx - r for cx, cy, r, _ in nodes) - canvas[0]) / cw, 3), round((min(cy - r for cx, cy, r, _ in nodes) - canvas[1]) / ch, 3),
                     round((max(cx + r for cx, cy, r, _ in nodes) - canvas[0]) / cw, 3), round((max(cy + r for cx, cy, r, _ in nodes) - canvas[1]) / ch, 3)] if nodes else None,
        "node_colours": len(colours),
        "min_delta_e": round(minimum_distance(colours)[0], 2) if len(colours) > 1 else None,
    }

if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1]), ensure_ascii=False))
