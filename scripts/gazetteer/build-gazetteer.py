#!/usr/bin/env python3
"""Builds SahelReports' built-in gazetteer (src/SahelReports/Geography/Data/gazetteer.tsv).

Inputs:
  * the OCHA COD-AB P-code list for Burkina Faso, Mali and Niger, admin1 and admin2
    (columns: Location, Admin Level, P-Code, Name, Parent P-Code, Valid from date; UTF-8, BOM allowed),
    by default ../shared/data/pcodes/sahel-pcodes-adm-1-2.csv from the repository root;
  * our own additions, scripts/gazetteer/additions.tsv (French names with diacritics, ACLED/English spellings,
    aliases, admin1 capitals with approximate coordinates).

Output: the gazetteer in SahelReports' own tab-separated format (see Data/README.md beside it). The output is
deterministic (sorted by P-code, LF line endings, UTF-8 without BOM), so rebuilding from the same inputs gives the
same bytes.

The script fails (exit code 1) rather than guess when:
  * an additions row names a P-code that is not in the COD-AB list, or appears twice;
  * an additions name is not the COD-AB name once accents, case and punctuation are ignored;
  * a name or alias would make two areas of the same country and level share a comparison key;
  * a COD-AB row is malformed (unknown country, bad level, parent or date).

Usage (from the repository root):
  python3 scripts/gazetteer/build-gazetteer.py [--cod PATH] [--additions PATH] [--out PATH] [--check]
--check compares the freshly built text with the committed file and fails when they differ.

Standard library only.
"""

import argparse
import csv
import datetime
import os
import sys
import unicodedata

VERSION = "cod-ab-2023-07-25.1"
SOURCE = "OCHA COD-AB via HDX (CC BY-IGO), aliases and spellings by SahelReports"
ALPHA2 = {"BFA": "BF", "MLI": "ML", "NER": "NE"}
COLUMNS = ["pcode", "level", "parent", "name", "name_en", "aliases", "capital", "latitude", "longitude", "valid_from"]

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def name_key(name):
    """Mirrors SahelReports.Geography.NameKey.From: NFD, drop combining marks, keep letters and digits, lower-case."""
    decomposed = unicodedata.normalize("NFD", name or "")
    out = []
    for ch in decomposed:
        if unicodedata.category(ch) in ("Mn", "Mc", "Me"):
            continue
        if ch.isalnum():
            out.append(ch.lower())
    return "".join(out)


def fail(message):
    print("build-gazetteer: error: " + message, file=sys.stderr)
    sys.exit(1)


def is_pcode(text):
    """An ISO alpha-2 prefix (two upper-case ASCII letters) followed by zero or more ASCII digits."""
    return (len(text) >= 2 and all("A" <= c <= "Z" for c in text[:2])
            and all("0" <= c <= "9" for c in text[2:]))


def read_cod(path):
    areas = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        expected = ["Location", "Admin Level", "P-Code", "Name", "Parent P-Code", "Valid from date"]
        if reader.fieldnames != expected:
            fail(f"{path}: expected columns {expected}, found {reader.fieldnames}")
        for line, row in enumerate(reader, start=2):
            country = row["Location"].strip()
            if country not in ALPHA2:
                fail(f"{path} line {line}: country '{country}' is not BFA, MLI or NER")
            level = row["Admin Level"].strip()
            if level not in ("1", "2"):
                fail(f"{path} line {line}: admin level '{level}' is not 1 or 2")
            code = row["P-Code"].strip()
            if not is_pcode(code) or not code.startswith(ALPHA2[country]):
                fail(f"{path} line {line}: '{code}' is not a P-code of {country}")
            parent = row["Parent P-Code"].strip()
            if level == "1":
                if parent != country:
                    fail(f"{path} line {line}: admin1 parent '{parent}' is not the country {country}")
                parent = ALPHA2[country]
            elif not is_pcode(parent) or not code.startswith(parent):
                fail(f"{path} line {line}: parent '{parent}' is not a prefix of '{code}'")
            try:
                valid_from = datetime.date.fromisoformat(row["Valid from date"].strip())
            except ValueError:
                fail(f"{path} line {line}: '{row['Valid from date']}' is not an ISO date")
            name = row["Name"].strip()
            if not name:
                fail(f"{path} line {line}: empty name")
            if code in areas:
                fail(f"{path} line {line}: P-code '{code}' appears twice")
            areas[code] = {"country": country, "level": int(level), "parent": parent, "cod_name": name,
                           "valid_from": valid_from}
    for code, area in areas.items():
        if area["level"] == 2 and area["parent"] not in areas:
            fail(f"{path}: parent '{area['parent']}' of '{code}' is not in the list")
    return areas


