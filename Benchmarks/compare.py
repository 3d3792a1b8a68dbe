#!/usr/bin/env python3
"""Time Sandan against igraph, NetworKit, rustworkx and NetworkX on the same graphs.

Run by hand from the repository root (never in CI):

    python3 Benchmarks/compare.py              # default set, about 20 minutes on 2 cores
    python3 Benchmarks/compare.py --large      # adds 100k/1M-node BA graphs and the
                                               # O(nm) measures on the 50k ER graph
    python3 Benchmarks/compare.py --only ba10k --metrics pagerank,closeness

It builds Sandan in release mode (linked statically against the Swift runtime, as a Linux
command-line tool ships), generates the graphs with a fixed seed into
Benchmarks/data/ (kept between runs), then times every (graph, measure, tool) in a
child process of its own, with a timeout. Only the measure's own call is timed:
process start-up and loading are excluded (the `load` row times loading alone).
Sandan's time is the phase time `sandan analyze FILE --metric X --timings` reports.
Results go to standard output and Benchmarks/RESULTS.md. See Benchmarks/README.md.
"""

import argparse
import datetime
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Benchmarks", "data")
SEED = 20240601
TOOLS = ["sandan", "igraph", "networkit", "rustworkx", "networkx"]

# Measures in table order. `quadratic` ones do one search per node (O(nm)).
METRICS = [
    ("load", False), ("components", False), ("pagerank", False), ("eigenvector", False), ("betweenness", True),
    ("betweenness_weighted", True), ("closeness", True), ("kcore", False), ("louvain", False),
    ("clustering", False), ("dijkstra", False),
]

# A call shorter than REPEAT_BELOW seconds is repeated, each time in a fresh process (REPEATS
# runs in all, every tool alike: every timed call is a first call, with cold caches), and the
# best time kept: on a busy machine one time slice lost to another job is ~10 ms.
REPEATS = 3
REPEAT_BELOW = 1.0

# NetworkX's O(nm) measures are skipped above this n·m: on ba10k (n·m = 5·10⁸) its betweenness
# and closeness take well over the 2-minute limit (measured), and each timeout costs 2 minutes.
NETWORKX_QUADRATIC_LIMIT = 3e8

# Sandan's `analyze` metric (and options) for each measure.
SANDAN_METRIC = {
    "load": (["--metric", "degree"], False),
    "components": (["--metric", "component"], False),
    "pagerank": (["--metric", "pagerank"], False),
    "eigenvector": (["--metric", "eigenvector"], False),
    "betweenness": (["--metric", "betweenness"], False),
    "betweenness_weighted": (["--metric", "betweenness", "--weight", "weight"], True),
    "closeness": (["--metric", "closeness"], False),
    "kcore": (["--metric", "core"], False),
    "louvain": (["--metric", "community"], False),
    "clustering": (["--metric", "clustering"], False),
    "dijkstra": (["--metric", "distance", "--source", "0", "--weight", "weight"], True),
}


# ----------------------------------------------------------------------------- graphs

def write_graph(name, edges, rng):
    """Writes NAME.edges (u v) and NAME.weighted.edges (u v w, w uniform in [1, 10))."""
    os.makedirs(DATA, exist_ok=True)
    with open(os.path.join(DATA, name + ".edges"), "w") as plain, \
            open(os.path.join(DATA, name + ".weighted.edges"), "w") as weighted:
        for u, v in edges:
            plain.write(f"{u} {v}\n")
            weighted.write(f"{u} {v} {rng.uniform(1, 10):.4f}\n")


def contiguous(g):
    """The igraph graph without isolated nodes, so every id 0..n-1 appears in the edge list."""
    g.delete_vertices([v.index for v in g.vs if v.degree() == 0])
    return g


def generate(name):
    import igraph as ig
    random.seed(SEED)          # python-igraph draws from Python's `random`
    rng = random.Random(SEED + 1)
    if name.startswith("ba"):
        n = {"ba10k": 10_000, "ba100k": 100_000, "ba1m": 1_000_000}[name]
        g = ig.Graph.Barabasi(n, 5)
        edges = g.get_edgelist()
    elif name == "er50k":
        g = contiguous(ig.Graph.Erdos_Renyi(n=50_000, m=250_000))
        edges = g.get_edgelist()
    elif name == "regional":
        edges = regional_edges(random.Random(SEED + 2))
    write_graph(name, edges, rng)


