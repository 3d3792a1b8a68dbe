#!/usr/bin/env python3
"""Interoperability of Sandan's graph formats with real clients: NetworkX, igraph and Graphviz.

Run by Scripts/checks/interop.sh from the repository root, after `swift build`:

    python3 Scripts/interop/interop.py [--sandan .build/debug/sandan] [--graphs Graphs]

For the bundled network (undirected, and again read as directed):

1. Sandan writes GraphML, GEXF, GML, Pajek, JSON and DOT. NetworkX reads the first five
   (read_graphml, read_gexf, read_gml, read_pajek, node_link_graph), igraph the GraphML, GML
   and Pajek files, Graphviz's `gc` counts the DOT file. Each must see the node and edge counts
   of the CSV tables, and a few attributes (names in Hangul, integer and float columns, the
   edge kinds per kind; in GEXF the Korean names as labels and every node's viz colour, size
   and position). The JSON file must be the same graph for NetworkX, every attribute included.
2. NetworkX writes the graph in every format it has (GraphML, GEXF, GML, Pajek, node-link
   JSON), igraph in its own (GraphML, GML, Pajek, DOT); `sandan stats --format json` must count
   the same nodes, edges and edge kinds. The NetworkX JSON read back by Sandan and written
   again must be the same graph, attributes included.

The expected graph comes from the CSV tables themselves (Python's csv module, typed as Sandan
types a CSV column), not from Sandan. Exits 1 with a list of failures.
"""

import argparse
import csv
import json
import math
import os
import subprocess
import sys
import tempfile
import warnings
from collections import Counter

import igraph as ig
import networkx as nx

FAILURES = []
CHECKS = [0]


def check(condition, message):
    CHECKS[0] += 1
    if not condition:
        FAILURES.append(message)
    return condition


def typed_column(cells):
    """Types a CSV column as Sandan's ColumnInference does: int, float, bool or str."""
    present = [c for c in cells if c != ""]

    def is_int(c):
        s = c[1:] if c[:1] in "+-" else c
        return s.isdigit() and s.isascii()

    def is_float(c):
        try:
            return math.isfinite(float(c)) and all(ch in "0123456789+-.eE" for ch in c)
        except ValueError:
            return False

    if present and all(is_int(c) for c in present):
        return [int(c) if c else None for c in cells]
    if present and all(is_float(c) for c in present):
        return [float(c) if c else None for c in cells]
    if present and all(c in ("true", "false", "True", "False", "TRUE", "FALSE") for c in present):
        return [c.lower() == "true" if c else None for c in cells]
    return [c if c else None for c in cells]