def read_additions(path):
    additions = {}
    header = None
    with open(path, encoding="utf-8", newline="") as f:
        for line_number, line in enumerate(f, start=1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                if header != ["pcode", "name", "name_en", "aliases", "capital", "latitude", "longitude"]:
                    fail(f"{path} line {line_number}: unexpected header {header}")
                continue
            if len(fields) > len(header):
                fail(f"{path} line {line_number}: {len(fields)} fields, at most {len(header)} expected")
            fields += [""] * (len(header) - len(fields))
            row = dict(zip(header, (x.strip() for x in fields)))
            if row["pcode"] in additions:
                fail(f"{path} line {line_number}: P-code '{row['pcode']}' appears twice")
            row["aliases"] = [a.strip() for a in row["aliases"].split("|") if a.strip()]
            if bool(row["latitude"]) != bool(row["longitude"]) or (row["latitude"] and not row["capital"]):
                fail(f"{path} line {line_number}: a capital needs a name, a latitude and a longitude together")
            if row["latitude"]:
                lat, lon = float(row["latitude"]), float(row["longitude"])
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    fail(f"{path} line {line_number}: coordinates out of range")
            row["line"] = line_number
            additions[row["pcode"]] = row
    return additions


def build(cod, additions):
    for code, add in additions.items():
        if code not in cod:
            fail(f"additions line {add['line']}: P-code '{code}' is not in the COD-AB list")
    rows = []
    keys = {}
    for code in sorted(cod):
        area = cod[code]
        add = additions.get(code, {})
        name = add.get("name") or area["cod_name"]
        if name_key(name) != name_key(area["cod_name"]):
            fail(f"additions line {add['line']}: name '{name}' is not the COD-AB name '{area['cod_name']}' "
                 "once accents, case and punctuation are ignored")
        name_en = add.get("name_en") or area["cod_name"]
        # Aliases are kept only when they add a comparison key: "Centre Est" adds nothing to "Centre-Est".
        aliases = []
        own = {name_key(name), name_key(name_en)}
        for alias in add.get("aliases", []):
            if "|" in alias or "\t" in alias:
                fail(f"additions line {add['line']}: alias '{alias}' contains a separator")
            k = name_key(alias)
            if not k:
                fail(f"additions line {add['line']}: alias '{alias}' has no letters or digits")
            if k not in own:
                aliases.append(alias)
                own.add(k)
        for k in own:
            other = keys.setdefault((area["country"], area["level"], k), code)
            if other != code:
                fail(f"'{code}' and '{other}' ({area['country']}, admin{area['level']}) share the name key '{k}'")
        rows.append([code, str(area["level"]), area["parent"], name, name_en, "|".join(aliases),
                     add.get("capital", ""), add.get("latitude", ""), add.get("longitude", ""),
                     area["valid_from"].isoformat()])
    missing = [c for c in cod if c not in additions]
    if missing:
        print(f"build-gazetteer: note: {len(missing)} P-codes have no additions row and keep their COD-AB names: "
              + ", ".join(sorted(missing)), file=sys.stderr)
    return rows


def render(cod, rows):
    earliest = min(a["valid_from"] for a in cod.values())
    per_country = {}
    for a in cod.values():
        per_country.setdefault(a["country"], set()).add(a["valid_from"])
    lines = [
        "# SahelReports built-in gazetteer: admin1 and admin2 of Burkina Faso, Mali and Niger.",
        "# Generated by scripts/gazetteer/build-gazetteer.py; do not edit by hand (edit scripts/gazetteer/additions.tsv).",
        f"# version: {VERSION}",
        f"# valid-from: {earliest.isoformat()}",
        f"# source: {SOURCE}",
        "# COD-AB valid-from dates: " + ", ".join(
            f"{c} {'/'.join(d.isoformat() for d in sorted(per_country[c]))}" for c in sorted(per_country)),
        "\t".join(COLUMNS),
    ]
    lines += ["\t".join(r) for r in rows]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cod", default=os.path.join(REPO, "..", "shared", "data", "pcodes", "sahel-pcodes-adm-1-2.csv"))
    parser.add_argument("--additions", default=os.path.join(REPO, "scripts", "gazetteer", "additions.tsv"))
    parser.add_argument("--out", default=os.path.join(REPO, "src", "SahelReports", "Geography", "Data", "gazetteer.tsv"))
    parser.add_argument("--check", action="store_true", help="fail if the committed output differs from a fresh build")
    args = parser.parse_args()

    cod = read_cod(args.cod)
    rows = build(cod, read_additions(args.additions))
    text = render(cod, rows)
    if args.check:
        with open(args.out, encoding="utf-8", newline="") as f:
            if f.read() != text:
                fail(f"{args.out} is out of date: run scripts/gazetteer/build-gazetteer.py")
        print(f"build-gazetteer: {args.out} is up to date ({len(rows)} areas)")
        return
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    counts = {}
    for a in cod.values():
        counts[(a["country"], a["level"])] = counts.get((a["country"], a["level"]), 0) + 1
    print(f"build-gazetteer: wrote {len(rows)} areas to {args.out}: "
          + ", ".join(f"{c} adm{l} {n}" for (c, l), n in sorted(counts.items())))


if __name__ == "__main__":
    main()
