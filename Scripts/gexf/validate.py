#!/usr/bin/env python3
"""Sandan's GEXF against GEXF 1.3's own grammar, and its drawing against `sandan render`'s.

Run by Scripts/gexf/validate.sh from the repository root, after `swift build`:

    python3 Scripts/gexf/validate.py --sandan .build/debug/sandan --graphs Graphs --schemas DIR

DIR holds the GEXF 1.3 specification files of the GEXF working group (github.com/gephi/gexf,
specs/1.3: gexf.rng, viz.rng, dynamics.rng, gexf.xsd, viz.xsd, dynamics.xsd; CC BY 4.0); see
Scripts/gexf/README.md for where they come from and why they are not in this repository.

Files checked, each written by Sandan:
  1. the bundled network, all layers (`convert`, with its drawing: viz colour, size, position;
     linkage years as `start` in a dynamic graph; Hangul labels);
  2. the same with `--no-viz`;
  3. `analyze -o FILE.gexf` with measures as node attributes, drawn by region and betweenness;
  4. a hostile-id graph: ids with XML's special characters, quotes, spaces, Hangul, a line
     break and an emoji, an integer-looking id and a long one.

For each: `xmllint --relaxng gexf.rng` (the normative grammar: the RELAX NG sources are what
the working group writes, the XSDs are generated from them with trang). Files without a drawing
also pass `xmllint --schema gexf.xsd`. (The 1.3 XSDs declare the viz elements in the GEXF
namespace instead of http://gexf.net/1.3/viz, which the primer, Gephi and NetworkX use, so no
file with a drawing can pass them; the RELAX NG grammar includes viz.rng in its namespace.)

Then NetworkX (read_gexf) reads each with its ids, labels and measures, and the drawing of (1)
is `sandan render`'s: the positions and fill colours of `render -o FILE.dot` (Graphviz's -Tdot
output of the same engine and seed) and half the diameters of `render --dot-source`.
Exits 1 with a list of failures.
"""

import argparse
import csv
import os
import re
import subprocess
import sys
import tempfile

import networkx as nx

FAILURES = []
CHECKS = [0]


def check(condition, message):
    CHECKS[0] += 1
    if not condition:
        FAILURES.append(message)
    return condition


def sandan(binary, *arguments):
    run = subprocess.run([binary, *arguments], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"gexf: sandan {' '.join(arguments)} failed ({run.returncode}): {run.stderr}")
    return run


def xmllint(what, path, schema_option, schema):
    run = subprocess.run(["xmllint", "--noout", schema_option, schema, path], capture_output=True, text=True)
    check(run.returncode == 0, f"{what}: {os.path.basename(schema)} rejects it: {run.stderr.strip()[:600]}")


