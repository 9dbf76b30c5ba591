"""The districts' outlines for the map: read, checked against the model, and projected.

An outlines file belongs to a model by name (``resources/maps/<model id>_districts.json``); a
model without one simply has no map. A model whose districts changed since (a district added,
one split into towns) keeps the map of the districts that have an outline: the others are
listed as ``missing`` and said under the map, and outlines of districts the model no longer
has are left out. Coordinates are longitude/latitude in degrees.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from strategies.model import PlanningModel

Point = tuple[float, float]
Ring = tuple[Point, ...]
Polygon = tuple[Ring, ...]  # the outer ring first, then its holes


class DistrictMapError(ValueError):
    """The outlines file cannot be used (which file, which district, what is wrong)."""


@dataclass(frozen=True)
class DistrictOutline:
    district: str
    code: str
    polygons: tuple[Polygon, ...]
    label: Point  # where the name goes: inside the district, away from its edges


@dataclass(frozen=True)
class DistrictMap:
    outlines: tuple[DistrictOutline, ...]  # in the model's district order
    source: str = ""  # where the outlines come from, and under which licence
    licence: str = ""
    credits: tuple[tuple[str, str], ...] = ()  # (language, the line a drawn map shows)
    missing: tuple[str, ...] = ()  # the model's districts without an outline (not drawn)

    def credit(self, lang: str) -> str:
        """The line that credits the outlines under a drawn map, in lang if the file has it
        (else English, else the source)."""
        found = dict(self.credits)
        return found.get(lang) or found.get("en") or self.source

    def projected(self) -> tuple[DistrictOutline, ...]:
        """The outlines in a plane where one unit is the same distance both ways: x is the
        longitude times cos(mean latitude), y grows northwards (equirectangular)."""
        latitudes = [y for o in self.outlines for p in o.polygons for r in p for _, y in r]
        shrink = math.cos(math.radians((min(latitudes) + max(latitudes)) / 2))

        def plane(ring: Ring) -> Ring:
            return tuple((x * shrink, y) for x, y in ring)

        return tuple(
            DistrictOutline(
                o.district,
                o.code,
                tuple(tuple(plane(r) for r in p) for p in o.polygons),
                plane((o.label,))[0],
            )
            for o in self.outlines
        )


def default_map_path(model: PlanningModel) -> Path:
    return map_path(model.id)


def map_path(model_id: str) -> Path:
    return Path(str(resources.files("resources") / "maps" / f"{model_id}_districts.json"))


def load_district_map(model: PlanningModel, path: Path | None = None) -> DistrictMap | None:
    """The model's outlines, or None when it has none; DistrictMapError when they are wrong."""
    return load_district_map_of(model.id, model.district_ids, path)


def load_district_map_of(
    model_id: str, district_ids: Sequence[str], path: Path | None = None
) -> DistrictMap | None:
    """The outlines of a model known by its id and districts (as a report names them)."""
    path = path or map_path(model_id)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))  # an editor may add a BOM
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DistrictMapError(f"{path}: cannot be read ({error})") from None
    outlines = _outlines(data, model_id, tuple(district_ids), path)
    if not outlines:  # none of the model's districts has one: no map
        return None
    drawn = {o.district for o in outlines}
    return DistrictMap(
        outlines,
        _text(data, "source", path),
        _text(data, "licence", path),
        _credits(data, path),
        tuple(d for d in district_ids if d not in drawn),
    )


def _text(data: dict, key: str, path: Path) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise DistrictMapError(f"{path}: {key} is not a text")
    return value


def _credits(data: dict, path: Path) -> tuple[tuple[str, str], ...]:
    """The credit line: one text for every language, or one per language code."""
    value = data.get("credit", {})
    if isinstance(value, str):
        return (("en", value),)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise DistrictMapError(f"{path}: credit is neither a text nor texts by language")
    return tuple(value.items())


def _outlines(
    data: object, model_id: str, district_ids: tuple[str, ...], path: Path
) -> tuple[DistrictOutline, ...]:
    if not isinstance(data, dict) or not isinstance(data.get("districts"), list):
        raise DistrictMapError(f"{path}: no list of districts")
    records = data["districts"]
    if data.get("model", model_id) != model_id:
        raise DistrictMapError(f"{path}: outlines of model {data['model']!r}, not {model_id!r}")
    found: dict[str, DistrictOutline] = {}
    for record in records:
        outline = _outline(record, path)  # every outline is checked, used or not
        if outline.district in found:
            raise DistrictMapError(f"{path}: district {outline.district!r} appears twice")
        found[outline.district] = outline
    return tuple(found[d] for d in district_ids if d in found)


def _outline(record: object, path: Path) -> DistrictOutline:
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise DistrictMapError(f"{path}: a district without an id")
    district = record["id"]
    polygons = record.get("polygons")
    if not isinstance(polygons, list) or not polygons:
        raise DistrictMapError(f"{path}: district {district!r} has no polygons")
    try:
        shapes = tuple(tuple(_ring(r) for r in _list(p)) for p in polygons)
        if any(not polygon for polygon in shapes):
            raise ValueError("an empty polygon")
        label = _point(record["label"]) if "label" in record else _box_centre(shapes[0][0])
    except ValueError as error:
        raise DistrictMapError(f"{path}: district {district!r}: {error}") from None
    return DistrictOutline(district, str(record.get("code", "")), shapes, label)


def _box_centre(ring: Ring) -> Point:
    xs, ys = [x for x, _ in ring], [y for _, y in ring]
    return ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)


def _list(value: object) -> list:
    if not isinstance(value, list):
        raise ValueError("a polygon is not a list of rings")
    return value


def _ring(value: object) -> Ring:
    """A closed ring of at least three distinct corners, every coordinate a finite number."""
    points = tuple(_point(p) for p in _list(value))
    if len(points) < 4:
        raise ValueError(f"a ring of {len(points)} points (a closed ring needs at least 4)")
    if points[0] != points[-1]:
        raise ValueError(f"a ring that is not closed (starts {points[0]}, ends {points[-1]})")
    return points


def _point(value: object) -> Point:
    if not isinstance(value, Sequence) or isinstance(value, str) or len(value) != 2:
        raise ValueError(f"{value!r} is not a [longitude, latitude] pair")
    if not all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in value):
        raise ValueError(f"{value!r} holds something other than numbers")
    longitude, latitude = float(value[0]), float(value[1])
    if not (math.isfinite(longitude) and math.isfinite(latitude)):
        raise ValueError(f"{value!r} is not finite")
    if not (-180 <= longitude <= 180 and -90 <= latitude <= 90):
        raise ValueError(f"{value!r} is outside longitude -180..180 / latitude -90..90")
    return (longitude, latitude)
