#!/usr/bin/env python3
"""The layers of the bundled network, computed with NetworkX from Graphs/ alone.

Reads Graphs/complexes.csv and Graphs/linkages.csv with the csv module, builds the union and
its two layers by the rule of Graphs/README.md ("Layers"):

  governance = management, coordination edges; industrial = every other kind;
  a layer keeps its edges and the nodes they touch, plus every complex and area (industrial)
  or every organisation (governance).

and computes betweenness as Sandan defines it: undirected (the CSV tables are read
undirected), parallel edges counted as distinct shortest paths, normalised by 2/((n-1)(n-2)).
NetworkX's betweenness_centrality keeps one edge per pair, so the path counts are taken from
nx.all_shortest_paths on the simple graph, each path weighted by the product of its pairs'
edge multiplicities (on a graph without parallel edges this is nx.betweenness_centrality,
which the script checks).

  python3 Scripts/layers/layers.py                    # print node/edge counts and top fives
  python3 Scripts/layers/layers.py --check SANDAN     # compare `SANDAN analyze` with them

With --check it runs `SANDAN analyze Graphs --metric betweenness --format csv` with no --layer
and with --layer industrial, governance and all, and fails (exit 1) unless every value agrees
within 1e-9, the default equals the industrial layer, and the default's top five are
complexes or areas.
"""
import csv
import itertools
import subprocess
import sys
from collections import Counter
from io import StringIO

import networkx as nx

GOVERNANCE = {"management", "coordination"}


def read(folder="Graphs"):
    with open(f"{folder}/complexes.csv", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(f"{folder}/linkages.csv", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    return nodes, edges


def layer(nodes, edges, name):
    """(node ids in file order, edge list) of a layer."""
    if name == "all":
        return [n["id"] for n in nodes], [(e["source"], e["target"]) for e in edges]
    keep = [e for e in edges if (e["kind"] in GOVERNANCE) == (name == "governance")]
    in_layer = {x for e in keep for x in (e["source"], e["target"])}
    ids = [n["id"] for n in nodes
           if n["id"] in in_layer or (n["kind"] == "organisation") == (name == "governance")]
    return ids, [(e["source"], e["target"]) for e in keep]


def betweenness(ids, pairs):
    """Normalised undirected betweenness, parallel edges counted as distinct paths."""
    g = nx.Graph()
    g.add_nodes_from(ids)
    g.add_edges_from(pairs)
    multiplicity = Counter(frozenset(p) for p in pairs)
    scores = dict.fromkeys(ids, 0.0)
    for s, t in itertools.combinations(ids, 2):
        if not nx.has_path(g, s, t):
            continue
        paths = [(p, _count(p, multiplicity)) for p in nx.all_shortest_paths(g, s, t)]
        total = sum(c for _, c in paths)
        for p, c in paths:
            for v in p[1:-1]:
                scores[v] += c / total
    n = len(ids)
    scale = 2 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    result = {v: x * scale for v, x in scores.items()}
    if max(multiplicity.values(), default=1) == 1:
        reference = nx.betweenness_centrality(g)
        assert all(abs(result[v] - reference[v]) < 1e-12 for v in ids), "path counting disagrees with NetworkX"
    return result


def _count(path, multiplicity):
    c = 1
    for a, b in zip(path, path[1:]):
        c *= multiplicity[frozenset((a, b))]
    return c


def top(scores, k=5):
    return sorted(scores, key=lambda v: (-scores[v], v))[:k]


def main(argv):
    nodes, edges = read()
    kinds = {n["id"]: n["kind"] for n in nodes}
    names = {n["id"]: n["name_ko"] for n in nodes}
    expected = {}
    for name in ("industrial", "governance", "all"):
        ids, pairs = layer(nodes, edges, name)
        expected[name] = betweenness(ids, pairs)
        print(f"{name}: {len(ids)} nodes, {len(pairs)} edges; top five by betweenness:")
        for v in top(expected[name]):
            print(f"  {expected[name][v]:.6f}  {v}  {names[v]} ({kinds[v]})")
    if len(argv) < 3 or argv[1] != "--check":
        return 0
    sandan = argv[2]
    failures = []
    for option, name in ((None, "industrial"), ("industrial", "industrial"), ("governance", "governance"), ("all", "all")):
        command = [sandan, "analyze", "Graphs", "--metric", "betweenness", "--format", "csv"]
        if option:
            command += ["--layer", option]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        got = {row["id"]: float(row["betweenness"]) for row in csv.DictReader(StringIO(out))}
        want = expected[name]
        label = " ".join(command[1:])
        if set(got) != set(want):
            failures.append(f"{label}: nodes differ: extra {sorted(set(got) - set(want))}, missing {sorted(set(want) - set(got))}")
            continue
        worst = max((abs(got[v] - want[v]) for v in want), default=0.0)
        if worst > 1e-9:
            failures.append(f"{label}: betweenness differs from NetworkX by up to {worst}")
        if option is None:
            offices = [v for v in top(got) if kinds[v] == "organisation"]
            if offices:
                failures.append(f"{label}: agency offices in the top five: {offices}")
    for failure in failures:
        print("layers: " + failure, file=sys.stderr)
    if not failures:
        print("layers: sandan agrees with NetworkX on every layer")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