def load_expected(folder):
    """The bundled network from its CSV tables: node ids, node attributes, edges with kinds."""
    with open(os.path.join(folder, "complexes.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    node_columns = {name: typed_column([r[name] for r in rows]) for name in rows[0] if name != "id"}
    nodes = {}
    for k, r in enumerate(rows):
        nodes[r["id"]] = {name: column[k] for name, column in node_columns.items() if column[k] is not None}
    with open(os.path.join(folder, "linkages.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    skip = {"source", "target", "kind"}
    edge_columns = {name: typed_column([r[name] for r in rows]) for name in rows[0] if name not in skip}
    if "weight" in edge_columns:  # Sandan types the weight column as double
        edge_columns["weight"] = [float(w) if w is not None else None for w in edge_columns["weight"]]
    edges = []
    for k, r in enumerate(rows):
        data = {name: column[k] for name, column in edge_columns.items() if column[k] is not None}
        edges.append((r["source"], r["target"], r["kind"], data))
    return nodes, edges


def sandan(binary, *args):
    result = subprocess.run([binary, *args], capture_output=True, text=True)
    if result.returncode != 0:
        FAILURES.append(f"sandan {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
        return None
    return result.stdout


def stats(binary, path, *options):
    """`sandan stats` over every layer (the bundled kinds would otherwise select the industrial one)."""
    out = sandan(binary, "stats", path, "--format", "json", "--layer", "all", *options)
    return json.loads(out) if out is not None else None


def kind_counts(edges):
    return Counter(kind for _, _, kind, _ in edges)


def same_value(a, b):
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and float(a) == float(b)
    return a == b and type(a) is type(b)


def expect_counts(label, n, m, nodes, edges):
    check(n == len(nodes), f"{label}: {n} nodes, expected {len(nodes)}")
    check(m == len(edges), f"{label}: {m} edges, expected {len(edges)}")


def expect_node_attributes(label, get, nodes, names):
    """`get(id)` gives a node's attribute dict; compares the attributes `names` of every node."""
    for node_id, attrs in nodes.items():
        data = get(node_id)
        if not check(data is not None, f"{label}: node {node_id} is missing"):
            return
        for name in names:
            if name in attrs and not check(same_value(data.get(name), attrs[name]),
                                           f"{label}: node {node_id} {name} = {data.get(name)!r}, expected {attrs[name]!r}"):
                return


def expect_same_graph(label, G, nodes, edges, directed):
    """G (a NetworkX multigraph) must be exactly the expected graph, attributes included."""
    expect_counts(label, G.number_of_nodes(), G.number_of_edges(), nodes, edges)
    check(G.is_directed() == directed, f"{label}: directed = {G.is_directed()}, expected {directed}")
    check(list(G.nodes) == list(nodes), f"{label}: node order or ids differ")
    for node_id, attrs in nodes.items():
        data = dict(G.nodes[node_id]) if node_id in G else None
        if not check(data is not None and data.keys() == attrs.keys()
                     and all(same_value(data[k], attrs[k]) for k in attrs),
                     f"{label}: node {node_id} has {data}, expected {attrs}"):
            return

    def key(u, v, kind, data):
        ends = (u, v) if directed else tuple(sorted((u, v)))
        return (ends, kind, tuple(sorted((k, repr(float(x) if isinstance(x, float) else x)) for k, x in data.items())))

    got = Counter(key(u, v, d.get("kind", ""), {k: x for k, x in d.items() if k != "kind"}) for u, v, d in G.edges(data=True))
    want = Counter(key(u, v, kind, data) for u, v, kind, data in edges)
    check(got == want, f"{label}: edges differ: {sorted((got - want).elements())[:3]} vs {sorted((want - got).elements())[:3]}")


def sandan_writes(binary, graphs, folder, nodes, edges, directed):
    flag = ["--directed"] if directed else []
    name = "national_directed" if directed else "national"
    paths = {}
    for ext in ("graphml", "gexf", "gml", "net", "json", "gv"):
        paths[ext] = os.path.join(folder, f"{name}.{ext}")
        sandan(binary, "convert", graphs, *flag, "-o", paths[ext])
    kinds = kind_counts(edges)
    tag = f"[sandan → {'directed' if directed else 'undirected'}]"

    xmllint_valid(f"{tag} sandan GraphML", paths["graphml"])

    # NetworkX
    G = nx.read_graphml(paths["graphml"])
    expect_counts(f"{tag} networkx.read_graphml", G.number_of_nodes(), G.number_of_edges(), nodes, edges)
    check(G.is_directed() == directed, f"{tag} networkx.read_graphml: wrong direction")
    expect_node_attributes(f"{tag} networkx.read_graphml", lambda i: G.nodes[i] if i in G else None, nodes,
                           ["name_ko", "firms", "lat", "region"])
    check(Counter(d.get("kind") for _, _, d in G.edges(data=True)) == kinds, f"{tag} networkx.read_graphml: kinds differ")

    G = nx.read_gexf(paths["gexf"])
    expect_counts(f"{tag} networkx.read_gexf", G.number_of_nodes(), G.number_of_edges(), nodes, edges)
    check(G.is_directed() == directed, f"{tag} networkx.read_gexf: wrong direction")
    expect_node_attributes(f"{tag} networkx.read_gexf", lambda i: G.nodes[i] if i in G else None, nodes,
                           ["name_ko", "firms", "lat", "macro_region"])
    check(Counter(d.get("kind") for _, _, d in G.edges(data=True)) == kinds, f"{tag} networkx.read_gexf: kinds differ")
    check(all(d.get("label") == nodes[i].get("name_ko") for i, d in G.nodes(data=True) if nodes.get(i, {}).get("name_ko")),
          f"{tag} networkx.read_gexf: labels are not the Korean names")
    check(all({"color", "size", "position"} <= set(d.get("viz", {})) for _, d in G.nodes(data=True)),
          f"{tag} networkx.read_gexf: a node has no viz colour, size or position")

    G = nx.read_gml(paths["gml"])
    expect_counts(f"{tag} networkx.read_gml", G.number_of_nodes(), G.number_of_edges(), nodes, edges)
    check(G.is_directed() == directed, f"{tag} networkx.read_gml: wrong direction")
    expect_node_attributes(f"{tag} networkx.read_gml", lambda i: G.nodes[i] if i in G else None, nodes,
                           ["name_ko", "name_en", "firms", "lon"])
    check(Counter(d.get("kind") for _, _, d in G.edges(data=True)) == kinds, f"{tag} networkx.read_gml: kinds differ")

    G = nx.read_pajek(paths["net"])
    expect_counts(f"{tag} networkx.read_pajek", G.number_of_nodes(), G.number_of_edges(), nodes, edges)
    check(G.is_directed() == directed, f"{tag} networkx.read_pajek: wrong direction")
    check(set(G.nodes) == set(nodes), f"{tag} networkx.read_pajek: the vertex labels are not the ids")
    check(Counter(d.get("l") for _, _, d in G.edges(data=True)) == kinds, f"{tag} networkx.read_pajek: kinds (l) differ")

    with open(paths["json"], encoding="utf-8") as f:
        G = nx.node_link_graph(json.load(f), edges="edges")
    expect_same_graph(f"{tag} networkx.node_link_graph", G, nodes, edges, directed)

    # igraph
    g = ig.Graph.Read_GraphML(paths["graphml"])
    expect_counts(f"{tag} igraph Read_GraphML", g.vcount(), g.ecount(), nodes, edges)
    check(g.is_directed() == directed, f"{tag} igraph Read_GraphML: wrong direction")
    check(g.vs["id"] == list(nodes), f"{tag} igraph Read_GraphML: ids differ")
    check(g.vs["name_ko"] == [a.get("name_ko") for a in nodes.values()], f"{tag} igraph Read_GraphML: name_ko differs")
    check(Counter(g.es["kind"]) == kinds, f"{tag} igraph Read_GraphML: kinds differ")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # igraph warns that it leaves &#NNNN; references as they are
        g = ig.Graph.Read_GML(paths["gml"])
    expect_counts(f"{tag} igraph Read_GML", g.vcount(), g.ecount(), nodes, edges)
    check(g.is_directed() == directed, f"{tag} igraph Read_GML: wrong direction")
    check(g.vs["label"] == list(nodes), f"{tag} igraph Read_GML: labels differ")
    # Sandan writes non-ASCII text as &#NNNN; (NetworkX's read_gml accepts only ASCII); igraph 1.0
    # decodes named entities only and leaves those verbatim, so compare an ASCII column here.
    check(g.vs["name_en"] == [a.get("name_en") for a in nodes.values()], f"{tag} igraph Read_GML: name_en differs")
    check(Counter(g.es["kind"]) == kinds, f"{tag} igraph Read_GML: kinds differ")

    g = ig.Graph.Read_Pajek(paths["net"])
    expect_counts(f"{tag} igraph Read_Pajek", g.vcount(), g.ecount(), nodes, edges)
    check(g.is_directed() == directed, f"{tag} igraph Read_Pajek: wrong direction")
    check(g.vs["name"] == list(nodes), f"{tag} igraph Read_Pajek: vertex labels differ")
    check(Counter(g.es["label"]) == kinds, f"{tag} igraph Read_Pajek: kinds (l, igraph's edge label) differ")

    # Graphviz
    result = subprocess.run(["gc", "-n", "-e", paths["gv"]], capture_output=True, text=True)
    counts = result.stdout.split()
    if check(result.returncode == 0 and len(counts) >= 2, f"{tag} gc failed: {result.stderr.strip()}"):
        expect_counts(f"{tag} graphviz gc", int(counts[0]), int(counts[1]), nodes, edges)


def others_write(binary, folder, nodes, edges, directed):
    """NetworkX and igraph write the graph; Sandan reads each file."""
    tag = f"[→ sandan, {'directed' if directed else 'undirected'}]"
    with open(os.path.join(folder, "national_directed.json" if directed else "national.json"), encoding="utf-8") as f:
        G = nx.node_link_graph(json.load(f), edges="edges")
    kinds = dict(kind_counts(edges))

    def expect_stats(label, path, n, m, with_kinds=True, *options):
        s = stats(binary, path, *options)
        if s is None:
            return
        check(s["nodes"] == n and s["edges"] == m, f"{tag} {label}: sandan counts {s['nodes']}/{s['edges']}, expected {n}/{m}")
        check(s["directed"] == directed, f"{tag} {label}: sandan reads directed = {s['directed']}")
        if with_kinds:
            check(s["kinds"] == kinds, f"{tag} {label}: sandan kinds {s['kinds']}, expected {kinds}")

    writers = {
        "graphml": nx.write_graphml,
        "gexf": nx.write_gexf,
        "gml": nx.write_gml,
        "net": nx.write_pajek,
    }
    for ext, write in writers.items():
        path = os.path.join(folder, f"networkx.{ext}")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # write_pajek warns about every non-string attribute
            write(G, path)
        expect_stats(f"networkx {write.__name__}", path, G.number_of_nodes(), G.number_of_edges())

    path = os.path.join(folder, "networkx.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(nx.node_link_data(G, edges="edges"), f)  # one line, as NetworkX users write it
    expect_stats("networkx node_link_data", path, G.number_of_nodes(), G.number_of_edges())
    back = os.path.join(folder, "networkx_back.json")
    if sandan(binary, "convert", path, "-o", back) is not None:
        with open(back, encoding="utf-8") as f:
            expect_same_graph(f"{tag} networkx JSON through sandan", nx.node_link_graph(json.load(f), edges="edges"),
                              nodes, edges, directed)

    g = ig.Graph.from_networkx(G)
    for ext, write in (("graphml", g.write_graphml), ("gml", g.write_gml), ("net", g.write_pajek), ("gv", g.write_dot)):
        path = os.path.join(folder, f"igraph.{ext}")
        write(path)
        # igraph keeps the kinds in GraphML and GML; its Pajek and DOT writers keep no attributes.
        expect_stats(f"igraph write_{ext}", path, g.vcount(), g.ecount(), ext in ("graphml", "gml"))


def xmllint_valid(label, path):
    """Validates a GraphML file Sandan wrote against Scripts/interop/graphml-checked.xsd."""
    schema = os.path.join(os.path.dirname(os.path.abspath(__file__)), "graphml-checked.xsd")
    result = subprocess.run(["xmllint", "--noout", "--schema", schema, path], capture_output=True, text=True)
    check(result.returncode == 0, f"{label}: not valid GraphML: {result.stderr.strip()[:400]}")


def awkward_graphml(binary, folder):
    """Ids and attribute names that are not XML name tokens: Sandan's GraphML is valid against the
    schema, NetworkX and igraph read the original ids (attribute 'id'), Sandan reads everything back."""
    ids = ["a b", "[1]", "#7", "구미", "x,y", "a_x0020_b"]
    G = nx.MultiDiGraph()
    for k, i in enumerate(ids):
        G.add_node(i, **{"name ko": f"이름 {k}", "firms [n]": k})
    G.add_edge("a b", "[1]", kind="anchor-link", **{"weight (t)": 1.5})
    G.add_edge("#7", "구미", kind="value chain")
    source = os.path.join(folder, "awkward.json")
    with open(source, "w", encoding="utf-8") as f:
        json.dump(nx.node_link_data(G, edges="edges"), f, ensure_ascii=False)
    path = os.path.join(folder, "awkward.graphml")
    if sandan(binary, "convert", source, "-o", path) is None:
        return
    xmllint_valid("[awkward ids] sandan GraphML", path)
    H = nx.read_graphml(path)
    check([d.get("id") for _, d in H.nodes(data=True)] == ids, "[awkward ids] networkx.read_graphml: attribute 'id' is not the original ids")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # igraph: "Could not add vertex ids, there is already an 'id' vertex attribute"
        g = ig.Graph.Read_GraphML(path)
    check(g.vs["id"] == ids, f"[awkward ids] igraph Read_GraphML: vs['id'] = {g.vs['id']}, expected {ids}")
    back = os.path.join(folder, "awkward_back.json")
    if sandan(binary, "convert", path, "-o", back) is not None:
        with open(back, encoding="utf-8") as f:
            B = nx.node_link_graph(json.load(f), edges="edges")
        check(list(B.nodes) == ids, f"[awkward ids] sandan GraphML → JSON: ids {list(B.nodes)}")
        check(all(B.nodes[i] == G.nodes[i] for i in ids), "[awkward ids] sandan GraphML → JSON: node attributes differ")
        check([d for _, _, d in B.edges(data=True)] == [d for _, _, d in G.edges(data=True)],
              "[awkward ids] sandan GraphML → JSON: edge attributes differ")


PAJEK_PARAMETERS = """*Vertices 4
1 "Alpha Field" 0.1 0.2 0.5 ic Yellow
2 "Bravo"
3 "Charlie" 0.3 0.3 0.5
4 "Delta"
*Arcs
*Edges
1 2 1.5 w 3 c Blue p Dots l "supplies" s 2 a B
2 3 1 C Red lp 0.25 font Arial fos 12 h1 -4 k2 1.5 lr 30 lphi 90 la 0 ap 0.5 lc Green a1 10 a2 20 k1 2 h2 1
3 4 2
"""


PAJEK_TWO_MODE = "*Vertices 5 2\r1 \"a\"\r2 \"b\"\r3 \"x\"\r4 \"y\"\r5 \"z\"\r*Matrix\r1 0 2\r0 1 0\r"


def pajek_two_mode(binary, folder):
    """A two-mode network with CR-only line ends (as old Mac files and one of igraph's test inputs
    have them), read by igraph and by Sandan: the same edges, weights and modes (igraph's
    boolean 'type' is Sandan's mode 2)."""
    path = os.path.join(folder, "two_mode.net")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(PAJEK_TWO_MODE)
    g = ig.Graph.Read_Pajek(path)
    back = os.path.join(folder, "two_mode.json")
    if sandan(binary, "convert", path, "-o", back) is None:
        return
    with open(back, encoding="utf-8") as f:
        data = json.load(f)
    tag = "[pajek two-mode, CR]"
    check(data["directed"] == g.is_directed(), f"{tag} direction: sandan {data['directed']}, igraph {g.is_directed()}")
    check([n["id"] for n in data["nodes"]] == g.vs["name"], f"{tag} vertex names: sandan {[n['id'] for n in data['nodes']]}, igraph {g.vs['name']}")
    check([n.get("mode") == 2 for n in data["nodes"]] == g.vs["type"], f"{tag} modes differ from igraph's type")
    links = data.get("edges", data.get("links"))
    ours = sorted((l["source"], l["target"], l["weight"]) for l in links)
    theirs = sorted((g.vs[e.source]["name"], g.vs[e.target]["name"], e["weight"]) for e in g.es)
    check(ours == theirs, f"{tag} edges: sandan {ours}, igraph {theirs}")


def pajek_parameters(binary, folder):
    """Pajek line parameters and an empty *Arcs header before *Edges, read by igraph and by Sandan:
    the same direction, names, weights and parameters (igraph's 'label' is Sandan's kind)."""
    path = os.path.join(folder, "parameters.net")
    with open(path, "w", encoding="utf-8") as f:
        f.write(PAJEK_PARAMETERS)
    g = ig.Graph.Read_Pajek(path)
    back = os.path.join(folder, "parameters.json")
    if sandan(binary, "convert", path, "-o", back) is None:
        return
    with open(back, encoding="utf-8") as f:
        data = json.load(f)
    tag = "[pajek parameters]"
    check(data["directed"] == g.is_directed(), f"{tag} direction: sandan {data['directed']}, igraph {g.is_directed()}")
    check([n["id"] for n in data["nodes"]] == g.vs["name"], f"{tag} vertex names differ")
    links = data.get("edges", data.get("links"))
    check(len(links) == g.ecount(), f"{tag} {len(links)} edges, igraph {g.ecount()}")
    for name in g.es.attributes():
        for k, e in enumerate(g.es):
            ours = links[k].get("kind" if name == "label" else name) or None
            theirs = e[name]
            if isinstance(theirs, float) and math.isnan(theirs) or theirs in ("", None):
                theirs = None
            if ours is None and theirs is not None and name != "weight":
                continue  # igraph fills in Pajek's default where a line has no value; Sandan leaves it missing
            check(same_value(ours, theirs) if ours is not None and theirs is not None else ours == theirs,
                  f"{tag} edge {k} {name}: sandan {ours!r}, igraph {theirs!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sandan", default=".build/debug/sandan")
    parser.add_argument("--graphs", default="Graphs")
    args = parser.parse_args()
    print(f"networkx {nx.__version__}, igraph {ig.__version__}")
    nodes, edges = load_expected(args.graphs)
    with tempfile.TemporaryDirectory() as folder:
        for directed in (False, True):
            sandan_writes(args.sandan, args.graphs, folder, nodes, edges, directed)
            others_write(args.sandan, folder, nodes, edges, directed)
        awkward_graphml(args.sandan, folder)
        pajek_parameters(args.sandan, folder)
        pajek_two_mode(args.sandan, folder)
    if FAILURES:
        print(f"interop: {len(FAILURES)} failure(s):")
        for failure in FAILURES:
            print("  " + failure)
        sys.exit(1)
    print(f"interop: ok, {CHECKS[0]} checks ({len(nodes)} nodes, {len(edges)} edges; GraphML, GEXF, GML, Pajek, JSON, DOT both ways)")


if __name__ == "__main__":
    main()
