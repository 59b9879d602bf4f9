#!/usr/bin/env python3
"""Turns the JMH JSON written by run.sh into the tables of RESULTS.md and an SVG chart.

    python3 benchmarks/report.py DIR [--results RESULTS.md] [--chart engine.svg]

DIR holds jmh-*.json (JMH's -rf json output) and describe.json (DescribeInputs). Only the text
between the "generated" markers of RESULTS.md is replaced; the hand-written notes around it stay.
Python 3 standard library only.
"""
import argparse
import glob
import json
import math
import os
import sys

START = "<!-- generated:start (report.py rewrites everything up to generated:end) -->"
END = "<!-- generated:end -->"

CONTENDERS = [
    ("redact4j", "redact4j, 10 families"),
    ("redact4jCatalog", "redact4j, default catalog"),
    ("jdkAlternation", "java.util.regex, one alternation"),
    ("jdkPerRule", "java.util.regex, one pattern per rule"),
    ("re2jAlternation", "RE2/J, one alternation"),
    ("charLoop", "ceiling: scalar charAt loop"),
    ("indexOf", "ceiling: String.indexOf(char)"),
]
OURS = {"redact4j", "redact4jCatalog"}
CEILINGS = {"charLoop", "indexOf"}
INCUMBENT_VS = {"jdkAlternation": "redact4j", "jdkPerRule": "redact4j", "re2jAlternation": "redact4j"}
CORPORA = ["clean", "dense", "adversarial", "nonlatin"]
SIZES = [120, 1024, 65536]
SIZE_LABEL = {120: "120 chars", 1024: "1 KiB", 65536: "64 KiB"}
COLORS = {
    "redact4j": "#1b7837", "redact4jCatalog": "#5aae61", "jdkAlternation": "#b2182b",
    "jdkPerRule": "#ef8a62", "re2jAlternation": "#8073ac", "charLoop": "#4d4d4d", "indexOf": "#999999",
}


def load(directory):
    results = []
    for path in sorted(glob.glob(os.path.join(directory, "jmh-*.json"))):
        with open(path, encoding="utf-8") as f:
            for r in json.load(f):
                cls, method = r["benchmark"].split(".")[-2:]
                pm = r["primaryMetric"]
                secondary = r.get("secondaryMetrics", {})
                cpu_ns = secondary.get("cpuNs", {}).get("score")
                cpu_ops = secondary.get("cpuOps", {}).get("score")
                # The benchmark thread's own allocation (CpuTime) where recorded: -prof gc counts JMH's
                # threads too, a few bytes per millisecond that long operations show as B/op.
                own = secondary.get("allocBytes", {}).get("score")
                alloc = own / cpu_ops if own is not None and cpu_ops else \
                    secondary.get("gc.alloc.rate.norm", {}).get("score")
                err = pm.get("scoreError")
                results.append({
                    "class": cls, "method": method, "params": r.get("params", {}), "mode": r["mode"],
                    "score": pm["score"], "unit": pm["scoreUnit"],
                    "error": err if isinstance(err, (int, float)) and not math.isnan(err) else None,
                    "alloc": alloc, "forks": r.get("forks"),
                    "cpu": cpu_ns / cpu_ops if cpu_ns and cpu_ops else None, "warmup": r.get("warmupIterations"),
                    "iterations": r.get("measurementIterations"), "file": os.path.basename(path),
                })
    describe_path = os.path.join(directory, "describe.json")
    describe = {}
    if os.path.exists(describe_path):
        with open(describe_path, encoding="utf-8") as f:
            describe = json.load(f)
    return results, describe


def ns_per_op(r):
    """Thread CPU ns per operation when CpuTime recorded it (steadier on a shared machine), else wall-clock."""
    if USE_CPU and r.get("cpu"):
        return r["cpu"]
    return wall_ns_per_op(r)


USE_CPU = True


def wall_ns_per_op(r):
    factor = {"ns/op": 1, "us/op": 1e3, "ms/op": 1e6, "s/op": 1e9}.get(r["unit"])
    if factor is None:
        raise SystemExit("unsupported unit %s in %s" % (r["unit"], r["file"]))
    return r["score"] * factor


