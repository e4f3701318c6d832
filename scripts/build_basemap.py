"""Build the web view's world basemap: Natural Earth country outlines as small GeoJSON.

Source: the npm package ``world-atlas`` (TopoJSON of Natural Earth 4.1.0 admin-0 countries;
Natural Earth is public domain, the package is ISC-licensed by Michael Bostock). The script
fetches it with ``npm pack`` (or reads a tarball or unpacked folder given with ``--source``),
simplifies the shared arcs once (Douglas–Peucker, so neighbouring borders stay identical and
no gaps open), rounds coordinates to 0.01° and writes

    src/tacitus/web/static/world.geojson         features {iso3, name} (iso3 from ISO numeric)
    src/tacitus/web/static/world.LICENSE.txt     where it came from and under which terms

Run it again only to change the basemap; its output is committed so that installing tacitus
needs neither npm nor the network:

    python scripts/build_basemap.py [--source world-atlas-2.0.2.tgz] [--scale 50m] [--tolerance 0.08]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from itertools import pairwise
from pathlib import Path
from typing import Any

PACKAGE = "world-atlas@2.0.2"
OUT_DIR = Path(__file__).resolve().parents[1] / "src" / "tacitus" / "web" / "static"
# Outlines that Natural Earth draws apart but that have no ISO numeric code.
NO_NUMERIC = {"Kosovo": "XKX", "Somaliland": "SOM", "N. Cyprus": "CYP", "Siachen Glacier": "IND",
              "Indian Ocean Ter.": "AUS"}

Point = tuple[float, float]


def fetch(source: Path | None, workdir: Path) -> Path:
    """The unpacked package folder: from ``source`` (tarball or folder) or from ``npm pack``."""
    if source is not None and source.is_dir():
        return source
    if source is None:
        subprocess.run(["npm", "pack", PACKAGE, "--silent", "--pack-destination", str(workdir)], check=True,
                       stdout=subprocess.DEVNULL)
        source = next(workdir.glob("world-atlas-*.tgz"))
    with tarfile.open(source) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / "package"


def decode_arcs(topo: dict[str, Any]) -> list[list[Point]]:
    """Absolute coordinates of every arc of a quantized topology."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker, iterative; the two ends are always kept (they are shared with neighbours)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            dist = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if dist > worst:
                worst, index = dist, i
        if index > 0 and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def ring(indices: list[int], arcs: list[list[Point]]) -> list[list[float]]:
    out: list[Point] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(arc if not out else arc[1:])
    coords = [[round(x, 2), round(y, 2)] for x, y in out]
    deduped = [c for n, c in enumerate(coords) if n == 0 or c != coords[n - 1]]
    return deduped


def geometry(geom: dict[str, Any], arcs: list[list[Point]], raw: list[list[Point]]) -> dict[str, Any] | None:
    def closed(indices: list[int]) -> list[list[float]]:
        # A small island simplifies to a sliver; keep its outline as drawn instead.
        simple = ring(indices, arcs)
        return simple if len(simple) >= 4 else ring(indices, raw)

    def polygon(rings: list[list[int]]) -> list[list[list[float]]]:
        return [r for r in (closed(x) for x in rings) if len(r) >= 4]

    if geom["type"] == "Polygon":
        polys = [polygon(geom["arcs"])]
    elif geom["type"] == "MultiPolygon":
        polys = [polygon(p) for p in geom["arcs"]]
    else:
        return None
    polys = [copy for p in polys if p for copy in planar(p)]
    if not polys:
        return None
    return {"type": "MultiPolygon", "coordinates": polys}


def unwrap(ring: list[list[float]]) -> list[list[float]]:
    """The ring with longitudes made continuous (no jump of more than 180° between points);
    a ring around a pole (Antarctica) is closed along the pole's parallel."""
    out = [ring[0]]
    for x, y in ring[1:]:
        prev = out[-1][0]
        while x - prev > 180:
            x -= 360
        while x - prev < -180:
            x += 360
        out.append([round(x, 2), y])
    if abs(out[-1][0] - out[0][0]) > 180:
        pole = -90.0 if sum(y for _, y in out) < 0 else 90.0
        out += [[out[-1][0], pole], [out[0][0], pole], out[0]]
    return out


def planar(polygon: list[list[list[float]]]) -> list[list[list[list[float]]]]:
    """A spherical polygon as polygons for a flat map from -180° to 180°: one that crosses the
    antimeridian (Russia, Fiji, Antarctica) is drawn whole and again shifted by 360°, each copy
    clipped by the map's edge, instead of as a band straight across the map."""
    if not any(abs(a[0] - b[0]) > 180 for r in polygon for a, b in pairwise(r)):
        return [polygon]
    rings = [unwrap(r) for r in polygon]
    xs = [x for r in rings for x, _ in r]
    return [[[[round(x + shift, 2), y] for x, y in r] for r in rings]
            for shift in (-360, 0, 360) if min(xs) + shift < 180 and max(xs) + shift > -180]


def iso3_of(numeric: str | None, name: str) -> str | None:
    if numeric is None:
        return NO_NUMERIC.get(name)
    import pycountry

    country = pycountry.countries.get(numeric=numeric.zfill(3))
    return country.alpha_3 if country else NO_NUMERIC.get(name)


def build(package: Path, scale: str, tolerance: float) -> dict[str, Any]:
    topo = json.loads((package / f"countries-{scale}.json").read_text(encoding="utf-8"))
    raw = decode_arcs(topo)
    arcs = [simplify(a, tolerance) for a in raw]
    features: list[dict[str, Any]] = []
    for geom in topo["objects"]["countries"]["geometries"]:
        name = geom.get("properties", {}).get("name", "")
        shape = geometry(geom, arcs, raw)
        if shape is None:
            continue
        features.append({"type": "Feature", "properties": {"iso3": iso3_of(geom.get("id"), name), "name": name},
                         "geometry": shape})
    features.sort(key=lambda f: (f["properties"]["iso3"] or "~", f["properties"]["name"]))
    return {"type": "FeatureCollection", "features": features}


LICENSE_NOTE = """world.geojson: country outlines for the tacitus web view.

Made by scripts/build_basemap.py from the npm package {package} (countries-{scale}.json),
simplified (Douglas-Peucker, tolerance {tolerance} degrees) and rounded to 0.01 degrees.

The geometry is Natural Earth's admin-0 country boundaries, version 4.1.0
(https://www.naturalearthdata.com/), which are in the public domain.

The world-atlas package that converts them to TopoJSON carries this licence:

{license}"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, help="world-atlas tarball or unpacked folder (default: npm pack)")
    parser.add_argument("--scale", choices=["110m", "50m"], default="50m")
    parser.add_argument("--tolerance", type=float, default=0.08, help="simplification tolerance in degrees")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        package = fetch(args.source, Path(tmp))
        world = build(package, args.scale, args.tolerance)
        licence = (package / "LICENSE").read_text(encoding="utf-8")
    target = args.out / "world.geojson"
    target.write_text(json.dumps(world, separators=(",", ":")) + "\n", encoding="utf-8")
    (args.out / "world.LICENSE.txt").write_text(
        LICENSE_NOTE.format(package=PACKAGE, scale=args.scale, tolerance=args.tolerance, license=licence), encoding="utf-8")
    missing = [f["properties"]["name"] for f in world["features"] if not f["properties"]["iso3"]]
    print(f"{target}: {len(world['features'])} countries, {target.stat().st_size / 1024:.0f} KiB"
          + (f"; without ISO3: {', '.join(missing)}" if missing else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
