#!/usr/bin/env python3
"""Writes the text-xN benchmark corpus: text folders copied N times, copy k with its ASCII letters
rotated by k, so that corpus stages (deduplication, repeated lines, names) see N distinct corpora
of the same size and shape.

usage: rotated_corpus.py OUT COPIES DIR...   (OUT/copyKK/<parent of DIR>/<file>)
"""
import os
import string
import sys


def main():
    out, copies, dirs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    for k in range(copies):
        rot = bytes.maketrans((lo + up).encode(), (lo[k:] + lo[:k] + up[k:] + up[:k]).encode())
        for d in dirs:
            dest = os.path.join(out, f"copy{k:02d}", os.path.basename(os.path.dirname(d)))
            os.makedirs(dest)
            for name in sorted(os.listdir(d)):
                with open(os.path.join(d, name), "rb") as f, open(os.path.join(dest, name), "wb") as g:
                    g.write(f.read().translate(rot))


if __name__ == "__main__":
    main()