def regional_edges(rng):
    """17 regions of about 300 complexes: dense inside a region (mean degree about 9), a few
    hubs per region tied to a quarter of it, sparse ties across regions, and the hubs of
    different regions linked to each other (a national backbone)."""
    edges, hubs, start = set(), [], 0
    regions = []
    for r in range(17):
        size = rng.randint(260, 340)
        nodes = list(range(start, start + size))
        start += size
        regions.append(nodes)
        for i, u in enumerate(nodes):
            for v in nodes[i + 1:]:
                if rng.random() < 9 / size:
                    edges.add((u, v))
        region_hubs = rng.sample(nodes, 3)
        hubs.append(region_hubs)
        for h in region_hubs:
            for v in rng.sample(nodes, size // 4):
                if v != h:
                    edges.add((min(h, v), max(h, v)))
    everyone = [u for nodes in regions for u in nodes]
    for _ in range(600):
        u, v = rng.sample(everyone, 2)
        edges.add((min(u, v), max(u, v)))
    flat_hubs = [h for region_hubs in hubs for h in region_hubs]
    for i, u in enumerate(flat_hubs):
        for v in flat_hubs[i + 1:]:
            if rng.random() < 0.15:
                edges.add((min(u, v), max(u, v)))
    touched = {u for e in edges for u in e}
    for u in everyone:       # no isolated complexes
        if u not in touched:
            region = next(nodes for nodes in regions if u in nodes)
            v = rng.choice([w for w in region if w != u])
            edges.add((min(u, v), max(u, v)))
    return sorted(edges)


def graph_paths(name):
    return os.path.join(DATA, name + ".edges"), os.path.join(DATA, name + ".weighted.edges")


def ensure_graph(name):
    plain, weighted = graph_paths(name)
    if not (os.path.exists(plain) and os.path.exists(weighted)):
        print(f"generating {name} ...", flush=True)
        generate(name)
    with open(plain) as f:
        m = sum(1 for _ in f)
    return m


# ----------------------------------------------------------------------------- children

def child(tool, metric, name, threads):
    """Runs in a fresh process: loads the graph, times `metric`, prints one JSON line."""
    plain, weighted = graph_paths(name)
    use_weights = metric in ("betweenness_weighted", "dijkstra")
    path = weighted if use_weights else plain
    extra = {}

    if tool == "igraph":
        import igraph as ig
        t = time.perf_counter()
        g = ig.Graph.Read_Edgelist(plain, directed=False)
        load = time.perf_counter() - t
        w = None
        if use_weights:   # the same edges in the same order, with their weights (not timed)
            with open(weighted) as f:
                w = [float(line.split()[2]) for line in f]
        calls = {
            "components": lambda: g.connected_components(),
            "pagerank": lambda: g.pagerank(),
            "eigenvector": lambda: g.eigenvector_centrality(),
            "betweenness": lambda: g.betweenness(),
            "betweenness_weighted": lambda: g.betweenness(weights=w),
            "closeness": lambda: g.closeness(),
            "kcore": lambda: g.coreness(),
            "louvain": lambda: g.community_multilevel(),
            "clustering": lambda: g.transitivity_avglocal_undirected(mode="zero"),
            "dijkstra": lambda: g.distances(source=0, weights=w),
        }
    elif tool == "networkit":
        import networkit as nk
        nk.setNumberOfThreads(threads)
        nk.engineering.setLogLevel("ERROR")
        t = time.perf_counter()
        g = nk.graphio.EdgeListReader(" ", 0, continuous=True, directed=False).read(path)
        load = time.perf_counter() - t

        def louvain():
            plm = nk.community.PLM(g, refine=False)
            plm.run()
            extra["modularity"] = nk.community.Modularity().getQuality(plm.getPartition(), g)

        def clustering():
            lcc = nk.centrality.LocalClusteringCoefficient(g, turbo=True)
            lcc.run()
            scores = lcc.scores()
            return sum(scores) / len(scores)

        calls = {
            "components": lambda: nk.components.ConnectedComponents(g).run(),
            "pagerank": lambda: nk.centrality.PageRank(g, damp=0.85).run(),
            "eigenvector": lambda: nk.centrality.EigenvectorCentrality(g).run(),
            "betweenness": lambda: nk.centrality.Betweenness(g).run(),
            "betweenness_weighted": lambda: nk.centrality.Betweenness(g).run(),
            "closeness": lambda: nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.GENERALIZED).run(),
            "kcore": lambda: nk.centrality.CoreDecomposition(g).run(),
            "louvain": louvain,
            "clustering": clustering,
            "dijkstra": lambda: nk.distance.Dijkstra(g, 0).run(),
        }
    elif tool == "rustworkx":
        import rustworkx as rx
        t = time.perf_counter()
        g = rx.PyGraph.read_edge_list(path, deliminator=" ")
        load = time.perf_counter() - t
        if metric == "pagerank":   # rustworkx's PageRank takes digraphs only (not timed)
            dg = g.to_directed()
        calls = {
            "components": lambda: rx.connected_components(g),
            "pagerank": lambda: rx.pagerank(dg),
            "eigenvector": lambda: rx.eigenvector_centrality(g),
            "betweenness": lambda: rx.betweenness_centrality(g, normalized=False),
            "closeness": lambda: rx.closeness_centrality(g),
            "kcore": lambda: rx.core_number(g),
            "dijkstra": lambda: rx.dijkstra_shortest_path_lengths(g, 0, lambda w: float(w)),
        }
    elif tool == "networkx":
        import networkx as nx
        t = time.perf_counter()
        g = nx.read_weighted_edgelist(path, nodetype=int) if use_weights else nx.read_edgelist(path, nodetype=int)
        load = time.perf_counter() - t

        def louvain():
            parts = nx.community.louvain_communities(g, seed=1)
            extra["modularity"] = nx.community.modularity(g, parts)

        calls = {
            "components": lambda: list(nx.connected_components(g)),
            "pagerank": lambda: nx.pagerank(g),
            "eigenvector": lambda: nx.eigenvector_centrality(g),
            "betweenness": lambda: nx.betweenness_centrality(g),
            "betweenness_weighted": lambda: nx.betweenness_centrality(g, weight="weight"),
            "closeness": lambda: nx.closeness_centrality(g),
            "kcore": lambda: nx.core_number(g),
            "louvain": louvain,
            "clustering": lambda: nx.average_clustering(g),
            "dijkstra": lambda: nx.single_source_dijkstra_path_length(g, 0, weight="weight"),
        }
    else:
        raise SystemExit(f"unknown tool {tool}")

    if metric == "load":
        seconds = load
    elif metric not in calls:
        print(json.dumps({"missing": True}))
        return
    else:
        t = time.perf_counter()
        result = calls[metric]()
        seconds = time.perf_counter() - t
        if tool == "igraph" and metric == "louvain":
            extra["modularity"] = result.modularity
    print(json.dumps({"seconds": seconds, **extra}))


