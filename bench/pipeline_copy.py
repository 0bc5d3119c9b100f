#!/usr/bin/env python3
"""Copy a pipeline file for a benchmark run so that the run writes nothing next to it.

    pipeline_copy.py PIPELINE COPY SCRATCH_DIR

A pipeline's output files (summaries of corpus stages, the removed-lines audit)
resolve relative to the pipeline file, so running the repository's pipeline.json
would overwrite the committed clean/ folder. The copy points those outputs into
SCRATCH_DIR, and turns stage options that name an existing file or folder relative
to the original pipeline into absolute paths, so the copy works from anywhere.
"""
import json
import os
import sys


def absolutize(value, base):
    if isinstance(value, dict):
        return {k: absolutize(v, base) for k, v in value.items()}
    if isinstance(value, list):
        return [absolutize(v, base) for v in value]
    if isinstance(value, str) and value and not os.path.isabs(value) and os.path.exists(os.path.join(base, value)):
        return os.path.abspath(os.path.join(base, value))
    return value


def main(src, dst, scratch):
    with open(src) as f:
        pipeline = json.load(f)
    base = os.path.dirname(os.path.abspath(src))
    pipeline["stages"] = absolutize(pipeline.get("stages", []), base)
    output = pipeline.setdefault("output", {})
    for key in ("summaries", "removed"):
        if output.get(key):
            output[key] = os.path.join(os.path.abspath(scratch), key)
    with open(dst, "w") as f:
        json.dump(pipeline, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
