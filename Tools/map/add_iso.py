#!/usr/bin/env python3
"""Adds each country's ISO 3166-1 alpha-3 code to Resources/data/allies.json and partners.json
as one new line right after the country's "name" line, touching nothing else. Idempotent: a
country that already has an "iso" line is left alone. Usage: python3 Tools/map/add_iso.py"""
import os
import re

ISO = {
    "belgium": "BEL", "canada": "CAN", "denmark": "DNK", "france": "FRA", "iceland": "ISL",
    "italy": "ITA", "luxembourg": "LUX", "netherlands": "NLD", "norway": "NOR", "portugal": "PRT",
    "united-kingdom": "GBR", "united-states": "USA", "greece": "GRC", "turkiye": "TUR",
    "germany": "DEU", "spain": "ESP", "czechia": "CZE", "hungary": "HUN", "poland": "POL",
    "bulgaria": "BGR", "estonia": "EST", "latvia": "LVA", "lithuania": "LTU", "romania": "ROU",
    "slovakia": "SVK", "slovenia": "SVN", "albania": "ALB", "croatia": "HRV", "montenegro": "MNE",
    "north-macedonia": "MKD", "finland": "FIN", "sweden": "SWE",
    "armenia": "ARM", "austria": "AUT", "azerbaijan": "AZE", "belarus": "BLR",
    "bosnia-and-herzegovina": "BIH", "georgia": "GEO", "ireland": "IRL", "kazakhstan": "KAZ",
    "kyrgyz-republic": "KGZ", "malta": "MLT", "moldova": "MDA", "russia": "RUS", "serbia": "SRB",
    "switzerland": "CHE", "tajikistan": "TJK", "turkmenistan": "TKM", "ukraine": "UKR",
    "uzbekistan": "UZB", "algeria": "DZA", "egypt": "EGY", "israel": "ISR", "jordan": "JOR",
    "mauritania": "MRT", "morocco": "MAR", "tunisia": "TUN", "bahrain": "BHR", "kuwait": "KWT",
    "qatar": "QAT", "united-arab-emirates": "ARE", "afghanistan": "AFG", "australia": "AUS",
    "colombia": "COL", "iraq": "IRQ", "japan": "JPN", "republic-of-korea": "KOR",
    "mongolia": "MNG", "new-zealand": "NZL", "pakistan": "PAK",
}

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Resources", "data")
for name in ("allies.json", "partners.json"):
    path = os.path.join(root, name)
    lines = open(path, encoding="utf-8").read().split("\n")
    out, current, in_countries = [], None, False
    for i, line in enumerate(lines):
        out.append(line)
        if re.match(r'\s*"countries"\s*:', line):
            in_countries = True
        m = re.match(r'(\s*)"id"\s*:\s*"([^"]+)"', line)
        if m:
            current = m.group(2)
        n = re.match(r'(\s*)"name"\s*:', line)
        if n and in_countries and current in ISO:
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if '"iso"' not in nxt:
                out.append(f'{n.group(1)}"iso": "{ISO[current]}",')
            current = None
    open(path, "w", encoding="utf-8").write("\n".join(out))