# ----------------------------------------------------------------------------- parent

def run_child(args, env, timeout):
    """Runs a child process; returns (returncode, stdout, stderr) or None on timeout."""
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return None
    return proc.returncode, out, err


def time_sandan(sandan, metric, name, threads, timeout):
    plain, weighted = graph_paths(name)
    options, use_weights = SANDAN_METRIC[metric]
    args = [sandan, "analyze", weighted if use_weights else plain, *options,
            "--timings", "--threads", str(threads), "--format", "csv"]
    key = "load" if metric == "load" else options[1]
    seconds = float("inf")
    for _ in range(REPEATS):         # as the peers: the best of a few runs when they are short
        result = run_child(args, os.environ.copy(), timeout)
        if result is None:
            return {"timeout": True}
        code, out, err = result
        if code != 0:
            if "not built yet" in err:
                return {"missing": True}
            return {"error": err.strip().splitlines()[-1] if err.strip() else f"exit {code}"}
        seconds = min(seconds, json.loads(err.strip().splitlines()[-1])["timings"][key])
        if seconds >= REPEAT_BELOW:
            break
    cell = {"seconds": seconds}
    if metric == "louvain":
        cell["modularity"] = modularity_of_csv(plain, out)
    return cell


def modularity_of_csv(plain, csv_text):
    """Modularity of Sandan's community column, computed by igraph (the same yardstick for all)."""
    import igraph as ig
    g = ig.Graph.Read_Edgelist(plain, directed=False)
    lines = csv_text.strip().splitlines()[1:]
    membership = [0] * g.vcount()
    for line in lines:
        node, label = line.split(",")
        membership[int(node)] = int(label)
    return g.modularity(membership)


