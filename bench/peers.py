#!/usr/bin/env python3
"""Side-by-side HTML main-content extraction: peers (trafilatura, resiliparse,
readability-lxml) and Scour, on the same pages, one core each, in one run.

    peers.py compare --out DIR [--scour BIN --pipeline P.json] [--runs N] SET=HTMLDIR:TRUTH ...
    peers.py extract TOOL --out PRED.jsonl --timing T.json [--runs N] HTMLDIR ...

`compare` runs every peer in its own child process (`extract`), one after
the other, then `scour run --jobs 1`, scores each with score_extraction.py and
prints one markdown table.

Timing of a peer: the pages are read into memory first; then the extraction
call alone is timed, page by page (wall and CPU time of the process), over the
whole page list. With --runs N the whole list is done N times and the run with
the median wall time is kept. Python start-up and imports are not counted.

Timing of Scour: wall time of the whole `scour run --jobs 1` process over the
same folders (start-up, reading files, every stage, writing JSONL) and its CPU
time (getrusage of the child), median of N runs; and, from the run report, the
seconds of the extraction stage alone (`html_extract`), summed over pages.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

PEERS = ["trafilatura", "resiliparse", "readability-lxml"]
VERSION_OF = {"trafilatura": "trafilatura", "resiliparse": "resiliparse", "readability-lxml": "readability-lxml"}
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- extractors

def make_extractor(tool):
    """Return f(bytes) -> str for a peer. Imports happen here, outside timing."""
    if tool == "trafilatura":
        import trafilatura

        def extract(data):
            # bytes in: trafilatura detects the encoding itself
            return trafilatura.extract(data, include_comments=False) or ""
        return extract
    if tool == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import bytes_to_str, detect_encoding

        def extract(data):
            # comments=False: no comment threads, as trafilatura's include_comments=False
            html = bytes_to_str(data, detect_encoding(data))
            return extract_plain_text(html, main_content=True, comments=False) or ""
        return extract
    if tool == "readability-lxml":
        import lxml.html
        from readability import Document

        def extract(data):
            # readability returns an HTML fragment; its text nodes, one per line
            fragment = Document(data).summary(html_partial=True)
            if not fragment.strip():
                return ""
            return "\n".join(lxml.html.fromstring(fragment).itertext())
        return extract
    raise SystemExit(f"peers.py: unknown tool {tool!r} (known: {', '.join(PEERS)})")


def list_pages(folders):
    pages = []
    for folder in folders:
        for name in sorted(os.listdir(folder)):
            if name.endswith((".html", ".htm")):
                pages.append(os.path.join(folder, name))
    return pages


def cmd_extract(args):
    try:
        extract = make_extractor(args.tool)
    except ImportError as e:
        print(f"peers.py: {args.tool} is not installed ({e})", file=sys.stderr)
        return 3
    pages = list_pages(args.folders)
    data = []
    for path in pages:
        with open(path, "rb") as f:
            data.append((os.path.splitext(os.path.basename(path))[0], f.read()))
    runs = []
    for _ in range(args.runs):
        texts, errors = [], 0
        wall = cpu = 0.0
        for stem, raw in data:
            w0, c0 = time.perf_counter(), time.process_time()
            try:
                text = extract(raw)
            except Exception as e:  # a peer failing on a page counts as an empty prediction
                text, errors = "", errors + 1
                print(f"peers.py: {args.tool}: {stem}: {type(e).__name__}: {e}", file=sys.stderr)
            wall += time.perf_counter() - w0
            cpu += time.process_time() - c0
            texts.append((stem, text))
        runs.append((wall, cpu, errors, texts))
    runs.sort(key=lambda r: r[0])
    wall, cpu, errors, texts = runs[len(runs) // 2]
    with open(args.out, "w", encoding="utf-8") as f:
        for stem, text in texts:
            f.write(json.dumps({"id": stem, "text": text}, ensure_ascii=False) + "\n")
    timing = {"tool": args.tool, "pages": len(data), "bytes": sum(len(r) for _, r in data),
              "wall_s": wall, "cpu_s": cpu, "errors": errors, "runs": args.runs,
              "wall_s_all_runs": sorted(r[0] for r in runs)}
    with open(args.timing, "w") as f:
        json.dump(timing, f, indent=1)
    return 0


# ---------------------------------------------------------------- compare

def score(truth, pred):
    scorer = os.environ.get("SCOUR_SCORER") or os.path.join(os.environ["SCOUR_SHARED"], "tools", "score_extraction.py")
    out = subprocess.run([sys.executable, scorer, "--truth", truth, "--pred", pred, "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["f1"]


def run_child(cmd):
    """Run a command; return (returncode, wall seconds, CPU seconds of the child)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 and err:
        sys.stderr.write(err)
    return proc.returncode, wall, usage.ru_utime + usage.ru_stime


