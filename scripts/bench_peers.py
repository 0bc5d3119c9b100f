#!/usr/bin/env python3
"""Times one peer extractor over a folder of HTML pages on one core and writes its output as JSONL.

Usage: bench_peers.py TOOL HTML_DIR OUT.jsonl    (TOOL: trafilatura, resiliparse, readability)
Prints: TOOL pages ms/page MB/s. Only extraction is timed (the files are read first).
"""
import json
import os
import sys
import time


def extractor(tool):
    if tool == "trafilatura":
        import trafilatura
        return lambda raw: trafilatura.extract(raw, include_comments=False) or ""
    if tool == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import bytes_to_str, detect_encoding
        from resiliparse.parse.html import HTMLTree
        return lambda raw: extract_plain_text(HTMLTree.parse(bytes_to_str(raw, detect_encoding(raw))), main_content=True)
    if tool == "readability":
        import lxml.html
        from readability import Document

        def run(raw):
            summary = Document(raw).summary(html_partial=True)
            return lxml.html.fromstring(summary).text_content() if summary.strip() else ""
        return run
    raise SystemExit(f"unknown tool {tool}")


def main():
    tool, folder, out = sys.argv[1:4]
    extract = extractor(tool)
    names = sorted(n for n in os.listdir(folder) if n.endswith(".html"))
    pages = [(n, open(os.path.join(folder, n), "rb").read()) for n in names]
    total = 0.0
    with open(out, "w", encoding="utf-8") as f:
        for name, raw in pages:
            start = time.perf_counter()
            try:
                text = extract(raw)
            except Exception:  # a peer failing on a page scores as empty, as ours would
                text = ""
            total += time.perf_counter() - start
            f.write(json.dumps({"id": name[:-5], "text": text}, ensure_ascii=False) + "\n")
    size = sum(len(raw) for _, raw in pages)
    print(f"{tool}\t{len(pages)}\t{total * 1000 / len(pages):.2f}\t{size / 1e6 / total:.1f}")


if __name__ == "__main__":
    main()