def time_peer(tool, metric, name, threads, timeout):
    env = os.environ.copy()
    env["RAYON_NUM_THREADS"] = str(threads)
    env["OMP_NUM_THREADS"] = str(threads)
    args = [sys.executable, os.path.abspath(__file__), "--child", tool, metric, name, str(threads)]
    best = None
    for _ in range(REPEATS):         # as Sandan: short calls again in fresh processes, best kept
        result = run_child(args, env, timeout)
        if result is None:
            return {"timeout": True}
        code, out, err = result
        if code != 0:
            return {"error": (err.strip().splitlines() or [f"exit {code}"])[-1][:120]}
        cell = json.loads(out.strip().splitlines()[-1])
        if "seconds" not in cell:
            return cell
        if best is None or cell["seconds"] < best["seconds"]:
            best = cell
        if cell["seconds"] >= REPEAT_BELOW:
            break
    return best


def tool_threads(tool, threads):
    return threads if tool in ("sandan", "networkit", "rustworkx") else 1


def memory_and_load(sandan, name):
    """Peak RSS of holding the graph, and load time, Sandan vs igraph Read_Edgelist.

    Each command runs under GNU time (`/usr/bin/time -f %M`), a small fresh process, because
    Linux carries a parent's peak RSS into a child it forks: measured directly from this script
    (which has held the generated graph), every child would report this script's peak.
    """
    plain, _ = graph_paths(name)
    rows = []
    for label, args in [
        ("sandan stats FILE", [sandan, "stats", plain]),
        ("sandan analyze FILE --metric degree", [sandan, "analyze", plain, "--metric", "degree", "--format", "csv", "--timings"]),
        ("python + import igraph (baseline)", [sys.executable, "-c", "import igraph"]),
        ("igraph Graph.Read_Edgelist", [sys.executable, "-c",
                                        "import igraph, time, sys; t = time.perf_counter(); "
                                        f"g = igraph.Graph.Read_Edgelist({plain!r}, directed=False); "
                                        "print(time.perf_counter() - t, file=sys.stderr)"]),
    ]:
        report = os.path.join(DATA, "time.out")
        done = subprocess.run(["/usr/bin/time", "-o", report, "-f", "%M %e", *args],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, text=True)
        with open(report) as f:
            kib, wall = f.read().split()[-2:]
        err = done.stderr
        load = None
        if "timings" in err:
            load = json.loads(err.strip().splitlines()[-1])["timings"]["load"]
        elif label.startswith("igraph"):
            load = float(err.strip().splitlines()[-1])
        rows.append((label, int(kib) / 1024, load, float(wall)))
    return rows


def fmt(cell):
    if cell is None:
        return "—"
    if cell.get("missing"):
        return "n/a"
    if cell.get("timeout"):
        return "timeout"
    if cell.get("skipped"):
        return "skipped"
    if "error" in cell:
        return "error"
    s = cell["seconds"]
    text = f"{s:.3g}" if s < 1000 else f"{s:.0f}"
    if "modularity" in cell:
        text += f" (Q {cell['modularity']:.3f})"
    return text


