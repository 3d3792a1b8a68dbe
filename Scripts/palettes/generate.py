"""Generates Sandan's large categorical palettes (run by hand; the output is pasted into
Sources/SandanGraphviz/Style/Palette.swift and Sources/SandanClusters/Vocabulary/Region.swift (`colors`, `macroColors`)).

- "distinct": 24 colours chosen greedily in CIELAB for the largest smallest CIEDE2000 distance
  (each next colour is the candidate farthest from those already chosen), starting from the
  Okabe–Ito colours so that the first seven are the colour-blind-safe ones. Candidates: the
  sRGB cube on a grid of 18 levels per channel, without colours lighter than L* 85 (too pale
  for a dot on white) or darker than L* 20 (too close to the black text).
- "korea-regions": the 17 시·도 in hue families of the 5+2 광역경제권 (the capital region blue,
  Chungcheong green, Honam orange, Daegyeong purple, Dongnam red, Gangwon teal, Jeju brown).
  Each province's colour is chosen in its family's hue band (±28° of LCh hue around the family
  centre) greedily for the largest smallest CIEDE2000 distance to every colour chosen so far,
  then improved by a few passes of coordinate descent. The macro regions get their family's
  centre colour.

Prints every palette with its smallest pairwise ΔE00. Deterministic (no randomness).
"""
import math, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "checks", "support"))
from ciede2000 import srgb_to_lab, delta_e, minimum_distance

LEVELS = [round(i * 255 / 17) for i in range(18)]
CANDIDATES = []
for r in LEVELS:
    for g in LEVELS:
        for b in LEVELS:
            hexc = "#%02X%02X%02X" % (r, g, b)
            lab = srgb_to_lab(hexc)
            if 20 <= lab[0] <= 85:
                CANDIDATES.append((hexc, lab))

def greedy(start, count, pool):
    chosen = list(start)
    labs = [srgb_to_lab(c) for c in chosen]
    while len(chosen) < count:
        best = max(pool, key=lambda c: (min(delta_e(c[1], l) for l in labs), c[0]))
        chosen.append(best[0])
        labs.append(best[1])
    return chosen

def hue(lab):
    return math.degrees(math.atan2(lab[2], lab[1])) % 360

def in_band(lab, centre, width=28, min_chroma=18):
    d = abs((hue(lab) - centre + 180) % 360 - 180)
    return d <= width and math.hypot(lab[1], lab[2]) >= min_chroma

FAMILIES = [  # (macro region, hue centre in LCh degrees, provinces)
    ("수도권", 265, ["서울", "인천", "경기"]),
    ("충청권", 140, ["대전", "세종", "충북", "충남"]),
    ("호남권", 65, ["광주", "전북", "전남"]),
    ("대경권", 315, ["대구", "경북"]),
    ("동남권", 25, ["부산", "울산", "경남"]),
    ("강원권", 200, ["강원"]),
    ("제주권", 95, ["제주"]),
]

def regions():
    slots = [(p, centre) for _, centre, provinces in FAMILIES for p in provinces]
    pools = {centre: [c for c in CANDIDATES if in_band(c[1], centre)] for _, centre, _ in FAMILIES}
    chosen = {}
    for p, centre in slots:
        labs = [srgb_to_lab(c) for c in chosen.values()]
        pool = pools[centre]
        chosen[p] = max(pool, key=lambda c: (min((delta_e(c[1], l) for l in labs), default=100), c[0]))[0] if labs else \
            max(pool, key=lambda c: (math.hypot(c[1][1], c[1][2]), c[0]))[0]
    for _ in range(4):
        for p, centre in slots:
            others = [srgb_to_lab(c) for q, c in chosen.items() if q != p]
            chosen[p] = max(pools[centre], key=lambda c: (min(delta_e(c[1], l) for l in others), c[0]))[0]
    macro = {}
    for name, centre, provinces in FAMILIES:
        labs = [srgb_to_lab(chosen[p]) for p in provinces]
        mean = tuple(sum(l[i] for l in labs) / len(labs) for i in range(3))
        macro[name] = min(pools[centre], key=lambda c: (sum((c[1][i] - mean[i]) ** 2 for i in range(3)), c[0]))[0]
    return chosen, macro

if __name__ == "__main__":
    okabe = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]
    distinct = greedy(okabe, 24, CANDIDATES)
    print("distinct", distinct, "min ΔE00 %.2f" % minimum_distance(distinct)[0])
    for k in (8, 17, 20, 24):
        print("  first", k, "min %.2f" % minimum_distance(distinct[:k])[0])
    provinces, macro = regions()
    print("regions", provinces, "min ΔE00 %.2f" % minimum_distance(list(provinces.values()))[0])
    print("macro", macro, "min ΔE00 %.2f" % minimum_distance(list(macro.values()))[0])
