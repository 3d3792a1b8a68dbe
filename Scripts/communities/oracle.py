"""End-to-end check of `sandan communities` against NetworkX and igraph.

For the bundled national network (undirected and --directed) and for Zachary's karate club
with its weights, runs every method over a few seeds and checks, from the command's JSON:

- the modularity it reports equals NetworkX `community.modularity` of the printed partition
  (weighted when --weight is given, Leicht-Newman when directed), within 1e-9;
- NMI and ARI against the node attribute equal igraph `compare_communities` (nmi,
  adjusted_rand) over the nodes that have a value, within 1e-9;
- every Leiden community is connected (weakly, when directed);
- Louvain with its refinement reaches at least the modularity of `--no-refine` (Blondel's
  method alone) for each seed, as refinement only makes improving moves;
- Leiden's best over the seeds is within 0.005 of NetworkX Louvain's best over the same seeds.

Usage: python3 Scripts/communities/oracle.py --sandan .build/debug/sandan --graphs Graphs
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import igraph as ig
import networkx as nx

SEEDS = range(3)
TOL = 1e-9


def sandan(binary, *args):
    out = subprocess.run([binary, *args], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"communities oracle: sandan {' '.join(args)} failed: {out.stderr.strip()}")
    return out.stdout


def check_case(binary, label, graph_path, G, extra, attribute, weight):
    failures = []
    best = {}
    refined = {}
    for method, flags in (("louvain", []), ("louvain --no-refine", ["--no-refine"]), ("leiden", []), ("label-propagation", [])):
        for seed in SEEDS:
            args = ["communities", graph_path, "--method", method.split()[0], *flags, "--seed", str(seed), "--format", "json", *extra]
            if attribute:
                args += ["--compare-with", attribute]
            result = json.loads(sandan(binary, *args))
            where = {n["id"]: n["community"] for n in result["nodes"]}
            groups = {}
            for node, c in where.items():
                groups.setdefault(c, set()).add(node)
            q = nx.community.modularity(G, list(groups.values()), weight=weight)
            if abs(q - result["modularity"]) > TOL:
                failures.append(f"{label} {method} seed {seed}: modularity {result['modularity']} vs NetworkX {q}")
            best[method] = max(best.get(method, -1.0), q)
            if method == "louvain":
                refined[seed] = q
            elif method == "louvain --no-refine" and q > refined[seed] + TOL:
                failures.append(f"{label} seed {seed}: refinement lowered modularity ({q} without, {refined[seed]} with)")
            if method == "leiden":
                for c, members in groups.items():
                    H = G.subgraph(members)
                    connected = nx.is_weakly_connected(H) if G.is_directed() else nx.is_connected(H)
                    if not connected:
                        failures.append(f"{label} leiden seed {seed}: community {c} is not connected")
            if attribute:
                nodes = [n for n in G.nodes if G.nodes[n].get(attribute) is not None]
                values = sorted({str(G.nodes[n][attribute]) for n in nodes})
                a = [where[n] for n in nodes]
                b = [values.index(str(G.nodes[n][attribute])) for n in nodes]
                for key, method_name in (("nmi", "nmi"), ("ari", "adjusted_rand")):
                    expected = ig.compare_communities(a, b, method=method_name)
                    got = result["comparison"][key]
                    if abs(expected - got) > TOL:
                        failures.append(f"{label} {method} seed {seed}: {key} {got} vs igraph {expected}")
    nx_best = max(nx.community.modularity(G, nx.community.louvain_communities(G, weight=weight, seed=s), weight=weight)
                  for s in SEEDS)
    if best["leiden"] < nx_best - 0.005:
        failures.append(f"{label}: Leiden best {best['leiden']:.4f} vs NetworkX Louvain best {nx_best:.4f}")
    print(f"communities oracle: {label}: Louvain {best['louvain']:.4f}, Leiden {best['leiden']:.4f}, "
          f"label propagation {best['label-propagation']:.4f}; NetworkX Louvain {nx_best:.4f}")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandan", required=True)
    parser.add_argument("--graphs", required=True)
    args = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        graphml = os.path.join(tmp, "national.graphml")
        sandan(args.sandan, "convert", args.graphs, "-o", graphml)
        G = nx.read_graphml(graphml)
        failures += check_case(args.sandan, "national", args.graphs, G, ["--layer", "all"], "region", None)
        failures += check_case(args.sandan, "national directed", args.graphs, directed_copy(args.sandan, args.graphs, tmp),
                               ["--directed", "--layer", "all"], "region", None)
        karate = nx.karate_club_graph()
        edges = os.path.join(tmp, "karate.edges")
        with open(edges, "w") as f:
            for u, v, d in karate.edges(data=True):
                f.write(f"{u} {v} {d['weight']}\n")
        K = nx.Graph()
        K.add_weighted_edges_from((str(u), str(v), d["weight"]) for u, v, d in karate.edges(data=True))
        failures += check_case(args.sandan, "karate weighted", edges, K, ["--weight", "weight"], None, "weight")
    for f in failures:
        print("communities oracle: FAIL " + f)
    sys.exit(1 if failures else 0)


def directed_copy(binary, graphs, tmp):
    """The bundled network read with --directed, as NetworkX sees it."""
    path = os.path.join(tmp, "national-directed.graphml")
    sandan(binary, "convert", graphs, "--directed", "-o", path)
    return nx.read_graphml(path)


if __name__ == "__main__":
    main()