def machine_info(threads):
    """Lines describing the machine, the software and the moment."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            mem = f"{int(f.readline().split()[1]) / 1024 / 1024:.0f} GiB RAM"
    except OSError:
        pass
    versions = []
    for module in ("igraph", "networkit", "rustworkx", "networkx"):
        try:
            versions.append(f"{module} {__import__(module).__version__}")
        except ImportError:
            versions.append(f"{module} (missing)")
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    return [
        f"- Date: {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}",
        f"- Machine: {cpu}, {os.cpu_count()} cores, {mem}; {platform.system()} {platform.release()}",
        f"- Load average at start: {', '.join(f'{x:.1f}' for x in os.getloadavg())} (other jobs share the machine)",
        f"- Threads: {threads} for Sandan, NetworKit and rustworkx; igraph and NetworkX are single-threaded",
        f"- Software: {swift[0] if swift else 'swift ?'}; Python {platform.python_version()}; {', '.join(versions)}",
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", nargs=4, metavar=("TOOL", "METRIC", "GRAPH", "THREADS"), help=argparse.SUPPRESS)
    parser.add_argument("--large", action="store_true", help="add the 100k and 1M BA graphs and the O(nm) measures on er50k")
    parser.add_argument("--memory", action="store_true", help="measure memory and loading on ba1m (implied by --large)")
    parser.add_argument("--threads", type=int, default=os.cpu_count(), help="threads for the parallel tools")
    parser.add_argument("--only", help="comma-separated graph names")
    parser.add_argument("--metrics", help="comma-separated measures")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated tools")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per run (NetworkX: 120)")
    parser.add_argument("--skip-build", action="store_true", help="use the existing release build")
    parser.add_argument("--out", default=os.path.join(ROOT, "Benchmarks", "RESULTS.md"))
    args = parser.parse_args()
    if args.child:
        tool, metric, name, threads = args.child
        child(tool, metric, name, int(threads))
        return

    if not args.skip_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "sandan", "--static-swift-stdlib"],
                       cwd=ROOT, check=True)
    sandan = os.path.join(ROOT, ".build", "release", "sandan")

    # Which measures run on each graph: "all", or "linear" (the O(nm) ones are skipped).
    scopes = {"regional": "all", "ba10k": "all", "er50k": "all" if args.large else "linear",
              "ba100k": "linear", "ba1m": "linear"}
    names = ["regional", "ba10k", "er50k"] + (["ba100k", "ba1m"] if args.large else [])
    if args.only:
        names = [g for g in args.only.split(",") if g in scopes]
    plan = [(g, scopes[g]) for g in names]
    metrics = [m for m, _ in METRICS]
    if args.metrics:
        metrics = [m for m in metrics if m in args.metrics.split(",")]
    tools = [t for t in TOOLS if t in args.tools.split(",")]

    header = machine_info(args.threads)
    print("\n".join(header), flush=True)
    stored = load_results()
    for name, scope in plan:
        m = ensure_graph(name)
        with open(graph_paths(name)[0]) as f:
            n = 1 + max(max(int(x) for x in line.split()) for line in f)
        print(f"\n## {name}: {n} nodes, {m} edges", flush=True)
        entry = stored["graphs"].setdefault(name, {"n": n, "m": m, "rows": {}, "runs": []})
        entry.update(n=n, m=m)
        entry["runs"].append(header[0][len("- Date: "):] + f" (load average {os.getloadavg()[0]:.1f}, "
                             f"{args.threads} threads: {', '.join(metrics)})")
        networkx_gave_up = False
        for metric in metrics:
            quadratic = dict(METRICS)[metric]
            cells = entry["rows"].setdefault(metric, {})
            for tool in tools:
                if scope == "linear" and quadratic:
                    cells.setdefault(tool, {"skipped": True})
                    continue
                if tool == "networkx" and (networkx_gave_up or (quadratic and n * m > NETWORKX_QUADRATIC_LIMIT)):
                    cells[tool] = {"skipped": True}
                    continue
                if tool == "sandan":
                    cells[tool] = time_sandan(sandan, metric, name, args.threads, args.timeout)
                else:
                    limit = min(args.timeout, 120) if tool == "networkx" else args.timeout
                    cells[tool] = time_peer(tool, metric, name, args.threads, limit)
                    if tool == "networkx" and metric == "load" and cells[tool].get("timeout"):
                        networkx_gave_up = True
                cells[tool]["threads"] = tool_threads(tool, args.threads)
                print(f"  {metric:22s} {tool:10s} {fmt(cells[tool])}", flush=True)
            save_results(stored)

    if args.memory or (args.large and (not args.only or "ba1m" in args.only.split(","))):
        ensure_graph("ba1m")
        stored["memory"] = {"date": header[0][len("- Date: "):], "rows": memory_and_load(sandan, "ba1m")}
    stored["header"] = header
    save_results(stored)
    write_results(args, stored)


RESULTS_JSON = os.path.join(ROOT, "Benchmarks", "results.json")
GRAPH_ORDER = ["regional", "ba10k", "er50k", "ba100k", "ba1m"]


def load_results():
    """Earlier measurements (Benchmarks/results.json), so a partial rerun updates only its rows."""
    if os.path.exists(RESULTS_JSON):
        with open(RESULTS_JSON) as f:
            return json.load(f)
    return {"graphs": {}}


def save_results(stored):
    with open(RESULTS_JSON, "w") as f:
        json.dump(stored, f, indent=1, sort_keys=True)
        f.write("\n")


def ratio(cells):
    sandan = cells.get("sandan", {})
    peers = [c["seconds"] for t, c in cells.items() if t != "sandan" and c and "seconds" in c]
    if "seconds" not in sandan or not peers or min(peers) <= 0:
        return "—"
    return f"{sandan['seconds'] / min(peers):.2f}"


def write_results(args, stored):
    """Writes RESULTS.md from every stored measurement."""
    lines = ["# Benchmark results", "",
             "Produced by `python3 Benchmarks/compare.py` (the tables gather all runs stored in",
             "`Benchmarks/results.json`; each graph lists the runs behind it). See `Benchmarks/README.md`",
             "for what each row runs. Seconds per measure, three significant digits (loading and process",
             "start-up excluded, except in the `load` row); **ratio** = Sandan's time / the fastest peer's",
             "(below 1: Sandan is faster). Thread counts are in the column headers.",
             "`n/a`: the tool has no such measure, or Sandan has not built it yet; `skipped`: not run on",
             "this graph (see the README); `timeout`: over the time limit (NetworkX 120 s).", ""]
    lines += stored.get("header", [])
    lines.append("")
    for name in sorted(stored["graphs"], key=lambda g: GRAPH_ORDER.index(g) if g in GRAPH_ORDER else 99):
        entry = stored["graphs"][name]
        rows = entry["rows"]
        tools = [t for t in TOOLS if any(t in cells for cells in rows.values())]
        threads = {t: next((c.get("threads") for c in (cells.get(t, {}) for cells in rows.values())
                            if c.get("threads")), "?") for t in tools}
        lines += [f"## {name} — {entry['n']:,} nodes, {entry['m']:,} edges", ""]
        lines += [f"Runs: {'; '.join(entry['runs'])}.", ""]
        lines.append("| measure | " + " | ".join(f"{t} ({threads[t]} thr)" for t in tools) + " | ratio |")
        lines.append("|---" * (len(tools) + 2) + "|")
        for metric, _ in METRICS:
            if metric in rows:
                cells = rows[metric]
                lines.append(f"| {metric} | " + " | ".join(fmt(cells.get(t)) for t in tools) + f" | {ratio(cells)} |")
        lines.append("")
    memory = stored.get("memory")
    if memory:
        lines += [f"## Memory and loading: ba1m (1,000,000 nodes, about 5,000,000 edges), {memory['date']}", "",
                  "| process | peak RSS (MiB) | load (s) | wall (s) |", "|---|---|---|---|"]
        for label, rss, load, wall in memory["rows"]:
            lines.append(f"| {label} | {rss:.0f} | {'' if load is None else f'{load:.2f}'} | {wall:.2f} |")
        lines.append("")
    notes = os.path.join(ROOT, "Benchmarks", "NOTES.md")
    if os.path.exists(notes):
        with open(notes) as f:
            lines += [f.read().rstrip(), ""]
    with open(args.out, "w") as f:
        f.write("\n".join(lines))
    print(f"\nwrote {os.path.relpath(args.out, ROOT)}")


if __name__ == "__main__":
    main()