def dot_nodes(path):
    """Node statements `n<i> [...]` of a DOT file: index → attribute text."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return {int(m.group(1)): m.group(2) for m in re.finditer(r'^\s*"?n(\d+)"?\s*\[(.*?)\];', text, re.M | re.S)}


def drawing_matches_render(binary, graphs, gexf, folder):
    """The viz of `gexf` (convert of `graphs`, all layers, default style) is render's drawing."""
    laid_out = os.path.join(folder, "render.dot")
    source = os.path.join(folder, "render-source.dot")
    style = ["--layer", "all", "--color-by", "region", "--size-by", "degree"]
    sandan(binary, "render", graphs, *style, "-o", laid_out)
    sandan(binary, "render", graphs, *style, "-o", source, "--dot-source")
    positions, diameters = dot_nodes(laid_out), dot_nodes(source)
    G = nx.read_gexf(gexf)
    nodes = list(G.nodes(data=True))
    check(len(positions) == len(nodes) == len(diameters), f"render drew {len(positions)} nodes, the GEXF has {len(nodes)}")
    differing = []
    for i, (node, data) in enumerate(nodes):
        viz = data.get("viz", {})
        pos = re.search(r'pos="([-\d.e+]+),([-\d.e+]+)"', positions.get(i, ""))
        fill = re.search(r'fillcolor="(#[0-9A-Fa-f]{6})"', positions.get(i, ""))
        width = re.search(r'width="?([\d.]+)"?', diameters.get(i, ""))
        if not (pos and fill and width and "position" in viz and "color" in viz and "size" in viz):
            differing.append(node)
            continue
        colour = "#%02X%02X%02X" % (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"])
        if (abs(viz["position"]["x"] - float(pos.group(1))) > 0.01 or abs(viz["position"]["y"] - float(pos.group(2))) > 0.01
                or colour != fill.group(1).upper() or abs(viz["size"] - float(width.group(1)) * 36) > 0.01):
            differing.append(node)
    check(not differing, f"the GEXF drawing differs from sandan render's for {len(differing)} nodes, e.g. {differing[:3]}")


def hostile_graph(folder):
    """A CSV edge table whose ids XML must escape or that readers could mistake; returns its path and ids."""
    ids = ['a&b<c>', 'q"uote\'s', '구미 국가산업단지', '  spaced  ', 'line\nbreak', '🏭 factory', '007', 'x' * 300]
    path = os.path.join(folder, "hostile.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "target", "year"])
        for i in range(len(ids)):
            w.writerow([ids[i], ids[(i + 1) % len(ids)], 2019 + i])
    return path, ids


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandan", default=".build/debug/sandan")
    parser.add_argument("--graphs", default="Graphs")
    parser.add_argument("--schemas", required=True)
    args = parser.parse_args()
    rng = os.path.join(args.schemas, "gexf.rng")
    xsd = os.path.join(args.schemas, "gexf.xsd")
    for name in ("gexf.rng", "viz.rng", "dynamics.rng", "gexf.xsd", "viz.xsd", "dynamics.xsd"):
        if not os.path.isfile(os.path.join(args.schemas, name)):
            sys.exit(f"gexf: {name} is missing from {args.schemas} (see Scripts/gexf/README.md)")

    with open(os.path.join(args.graphs, "complexes.csv"), encoding="utf-8") as f:
        complexes = {row["id"]: row for row in csv.DictReader(f)}

    with tempfile.TemporaryDirectory() as folder:
        national = os.path.join(folder, "national.gexf")
        plain = os.path.join(folder, "plain.gexf")
        measures = os.path.join(folder, "measures.gexf")
        hostile = os.path.join(folder, "hostile.gexf")
        sandan(args.sandan, "convert", args.graphs, "-o", national)
        sandan(args.sandan, "convert", args.graphs, "-o", plain, "--no-viz")
        sandan(args.sandan, "analyze", args.graphs, "--metric", "betweenness", "--metric", "pagerank", "--metric", "community",
               "-o", measures, "--size-by", "betweenness")
        csv_path, hostile_ids = hostile_graph(folder)
        sandan(args.sandan, "convert", csv_path, "-o", hostile)

        for what, path, drawn in (("the bundled network", national, True), ("the bundled network --no-viz", plain, False),
                                  ("analyze's measures", measures, True), ("the hostile-id graph", hostile, True)):
            xmllint(what, path, "--relaxng", rng)
            if not drawn:
                xmllint(what, path, "--schema", xsd)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            check(("xmlns:viz=\"http://gexf.net/1.3/viz\"" in text) == drawn, f"{what}: the viz namespace is {'missing' if drawn else 'there'}")

        G = nx.read_gexf(national)
        check(set(G.nodes) == set(complexes), "networkx.read_gexf: the bundled network's ids differ from complexes.csv")
        check(all(G.nodes[i].get("label") == row["name_ko"] for i, row in complexes.items() if i in G and row["name_ko"]),
              "networkx.read_gexf: labels are not the Korean names")
        check(all("viz" in d for _, d in G.nodes(data=True)), "networkx.read_gexf: a node has no viz")
        check(any("start" in d for _, _, d in G.edges(data=True)), "networkx.read_gexf: no edge starts in its year")
        drawing_matches_render(args.sandan, args.graphs, national, folder)

        M = nx.read_gexf(measures)
        table = sandan(args.sandan, "analyze", args.graphs, "--metric", "betweenness", "--metric", "pagerank",
                       "--metric", "community", "--format", "csv", "--ids-only").stdout.splitlines()
        rows = list(csv.DictReader(table))
        check(len(rows) == M.number_of_nodes() and all(
            abs(M.nodes[r["id"]]["betweenness"] - float(r["betweenness"])) < 1e-12
            and abs(M.nodes[r["id"]]["pagerank"] - float(r["pagerank"])) < 1e-12
            and M.nodes[r["id"]]["community"] == int(r["community"]) for r in rows),
            "networkx.read_gexf: analyze's measures differ from its CSV")

        H = nx.read_gexf(hostile)
        check(set(H.nodes) == set(hostile_ids), f"networkx.read_gexf: hostile ids differ: {sorted(set(H.nodes) ^ set(hostile_ids))[:4]}")
        check(sorted(d.get("start") for _, _, d in H.edges(data=True)) == list(range(2019, 2019 + len(hostile_ids))),
              "networkx.read_gexf: the hostile graph's years are not its edges' start")

    if FAILURES:
        print("gexf: FAILED", file=sys.stderr)
        for failure in FAILURES:
            print("  - " + failure, file=sys.stderr)
        sys.exit(1)
    print(f"gexf: ok, {CHECKS[0]} checks (GEXF 1.3 RELAX NG with viz, XSD without; NetworkX; render's drawing)")


if __name__ == "__main__":
    main()
