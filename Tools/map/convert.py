#!/usr/bin/env python3
"""Converts Natural Earth 1:110m countries and capitals (as shipped in PyPI's geopandas 0.14.4
wheel) into natoscope's compact map format, Resources/map/world.txt, and the Swift file that
embeds it, Sources/NatoMap/EmbeddedMap.swift.

Usage (nothing is downloaded at build or run time; this script is run by hand):
    pip download --no-deps geopandas==0.14.4 && unzip -q geopandas-0.14.4-*.whl 'geopandas/datasets/*'
    pip install pyshp
    python3 Tools/map/convert.py path/to/geopandas/datasets

Format (docs in Resources/map/README.md): text lines, coordinates quantised to 1/Q degree.
    natoscope-map 1 Q
    S ISO RING RING ...             one shape per country; each RING is a run of base-64 varints
                                    (zigzag), the first point absolute, the rest deltas
    P ISO X Y                       the country's marker point: its capital when the capitals
                                    file has it, else the centre of its largest ring
"""
import os
import sys

import shapefile  # pyshp

Q = 20  # points per degree: 0.05 degree, finer than the 1:110m source's detail
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

# Shapes whose iso_a3 is missing ("-99") in some releases of the low-resolution set: by name.
ISO_BY_NAME = {
    "Kosovo": "XKX",  # no ISO 3166 code; XKX is the user-assigned code the EU and IMF use
    "France": "FRA",
    "Norway": "NOR",
    "N. Cyprus": "CYN",
    "Somaliland": "SOL",
}

# Capitals (names as in naturalearth_cities) of countries the map marks with a point. The
# cities file holds names only, so the link to a country is made here. Countries with no
# shape at 1:110m (Malta, Bahrain, Singapore, Andorra) need one; the others are small.
CAPITALS = {
    "MLT": "Valletta", "BHR": "Manama", "SGP": "Singapore", "AND": "Andorra",
    "LUX": "Luxembourg", "MNE": "Podgorica", "SVN": "Ljubljana", "QAT": "Doha",
    "KWT": "Kuwait City", "XKX": "Pristina", "MKD": "Skopje", "ALB": "Tirana",
    "BEL": "Brussels", "NLD": "Amsterdam", "ISL": "Reykjavík", "DNK": "København",
    "EST": "Tallinn", "LVA": "Riga", "LTU": "Vilnius", "CHE": "Bern", "AUT": "Vienna",
    "BIH": "Sarajevo", "HRV": "Zagreb", "SRB": "Belgrade", "MDA": "Chi?in?u",
    "ARM": "Yerevan", "GEO": "Tbilisi", "AZE": "Baku", "ISR": "Jerusalem", "JOR": "Amman",
    "LBN": "Beirut", "CYP": "Nicosia", "ARE": "Abu Dhabi", "TUN": "Tunis",
    "IRL": "Dublin", "PRT": "Lisbon", "SVK": "Bratislava", "CZE": "Prague",
    "HUN": "Budapest", "GRC": "Athens", "BGR": "Sofia", "ROU": "Bucharest",
    "LIE": "Vaduz", "MCO": "Monaco", "SMR": "San Marino", "VAT": "Vatican City",
}
# Small countries with no shape at this scale, added as points only (name for the README).
POINT_ONLY = {"MLT": "Malta", "BHR": "Bahrain", "SGP": "Singapore", "AND": "Andorra",
              "LIE": "Liechtenstein", "MCO": "Monaco", "SMR": "San Marino", "VAT": "Vatican City"}


def q(v):
    return int(round(v * Q))


def varint(n, out):
    z = (n << 1) ^ (n >> 63)  # zigzag
    while True:
        chunk = z & 31
        z >>= 5
        out.append(ALPHABET[chunk | (32 if z else 0)])
        if not z:
            return


def encode_ring(points):
    out, px, py = [], 0, 0
    pts = [(q(x), q(y)) for x, y in points]
    dedup = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
    if len(dedup) > 1 and dedup[0] == dedup[-1]:
        dedup.pop()  # closed implicitly
    if len(dedup) < 3:
        return None
    for x, y in dedup:
        varint(x - px, out)
        varint(y - py, out)
        px, py = x, y
    return "".join(out)


def ring_area_centre(points):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if a == 0:
        return 0.0, points[0]
    return abs(a / 2), (cx / (3 * a), cy / (3 * a))


def main(datasets):
    countries = shapefile.Reader(os.path.join(datasets, "naturalearth_lowres", "naturalearth_lowres"))
    cities = shapefile.Reader(os.path.join(datasets, "naturalearth_cities", "naturalearth_cities"))
    city_points = {}
    for sr in cities.iterShapeRecords():
        city_points.setdefault(sr.record["name"], sr.shape.points[0])
    lines = [f"natoscope-map 1 {Q}"]
    markers, seen = {}, set()
    for sr in countries.iterShapeRecords():
        rec = sr.record.as_dict()
        iso = ISO_BY_NAME.get(rec["name"], rec["iso_a3"])
        if len(iso) != 3 or not iso.isalpha() or not iso.isupper():
            sys.exit(f"convert.py: no ISO code for {rec['name']!r} ({rec['iso_a3']}); add it to ISO_BY_NAME")
        if iso in seen:
            sys.exit(f"convert.py: ISO code {iso} used twice")
        seen.add(iso)
        shape, rings, best = sr.shape, [], (0.0, None)
        parts = list(shape.parts) + [len(shape.points)]
        for a, b in zip(parts, parts[1:]):
            pts = shape.points[a:b]
            enc = encode_ring(pts)
            if enc:
                rings.append(enc)
                best = max(best, ring_area_centre(pts[:-1] if pts[0] == pts[-1] else pts), key=lambda t: t[0])
        lines.append("S " + iso + " " + " ".join(rings))
        markers[iso] = best[1]
    for iso, capital in CAPITALS.items():
        if capital not in city_points:
            sys.exit(f"convert.py: capital {capital!r} of {iso} not in naturalearth_cities")
        markers[iso] = city_points[capital]
    for iso in sorted(markers):
        x, y = markers[iso]
        lines.append(f"P {iso} {q(x)} {q(y)}")
    text = "\n".join(lines) + "\n"
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    with open(os.path.join(root, "Resources", "map", "world.txt"), "w") as f:
        f.write(text)
    swift = ("// Generated by Tools/map/convert.py from Resources/map/world.txt. Do not edit.\n"
             "// Natural Earth 1:110m (public domain); see Resources/map/README.md.\n"
             "enum EmbeddedMap {\n    static let text = #\"\"\"\n" + text + "\"\"\"#\n}\n")
    with open(os.path.join(root, "Sources", "NatoMap", "EmbeddedMap.swift"), "w") as f:
        f.write(swift)
    print(f"{len(seen)} shapes, {len(markers)} markers, {len(text)} bytes")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "geopandas/datasets")