def peer_version(tool):
    try:
        from importlib.metadata import version
        return version(VERSION_OF[tool])
    except Exception:
        return "?"


def run_peer(tool, folders, outdir, runs):
    pred = os.path.join(outdir, f"pred-{tool}.jsonl")
    timing = os.path.join(outdir, f"timing-{tool}.json")
    print(f"peers.py: {tool}: extracting ...", file=sys.stderr, flush=True)
    rc, _, _ = run_child([sys.executable, os.path.abspath(__file__), "extract", tool,
                          "--out", pred, "--timing", timing, "--runs", str(runs)] + folders)
    if rc == 3:
        return {"name": tool, "missing": "not installed"}
    if rc != 0:
        return {"name": tool, "missing": f"failed (exit {rc})"}
    with open(timing) as f:
        t = json.load(f)
    return {"name": f"{tool} {peer_version(tool)}", "pred": pred, "pages": t["pages"], "bytes": t["bytes"],
            "wall_s": t["wall_s"], "cpu_s": t["cpu_s"], "errors": t["errors"]}


def run_scour(scour, pipeline, folders, outdir, runs, stage):
    if not scour:
        return {"name": "scour", "missing": "not built"}
    pred = os.path.join(outdir, "pred-scour.jsonl")
    report = os.path.join(outdir, "report-scour.json")
    results = []
    for i in range(runs):
        print(f"peers.py: scour: run {i + 1}/{runs} ...", file=sys.stderr, flush=True)
        rc, wall, cpu = run_child([scour, "run", "--pipeline", pipeline, "--output", pred, "--report", report,
                                   "--jobs", "1", "-q"] + folders)
        if rc != 0:
            return {"name": "scour", "missing": f"scour run failed (exit {rc})"}
        with open(report) as f:
            rep = json.load(f)
        stage_s = sum(s.get("seconds", 0) for s in rep.get("stages", []) if s.get("stage") == stage)
        results.append((wall, cpu, stage_s, rep))
    results.sort(key=lambda r: r[0])
    wall, cpu, stage_s, rep = results[len(results) // 2]
    return {"name": "scour", "pred": pred, "pages": rep["input"]["documents"], "bytes": rep["input"]["bytes"],
            "wall_s": wall, "cpu_s": cpu, "stage_s": stage_s, "errors": sum(rep["input"].get("skipped", {}).values()),
            "stage": stage}


def fmt(x, spec):
    return "–" if x is None else format(x, spec)


def cmd_compare(args):
    os.makedirs(args.out, exist_ok=True)
    sets = []
    for spec in args.sets:
        name, _, rest = spec.partition("=")
        folder, _, truth = rest.partition(":")
        if not (name and folder and truth):
            raise SystemExit(f"peers.py: bad set {spec!r}, expected NAME=HTMLDIR:TRUTH.jsonl")
        sets.append((name, folder, truth))
    folders = [folder for _, folder, _ in sets]

    rows = [{"name": tool, "missing": "could not be installed"} for tool in args.not_installed]
    for tool in args.peers:
        rows.append(run_peer(tool, folders, args.out, args.runs))
    if args.scour and not args.stage:
        with open(args.pipeline) as f:
            args.stage = json.load(f)["stages"][0]["stage"]
    if args.scour_missing:
        rows.append({"name": "scour", "missing": args.scour_missing})
    else:
        rows.append(run_scour(args.scour, args.pipeline, folders, args.out, args.runs, args.stage))

    for row in rows:
        if "missing" in row:
            continue
        row["f1"] = {name: score(truth, row["pred"]) for name, _, truth in sets}
        row["ms_page"] = 1000 * row["wall_s"] / row["pages"]
        row["cpu_ms_page"] = 1000 * row["cpu_s"] / row["pages"]
        row["pages_s"] = row["pages"] / row["wall_s"]
        row["mb_s"] = row["bytes"] / 1e6 / row["wall_s"]

    def ref(prefix):
        return next((r for r in rows if r["name"].startswith(prefix) and "missing" not in r), None)

    res, tra = ref("resiliparse"), ref("trafilatura")
    # Scour gets two rows: the whole process, and its extraction stage alone
    table = []
    for row in rows:
        table.append(row)
        if row["name"] == "scour" and "missing" not in row:
            row["name"] = "scour (whole `scour run --jobs 1`)"
            if row["stage_s"] > 0:
                table.append(dict(row, name=f"scour (`{row['stage']}` stage only)", wall_s=row["stage_s"], cpu_s=None,
                                  ms_page=1000 * row["stage_s"] / row["pages"], cpu_ms_page=None,
                                  pages_s=row["pages"] / row["stage_s"], mb_s=row["bytes"] / 1e6 / row["stage_s"]))

    def cpu_ratio(row, peer):  # pages per CPU-second, as a multiple of the peer's
        if not peer or row["cpu_ms_page"] is None:
            return "–"
        return f"{peer['cpu_ms_page'] / row['cpu_ms_page']:.2f}×"

    names = [name for name, _, _ in sets]
    head = ["extractor"] + [f"F1 {n}" for n in names] + ["ms/page", "CPU ms/page", "pages/s", "MB/s",
                                                        "× resiliparse", "× trafilatura",
                                                        "CPU × resiliparse", "CPU × trafilatura"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in table:
        if "missing" in row:
            cells = [row["name"], row["missing"]] + ["–"] * (len(head) - 2)
        else:
            cells = [row["name"]] + [f"{row['f1'][n]:.3f}" for n in names] + [
                f"{row['ms_page']:.2f}", fmt(row["cpu_ms_page"], ".2f"), f"{row['pages_s']:.1f}", f"{row['mb_s']:.2f}",
                f"{row['pages_s'] / res['pages_s']:.2f}×" if res else "–",
                f"{row['pages_s'] / tra['pages_s']:.2f}×" if tra else "–",
                cpu_ratio(row, res), cpu_ratio(row, tra)]
        lines.append("| " + " | ".join(cells) + " |")
    pages = next((r["pages"] for r in rows if "missing" not in r), 0)
    size = next((r["bytes"] for r in rows if "missing" not in r), 0)
    print()
    print(f"{pages} pages, {size / 1e6:.1f} MB of HTML ({', '.join(names)}); one core each; "
          f"median of {args.runs} run(s); measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print()
    print("\n".join(lines))
    load = os.getloadavg()[0]
    if load >= 1.0:
        print(f"\nLoad average {load:.2f}: wall times include waiting for other processes; "
              "CPU ms/page is the steadier figure for the peers and the whole Scour run.")
    errors = [f"{r['name']}: {r['errors']} page(s) failed" for r in rows if r.get("errors")]
    if errors:
        print("\n" + "; ".join(errors))
    with open(os.path.join(args.out, "compare.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("extract", help="run one peer over folders of HTML pages")
    e.add_argument("tool", choices=PEERS)
    e.add_argument("folders", nargs="+")
    e.add_argument("--out", required=True)
    e.add_argument("--timing", required=True)
    e.add_argument("--runs", type=int, default=1)
    c = sub.add_parser("compare", help="run all peers and Scour, score and print the table")
    c.add_argument("sets", nargs="+", metavar="NAME=HTMLDIR:TRUTH")
    c.add_argument("--out", required=True, help="folder for predictions, timings and reports")
    c.add_argument("--peers", nargs="*", default=PEERS)
    c.add_argument("--not-installed", nargs="*", default=[], help="peers to list as not installed")
    c.add_argument("--scour", help="scour binary")
    c.add_argument("--pipeline", help="pipeline file for scour")
    c.add_argument("--stage", help="stage whose report seconds give the per-page time (default: the pipeline's first)")
    c.add_argument("--scour-missing", help="reason to print instead of running scour")
    c.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    return cmd_extract(args) if args.cmd == "extract" else cmd_compare(args)


if __name__ == "__main__":
    sys.exit(main())