def batch_info(describe, corpus, size):
    for row in describe.get("inputs", []):
        if row["corpus"] == corpus and row["size"] == size:
            return row
    lines = max(8, 65536 // size)  # Corpus.linesPerBatch, if describe.json is missing
    return {"lines": lines, "charsPerBatch": lines * size, "utf8BytesPerBatch": lines * size}


def fmt_rate(mbs):
    if mbs is None:
        return "–"
    if mbs >= 100:
        return "{:,.0f}".format(mbs)
    if mbs >= 1:
        return "{:.1f}".format(mbs)
    if mbs >= 0.01:
        return "{:.2f}".format(mbs)
    return "{:.4f}".format(mbs)


def fmt_ratio(x):
    if x is None:
        return "–"
    if x >= 100:
        return "{:,.0f}×".format(x)
    if x >= 10:
        return "{:.0f}×".format(x)
    return "{:.2f}×".format(x)


def fmt_bytes(b):
    if b is None:
        return "–"
    if b < 0.5:
        return "0"
    if b < 10:
        return "{:.1f}".format(b)
    return "{:,.0f}".format(b)


class Engine:
    """Engine results indexed by (contender, corpus, size)."""

    def __init__(self, results, describe):
        self.describe = describe
        self.cells = {}
        for r in results:
            if r["class"] != "EngineBenchmark":
                continue
            p = r["params"]
            key = (p["contender"], p["corpus"], int(p["size"]))
            info = batch_info(describe, p["corpus"], int(p["size"]))
            ns = ns_per_op(r)
            self.cells[key] = {
                "ns": ns, "mbs": info["charsPerBatch"] / ns * 1e3,
                "rel_error": (r["error"] / r["score"]) if r["error"] is not None and r["score"] else None,
                "alloc_line": r["alloc"] / info["lines"] if r["alloc"] is not None else None,
                "mode": r["mode"],
            }

    def get(self, contender, corpus, size):
        return self.cells.get((contender, corpus, size))

    def table(self, corpus):
        out = ["| contender | " + " | ".join(SIZE_LABEL[s] for s in SIZES) + " |",
               "|---|" + "---:|" * len(SIZES)]
        for name, label in CONTENDERS:
            cells = []
            for size in SIZES:
                c = self.get(name, corpus, size)
                if c is None:
                    cells.append("–")
                    continue
                text = fmt_rate(c["mbs"]) + " MB/s"
                if c["mode"] == "ss":
                    text += " (single shot)"
                loop = self.get("charLoop", corpus, size)
                if name in OURS and loop:
                    text += " · {:.0%} of loop".format(c["mbs"] / loop["mbs"])
                if name in INCUMBENT_VS:
                    ours = self.get(INCUMBENT_VS[name], corpus, size)
                    if ours:
                        text += " · " + fmt_ratio(c["ns"] / ours["ns"]) + " slower"
                cells.append(text)
            if any(c != "–" for c in cells):
                out.append("| " + label + " | " + " | ".join(cells) + " |")
        return "\n".join(out)

    def alloc_table(self):
        out = ["| contender | " + " | ".join("%s %s" % (c, SIZE_LABEL[s]) for c in CORPORA for s in (120, 1024)) + " |",
               "|---|" + "---:|" * (len(CORPORA) * 2)]
        for name, label in CONTENDERS:
            row = []
            for corpus in CORPORA:
                for size in (120, 1024):
                    c = self.get(name, corpus, size)
                    row.append(fmt_bytes(c["alloc_line"]) if c else "–")
            if any(x != "–" for x in row):
                out.append("| " + label + " | " + " | ".join(row) + " |")
        return "\n".join(out)


def scaling_table(results, describe):
    cells = {}
    for r in results:
        if r["class"] == "RuleScalingBenchmark":
            p = r["params"]
            cells[(p["rules"], p["corpus"], int(p["size"]))] = r
    if not cells:
        return None, cells
    counts = {k: v.get("rules") for k, v in describe.get("ruleSets", {}).items()}
    out = ["| rule set | rules | clean 120 | clean 1 KiB | dense 120 | dense 1 KiB |", "|---|---:|---:|---:|---:|---:|"]
    for rules in ("10", "catalog", "100plus"):
        row = []
        for corpus in ("clean", "dense"):
            for size in (120, 1024):
                r = cells.get((rules, corpus, size))
                base = cells.get(("10", corpus, size))
                if r is None:
                    row.append("–")
                    continue
                mbs = batch_info(describe, corpus, size)["charsPerBatch"] / ns_per_op(r) * 1e3
                text = fmt_rate(mbs) + " MB/s"
                if base is not None and rules != "10":
                    text += " · " + fmt_ratio(ns_per_op(r) / ns_per_op(base)) + " the time of 10"
                row.append(text)
        out.append("| %s | %s | %s |" % (rules, counts.get(rules, "?"), " | ".join(row)))
    return "\n".join(out), cells


def variant_tables(results):
    """Adapter benchmarks: a `variant` param with `plain` as the baseline and `redacting` as ours."""
    groups = {}
    for r in results:
        if r["class"] in ("EngineBenchmark", "RuleScalingBenchmark") or "variant" not in r["params"]:
            continue
        others = tuple(sorted((k, v) for k, v in r["params"].items() if k != "variant"))
        groups.setdefault((r["class"], r["method"], others), {})[r["params"]["variant"]] = r
    out = []
    for (cls, method, others), variants in sorted(groups.items()):
        title = "%s.%s" % (cls, method) + ("" if not others else " (" + ", ".join("%s=%s" % kv for kv in others) + ")")
        out.append("#### " + title)
        out.append("")
        out.append("| variant | ns/op | B/op | ÷ plain | ÷ redacting |")
        out.append("|---|---:|---:|---:|---:|")
        plain = variants.get("plain")
        ours = variants.get("redacting")
        for name in sorted(variants, key=lambda v: (v != "plain", v != "redacting", v)):
            r = variants[name]
            ns = ns_per_op(r)
            out.append("| %s | %s | %s | %s | %s |" % (
                name, "{:,.0f}".format(ns), fmt_bytes(r["alloc"]),
                fmt_ratio(ns / ns_per_op(plain)) if plain and name != "plain" else "–",
                fmt_ratio(ns / ns_per_op(ours)) if ours and name not in ("plain", "redacting") else "–"))
        out.append("")
    return "\n".join(out)


def targets(engine, scaling_cells, describe):
    rows = ["| target (issue 3) | measured | verdict |", "|---|---|---|"]

    def verdict(ok, missed_by):
        return "met" if ok else "**missed** " + missed_by

    for name in ("redact4jCatalog", "redact4j"):
        label = "default catalog" if name == "redact4jCatalog" else "10-family set"
        vals = [(s, engine.get(name, "clean", s)) for s in SIZES]
        vals = [(s, c) for s, c in vals if c]
        if vals:
            worst = min(c["mbs"] for _, c in vals)
            rows.append("| ≥ 500 MB/s per core on clean text (%s) | %s | %s |" % (
                label, ", ".join("%s: %s MB/s" % (SIZE_LABEL[s], fmt_rate(c["mbs"])) for s, c in vals),
                verdict(worst >= 500, "(worst %s MB/s, %.0f%% short)" % (fmt_rate(worst), (1 - worst / 500) * 100))))
    for name in ("redact4jCatalog", "redact4j"):
        label = "default catalog" if name == "redact4jCatalog" else "10-family set"
        pairs = [(s, engine.get(name, "clean", s), engine.get(name, "dense", s)) for s in SIZES]
        pairs = [(s, c, d) for s, c, d in pairs if c and d]
        if pairs:
            worst = min(d["mbs"] / c["mbs"] for _, c, d in pairs)
            rows.append("| dense ≥ 0.3× clean (%s) | %s | %s |" % (
                label, ", ".join("%s: %.2f×" % (SIZE_LABEL[s], d["mbs"] / c["mbs"]) for s, c, d in pairs),
                verdict(worst >= 0.3, "(worst %.2f×)" % worst)))
    for name in ("redact4jCatalog", "redact4j"):
        label = "default catalog" if name == "redact4jCatalog" else "10-family set"
        vals = [(s, engine.get(name, "clean", s)) for s in SIZES]
        vals = [(s, c) for s, c in vals if c and c["alloc_line"] is not None]
        if vals:
            worst = max(c["alloc_line"] for _, c in vals)
            rows.append("| 0 B/op on clean text (%s) | %s | %s |" % (
                label, ", ".join("%s: %s B/line" % (SIZE_LABEL[s], fmt_bytes(c["alloc_line"])) for s, c in vals),
                verdict(worst < 0.5, "(%s B per line)" % fmt_bytes(worst))))
    ratios = []
    for corpus in ("clean", "dense"):
        for size in (120, 1024):
            a, b = scaling_cells.get(("100plus", corpus, size)), scaling_cells.get(("10", corpus, size))
            if a and b:
                ratios.append(("%s %s" % (corpus, SIZE_LABEL[size]), ns_per_op(a) / ns_per_op(b)))
    if ratios:
        worst = max(r for _, r in ratios)
        n = describe.get("ruleSets", {})
        rows.append("| 100+ rules within 1.2× the cost of 10 (%s vs %s rules) | %s | %s |" % (
            n.get("100plus", {}).get("rules", "?"), n.get("10", {}).get("rules", "?"),
            ", ".join("%s: %.2f×" % kv for kv in ratios), verdict(worst <= 1.2, "(worst %.2f×)" % worst)))
    return "\n".join(rows)


def svg_chart(engine, size, path):
    """Horizontal bars, log scale, MB/s of every contender on every corpus at one line size."""
    rows = []
    for corpus in CORPORA:
        rows.append(("group", corpus))
        for name, label in CONTENDERS:
            c = engine.get(name, corpus, size)
            if c:
                rows.append(("bar", name, label, c["mbs"]))
    if not any(r[0] == "bar" for r in rows):
        return False
    values = [r[3] for r in rows if r[0] == "bar"]
    lo = 10 ** math.floor(math.log10(max(min(values), 1e-4)))
    hi = 10 ** math.ceil(math.log10(max(values)))
    left, width, bar_h, gap, top = 260, 560, 14, 4, 50
    height = top + sum(22 if r[0] == "group" else bar_h + gap for r in rows) + 40

    def x(v):
        return left + width * (math.log10(max(v, lo)) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))

    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="11">'
             % (left + width + 90, height),
             '<rect width="100%" height="100%" fill="white"/>',
             '<text x="10" y="20" font-size="14" font-weight="bold">redact4j engine vs alternatives: MB/s on %s lines'
             ' (log scale, higher is better)</text>' % SIZE_LABEL[size],
             '<text x="10" y="36" fill="#555">Same text, same ten secret families; generated by report.py from JMH JSON.</text>']
    decade = lo
    while decade <= hi * 1.0001:
        gx = x(decade)
        parts.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>' % (gx, top - 4, gx, height - 30))
        parts.append('<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%s</text>'
                     % (gx, height - 16, fmt_rate(decade).replace(".0", "") if decade >= 1 else ("%g" % decade)))
        decade *= 10
    y = top
    for r in rows:
        if r[0] == "group":
            parts.append('<text x="10" y="%d" font-weight="bold">%s</text>' % (y + 15, r[1]))
            y += 22
            continue
        _, name, label, mbs = r
        parts.append('<text x="%d" y="%d" text-anchor="end">%s</text>' % (left - 6, y + bar_h - 3, label))
        parts.append('<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>'
                     % (left, y, max(x(mbs) - left, 1), bar_h, COLORS.get(name, "#777")))
        parts.append('<text x="%.1f" y="%d">%s</text>' % (x(mbs) + 4, y + bar_h - 3, fmt_rate(mbs)))
        y += bar_h + gap
    parts.append('<text x="%d" y="%d" text-anchor="middle" fill="#555">MB/s (one byte per char)</text>'
                 % (left + width // 2, height - 2))
    parts.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")
    return True


def describe_section(describe):
    if not describe:
        return "(describe.json missing: run `java -cp benchmarks.jar dev.redact4j.bench.DescribeInputs`)"
    m = describe.get("machine", {})
    out = ["- Machine: %s, %s CPUs visible, %s; JVM %s (max heap %s MiB)." % (
        m.get("cpu"), m.get("cpus"), m.get("os"), m.get("jdk"), m.get("maxHeapMiB"))]
    rs = describe.get("ruleSets", {})
    for name in ("10", "catalog", "100plus"):
        row = rs.get(name)
        if row:
            ids = row.get("ids")
            listed = (" (" + ", ".join(ids) + ")") if ids and len(ids) <= 20 else ""
            out.append("- Rule set `%s`: %d rules%s." % (name, row["rules"], listed))
    missing = describe.get("familiesWithoutBuiltInRule") or []
    if missing:
        out.append("- **Of the ten families, no built-in rule detects yet: %s.** The regex contenders do detect "
                   "them, so on dense text they do more work than redact4j here." % ", ".join(missing))
    changed = describe.get("linesChanged120", {})
    if changed:
        names = [n for n, _ in CONTENDERS if n not in CEILINGS]
        out.append("")
        out.append("Lines each contender changes (120-char batches, 546 lines; dense has one secret per line):")
        out.append("")
        out.append("| corpus | " + " | ".join(names) + " |")
        out.append("|---|" + "---:|" * len(names))
        for corpus, row in changed.items():
            out.append("| %s | %s |" % (corpus, " | ".join(str(row.get(n, "–")) for n in names)))
    return "\n".join(out)


def engine_sections(engine):
    md = ["### Engine throughput", "",
          "MB/s = characters per batch ÷ time (one byte per char; non-Latin text is UTF-16 in the JVM and "
          "about 1.25× as many UTF-8 bytes). \"of loop\" = fraction of the scalar char-loop ceiling on the same "
          "text; \"N× slower\" = incumbent time ÷ redact4j (10 families) time.", ""]
    for corpus in CORPORA:
        md += ["#### " + corpus, "", engine.table(corpus), ""]
    md += ["### Engine allocation (bytes per line: the benchmark thread's own where CpuTime recorded it, else -prof gc)",
           "", engine.alloc_table(), ""]
    return md


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir")
    ap.add_argument("--results", default=None, help="RESULTS.md to update (default: print to stdout)")
    ap.add_argument("--chart", default=None, help="SVG file to write")
    ap.add_argument("--wall-clock", action="store_true", help="use JMH's wall-clock scores, not thread CPU time")
    args = ap.parse_args()
    global USE_CPU
    USE_CPU = not args.wall_clock
    results, describe = load(args.dir)
    if not results:
        raise SystemExit("no jmh-*.json in " + args.dir)
    engine = Engine(results, describe)
    scaling, scaling_cells = scaling_table(results, describe)

    runs = sorted({(r["file"], r["forks"], r["warmup"], r["iterations"], r["mode"]) for r in results})
    quick = any(r["forks"] == 0 for r in results)
    md = [START, ""]
    if quick:
        md += ["> **Quick mode (smoke check).** One cold single-shot invocation per benchmark, in one JVM: these "
               "numbers only show that everything runs. Do not quote them.", ""]
    elif all(r["iterations"] < 3 for r in results):
        md += ["> **Short run** (`run.sh --compare`). One fork with few, short iterations: read the ratios "
               "within this run (÷ plain, ÷ redacting, N× slower), not the absolute times.", ""]
    load_path = os.path.join(args.dir, "load.txt")
    load_line = ""
    if os.path.exists(load_path):
        with open(load_path, encoding="utf-8") as f:
            load_line = "- Load average (1, 5, 15 min) beside the run: " + "; ".join(
                l.strip() for l in f if l.strip()) + "."
    md += ["### Setup", "", load_line, describe_section(describe), "",
          ("Times are **thread CPU time per operation** (the `CpuTime` counters), not JMH's wall-clock score, "
           "wherever the run recorded them: on a shared machine a descheduled thread inflates wall-clock time "
           "but not CPU time. `report.py --wall-clock` uses the wall-clock scores instead." if USE_CPU and
           any(r.get("cpu") for r in results) else "Times are JMH's wall-clock scores."), "",
          "JMH runs: " + "; ".join("`%s` (%s fork, %s warm-up, %s measurement iterations, mode %s)" % r for r in runs)
          + ".", ""]
    if args.chart and svg_chart(engine, 1024, args.chart):
        rel = os.path.relpath(args.chart, os.path.dirname(os.path.abspath(args.results)) if args.results else ".")
        md += ["![engine throughput, 1 KiB lines](%s)" % rel, ""]
    if not engine.cells and not scaling_cells:
        md += ["(No engine or rule-scaling results in this run: targets and engine tables left out.)", ""]
    else:
        md += ["### Targets", "", targets(engine, scaling_cells, describe), ""]
    if engine.cells:
        md += engine_sections(engine)
    if scaling:
        md += ["### Rule scaling (redact4j)", "", scaling, ""]
    adapters = variant_tables(results)
    if adapters:
        md += ["### Adapters", "", adapters]
    md += [END]
    generated = "\n".join(md)

    if not args.results:
        print(generated)
        return
    text = ""
    if os.path.exists(args.results):
        with open(args.results, encoding="utf-8") as f:
            text = f.read()
    if START in text and END in text:
        text = text[:text.index(START)] + generated + text[text.index(END) + len(END):]
    else:
        text = "# redact4j benchmark results\n\n" + generated + "\n" + text
    with open(args.results, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote " + args.results + (" and " + args.chart if args.chart else ""), file=sys.stderr)


if __name__ == "__main__":
    main()
