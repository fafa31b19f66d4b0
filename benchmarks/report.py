#!/usr/bin/env python3
"""Turns the raw outputs of benchmarks/run.sh (one artifacts directory) into benchmarks/RESULTS.md.

Usage: python3 benchmarks/report.py ARTIFACTS_DIR > benchmarks/RESULTS.md
Standard library only. Every number comes from a file in ARTIFACTS_DIR; a step that did not run is
reported as missing, never filled in.
"""
import glob
import ipaddress
import json
import os
import re
import sys

ART = sys.argv[1]
HARNESS_TYPES = ["CREDIT_CARD", "SSN", "PHONE", "EMAIL", "IPV4", "IBAN", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN"]


def path(name):
    return os.path.join(ART, name)


def load_json(name):
    p = path(name)
    if not os.path.exists(p) or os.path.getsize(p) == 0:
        return None
    with open(p, encoding="utf-8") as f:
        return json.load(f)


def read(name):
    p = path(name)
    return open(p, encoding="utf-8").read() if os.path.exists(p) else ""


def key_values(name):
    return dict(line.split("=", 1) for line in read(name).splitlines() if "=" in line)


def f(x, digits=2):
    return "–" if x is None else f"{x:,.{digits}f}"


def ratio(x, ceiling):
    return "–" if x is None or not ceiling else f"{100 * x / ceiling:.2g} %"


def table(header, rows, text_columns=1):
    """A Markdown table; the first text_columns columns are left-aligned, the numbers right-aligned."""
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i < text_columns else "---:" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def bdn_results():
    """(type, method, parameters) -> BDN benchmark record, from the full JSON exports."""
    results = {}
    for p in glob.glob(os.path.join(ART, "bdn", "results", "*-report-full-compressed.json")):
        with open(p, encoding="utf-8") as fh:
            for b in json.load(fh)["Benchmarks"]:
                if b.get("Statistics"):
                    results[(b["Type"], b["Method"], b.get("Parameters", ""))] = b
    return results


def mb_per_s(bytes_per_op, nanoseconds):
    return bytes_per_op / nanoseconds * 1e3 if nanoseconds else None


def section_machine(out):
    m, corpus = key_values("machine.txt"), load_json("corpus-info.json") or {}
    out.append("## Machine and inputs\n")
    out.append(table(["", ""], text_columns=2, rows=[
        ["command", "`" + read("command.txt").strip().replace("\n", " ") + "`"],
        ["date (UTC)", m.get("date", "?")],
        ["CPU", f"{m.get('cpu', '?')}, {m.get('cores', '?')} cores"],
        ["memory", f"{int(m.get('memory_kib', 0)) / 1024 / 1024:.1f} GiB"],
        ["OS, kernel", f"{m.get('os', '?')}, {m.get('kernel', '?')}"],
        [".NET", f"SDK {m.get('dotnet_sdk', '?')}, runtime {m.get('dotnet_runtime', '?')}, Release, workstation GC"],
        ["Node (peers)", m.get("node", "?")],
        ["commit", f"{m.get('git_commit', '?')}" + (" (+ uncommitted changes)" if m.get("git_dirty", "0") != "0" else "")],
        ["load average (1/5/15 min)", f"start {m.get('load_start', '?')}, end {m.get('load_end', '?')}"],
    ]))
    rows = [[name, c.get("texts", c.get("events", "")), f"{c['bytes']:,}", c.get("seed", ""), c.get("sha256", "")[:16]] for name, c in corpus.items()]
    gen = load_json("peers-gen.json")
    if gen:
        rows.append(["peer corpus (../shared/peers gen.mjs)", gen["records"], f"{gen['text_bytes']:,}", gen["seed"], ""])
    out.append("\nGenerated inputs (same seed, same bytes every run):\n")
    out.append(table(["input", "records", "bytes", "seed", "sha256 (first 16)"], rows))
    corpora = [line.split() for line in read("corpora.txt").splitlines() if line.strip()]
    if corpora:
        out.append("\nPublic corpora read (../shared/corpora; see its README for source commits):\n")
        out.append(table(["file", "lines", "sha256 (first 16)"], corpora))


def section_throughput(out, bdn):
    corpus = load_json("corpus-info.json") or {}
    memory = bdn.get(("MemoryBandwidthBenchmarks", "SingleCoreRead", ""))
    ceiling = mb_per_s(corpus.get("memory_read", {}).get("bytes", 0), memory["Statistics"]["Median"]) if memory else None
    out.append("## Throughput per core, next to the memory read ceiling\n")
    out.append("The ceiling is `MemoryBandwidthBenchmarks` in the same run: one core summing 256 MiB with SIMD, the "
               "fastest any scanner could read its input. Ratios are throughput / ceiling. BenchmarkDotNet rows are "
               "wall-clock medians (BDN job in `bdn.log`); on a shared machine they include time stolen by neighbours. "
               "CPU-time rows count only this process's (or thread's) CPU time and are the steadier per-core figure.\n")
    rows = [["single-core memory read (ceiling)", "BDN, wall", f(ceiling, 0), "100 %", "–"]]
    for name in ("mixed", "dense", "short"):
        b = bdn.get(("DetectorBenchmarks", "ScanAll", f"Corpus={name}"))
        size = corpus.get(f"detector_{name}", {}).get("bytes")
        if b and size:
            rate = mb_per_s(size, b["Statistics"]["Median"])
            best = mb_per_s(size, b["Statistics"]["Min"])
            alloc = b["Memory"]["BytesAllocatedPerOperation"] / corpus[f"detector_{name}"]["texts"]
            rows.append([f"detectors, {name} text (best iteration {f(best, 1)})", "BDN, wall", f(rate, 1), ratio(rate, ceiling), f"{alloc:.1f} B/text"])
        else:
            rows.append([f"detectors, {name} text", "BDN", "missing", "", ""])
    for c in ("corpus", "corpus-long"):
        s = load_json(f"spans-{c}.json")
        if s:
            label = "short records, 88 B" if c == "corpus" else "long records, 20 joined"
            rows.append([f"detectors, peer corpus ({label})", "thread CPU", f(s["mb_per_s_cpu"], 1), ratio(s["mb_per_s_cpu"], ceiling), "–"])
    out.append(table(["what", "timing", "MB/s per core", "of ceiling", "allocated"], rows))

    for name, title in (("cpu-throughput-classifier.md", "detectors + sensitivity classifier, as `streamfilter filter` runs it"),
                        ("cpu-throughput.md", "detectors only, no classifier")):
        out.append(f"\n### `filter` engine per event type, {title}\n")
        out.append("`cpu-throughput`: process CPU time, one thread, 20,000 seeded events per row (parse, detect, policy, "
                   "redact, write event and audit record in memory).\n")
        rows = []
        for line in read(name).splitlines():
            if line.startswith("| ") and not line.startswith("| events"):
                cells = [c.strip() for c in line.strip("|").split("|")]
                rows.append(cells[:4] + [ratio(float(cells[3]), ceiling)] + cells[4:])
        out.append(table(["events", "bytes/event", "events/s per core", "MB/s per core", "of ceiling", "alloc/event"], rows) if rows else "missing")

    run = read("filter-run.txt")
    out.append("\n### `streamfilter filter` command: whole-file run, peak memory\n")
    m = {k: re.search(p, run) for k, p in {
        "events": r"filter: ([\d,]+) events", "rss": r"Maximum resident set size \(kbytes\): (\d+)",
        "user": r"User time \(seconds\): ([\d.]+)", "sys": r"System time \(seconds\): ([\d.]+)",
        "bytes": r"bytes=(\d+)", "counts": r"(pass \d+, redact \d+, drop \d+, dead_letter \d+)"}.items()}
    if all(m[k] for k in ("events", "rss", "user", "sys", "bytes")):
        events, size = int(m["events"].group(1).replace(",", "")), int(m["bytes"].group(1))
        cpu_s = float(m["user"].group(1)) + float(m["sys"].group(1))
        out.append(table(["input", "events", "user + sys CPU", "events/s per core", "MB/s per core", "of ceiling", "peak RSS"], [[
            f"{size / 2**20:,.0f} MiB generated mix", f"{events:,}", f"{cpu_s:.1f} s", f"{events / cpu_s:,.0f}",
            f(size / 1e6 / cpu_s, 1), ratio(size / 1e6 / cpu_s, ceiling), f"{int(m['rss'].group(1)) / 1024:.0f} MB"]]))
        if m["counts"]:
            out.append(f"\nDecisions: {m['counts'].group(1)}.")
    else:
        out.append("missing (see filter-run.txt)")

    kafka = read("kafka.txt")
    out.append("\n### Kafka stage against the embedded cluster, exactly-once on\n")
    head = re.search(r"(\d+) keystroke events, batch (\d+), (\d+) partitions, (\d+) transactions", kafka)
    window = {w: re.search(w + r":\s+([\d.]+) s wall \((\d+) events/s\), stage CPU ([\d.]+) s \((\d+) events per stage CPU-second\)", kafka)
              for w in ("full", "steady")}
    cold = re.search(r"cold:\s+warm-up stage, (\d+) other events: ([\d.]+) s wall, stage CPU ([\d.]+) s \((\d+) events per stage CPU-second\), JIT ([\d.]+) s", kafka)
    alloc = re.search(r"transactions, allocator (\w+)", kafka)
    client = re.search(r"librdkafka ([\d.]+)", kafka)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", kafka)
    if head and window["full"]:
        out.append("`benchmarks/StreamFilter.KafkaBench EVENTS BATCH`: realistic typing (200 people) in a topic of librdkafka's mock "
                   "cluster, which runs in a child process, so the stage process's CPU time is the stage's own; one stage "
                   "instance with the default rules, one transaction per batch with SendOffsetsToTransaction, on the allocator "
                   f"`{alloc.group(1) if alloc else 'glibc'}` (docs/kafka.md, \"Allocator\")"
                   f"{', librdkafka ' + client.group(1) if client else ''}. A warm-up "
                   "stage first filters a quarter as many other events in the same process (\"cold\": JIT included), so "
                   "the measured stage runs tiered code; \"full\" includes its group join and first fetch, \"steady\" "
                   "leaves out the first quarter of its input.\n")
        rows = []
        if cold:
            rows.append(["cold (warm-up stage)", f"{int(cold.group(1)):,}", head.group(2), head.group(3), "–",
                         f"{int(cold.group(1)) / float(cold.group(2)):,.0f}", f"{int(cold.group(4)):,}", "–"])
        for name, m in window.items():
            if m:
                rows.append([name, f"{int(head.group(1)):,}", head.group(2), head.group(3), head.group(4),
                             f"{int(m.group(2)):,}", f"{int(m.group(4)):,}", f"{int(rss.group(1)) / 1024:.0f} MB" if rss else "–"])
        out.append(table(["window", "events", "batch", "partitions", "transactions", "events/s (wall)",
                          "events/s per core (stage CPU)", "peak RSS"], rows))
    else:
        out.append("Not measured in this run: " + (kafka.strip().splitlines() or ["no output"])[-1])

    classifier = sorted((key, b) for key, b in bdn.items() if key[0] == "ClassifierBenchmarks")
    if classifier:
        out.append("\n### Sensitivity classifier inference (BDN, wall)\n")
        out.append(table(["benchmark", "median", "allocated/op"], [
            [f"{m_}{' ' + p if p else ''}", f"{b['Statistics']['Median'] / 1e3:,.2f} µs", f"{b['Memory']['BytesAllocatedPerOperation']} B"]
            for (_, m_, p), b in classifier]))
    return ceiling


def scores_table(scores):
    return table(["", "precision", "recall", "F1", "support", "TP", "FP", "FN"], [
        [name, f(s["precision"], 3), f(s["recall"], 3), f(s["f1"], 3), s["support"], s["tp"], s["fp"], s["fn"]]
        for name, s in scores.items()])


def mapping_rows(tsv):
    rows = []
    for line in open(os.path.join(os.path.dirname(__file__), "labels", tsv), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            cells = line.rstrip("\n").split("\t")
            rows.append([cells[0], "not covered" if cells[1] == "-" else f"`{cells[1]}`", cells[2] if len(cells) > 2 else ""])
    return rows


def section_accuracy(out):
    out.append("## Accuracy (`streamfilter eval`)\n")
    synth = load_json("eval-presidio-synth.json")
    out.append("### Entities: presidio_research_synth_v2.jsonl (1,500 synthetic sentences), default detectors\n")
    out.append("A finding is a true positive when it overlaps an unmatched gold span of the same mapped type. "
               "Label mapping (`benchmarks/labels/presidio_research_synth_v2.tsv`):\n")
    out.append(table(["corpus label", "StreamFilter type", "note"], mapping_rows("presidio_research_synth_v2.tsv"), text_columns=3))
    if synth:
        out.append("\n" + scores_table(synth["entities"]))
        out.append("\nNot scored (gold spans of unmapped labels): " + ", ".join(f"{k} {v}" for k, v in synth["unmapped_labels"].items()) + ".")
    else:
        out.append("\nmissing")
    out.append("\n### Categories: the sensitivity classifier on held-out records only\n")
    out.append("The classifier was trained on mts_dialog_train.jsonl and sms_collection_train.jsonl; `eval` scores only "
               "their held-out 20 % (by hash of `source#id`, minus texts that also occur in training; data/training/README.md). "
               "Spam is skipped, not relabelled. Label mappings (`benchmarks/labels/*.tsv`):\n")
    out.append(table(["file", "corpus label", "category", "note"],
                     [["mts_dialog_train.jsonl"] + r for r in mapping_rows("mts_dialog_train.tsv")]
                     + [["sms_collection_train.jsonl"] + r for r in mapping_rows("sms_collection_train.tsv")], text_columns=4))
    for name, title in (("eval-corpora-heldout.json", "Public corpora only (medical, private_conversation)"),
                        ("eval-all-heldout.json", "The whole held-out set: public corpora + the repository's generated categories (data/training)")):
        r = load_json(name)
        out.append(f"\n{title}:\n")
        if not r:
            out.append("missing")
            continue
        scores = {k: v for k, v in r["categories"].items() if v["support"] > 0 or v["fp"] > 0}
        out.append(scores_table(scores))
        work = r["categories"].get("work", {}).get("support", 0)
        raised = f"; ordinary work text raised to level 3+: {100 * r['work_raised_rate']:.2f} % of {work}" if work else ""
        out.append(f"\n{r['examples']:,} examples; macro-F1 {r['macro_f1']:.3f}{raised}.")


def times(x):
    return f"{x:.2g}x" if x < 10 else f"{x:,.0f}x"


def ipv4_split():
    """StreamFilter's IPv4 recall on the peer corpus, split into globally routable and internal addresses."""
    corpus, pred = path("peers-corpus.jsonl"), path("streamfilter.corpus.spans.jsonl")
    if not (os.path.exists(corpus) and os.path.exists(pred)):
        return None
    with open(pred, encoding="utf-8") as fh:
        spans = {r["id"]: r["spans"] for r in map(json.loads, fh)}
    counts = {}
    with open(corpus, encoding="utf-8") as fh:
        for g in map(json.loads, fh):
            for s in (s for s in g["spans"] if s["type"] == "IPV4"):
                try:
                    kind = "global" if ipaddress.ip_address(g["text"][s["start"]:s["end"]]).is_global else "internal"
                except ValueError:
                    kind = "other form"
                found = any(p["start"] < s["end"] and s["start"] < p["end"] for p in spans.get(g["id"], []))
                c = counts.setdefault(kind, [0, 0])
                c[0] += found
                c[1] += 1
    return ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(counts.items()))


def section_peers(out):
    results, bench = load_json("peers-results.json"), load_json("peers-bench.json")
    spans, score = load_json("spans-corpus.json"), load_json("score-corpus.json")
    out.append("## Peers: npm PII libraries on the same corpus (../shared/peers)\n")
    if not (results and bench and spans and score):
        out.append("Not run (PEERS=0 or a step failed).")
        return
    out.append(f"Corpus: `node gen.mjs` ({spans['records']:,} records, {spans['bytes']:,} bytes of text, chat/prompts/logs with "
               "identifiers and look-alikes). Every tool: one thread, one call per record, I/O and JSON parsing outside the timed "
               "region. Peers: `bench_all.sh` (median over rounds of the median timed pass, wall clock; Node gives no per-thread "
               "CPU time here). StreamFilter: `streamfilter spans` (median of 20 passes after 3 s of warm-up; wall and thread "
               "CPU time). Spans scored by the harness's `score.mjs` (recall = every letter and digit of the item redacted).\n")
    reused = key_values("machine.txt").get("peers_reused")
    if reused:
        out.append(f"Peer results were reused from the harness run that finished at {reused} (PEERS_REUSE=1); StreamFilter "
                   "was measured in this run, so the load on the machine differed between the two sides.\n")
    sf_wall, sf_cpu = spans["mb_per_s_wall"], spans["mb_per_s_cpu"]
    rows = [["**StreamFilter** (default detectors)", "", f"{sf_wall:.2f}", f"{sf_cpu:.2f}", "–", "–"]]
    for b in sorted(bench, key=lambda b: -b["mb_per_s"]):
        rows.append([b["peer"], f"{b['package']}@{b['version']}", f"{b['mb_per_s']:.2f}", "–", times(sf_wall / b["mb_per_s"]), times(sf_cpu / b["mb_per_s"])])
    out.append(table(["tool", "package@version", "MB/s (wall)", "MB/s (CPU)", "StreamFilter / tool (wall)", "StreamFilter CPU / tool wall"], rows, text_columns=2))

    def f1_row(name, per_type, overall):
        return [name] + [f(per_type[t]["f1"]) for t in HARNESS_TYPES] + [f(overall["micro_recall_full_scored"]), f(overall["precision_any_type"])]

    header = ["tool", "CC", "SSN", "Phone", "Email", "IPv4", "IBAN", "AWS id", "AWS secret", "GitHub", "micro recall", "precision (any type)"]
    rows = [f1_row("**StreamFilter**", score["per_type"], score["overall"])]
    rows += [f1_row(r["peer"], r["score"]["per_type"], r["score"]["overall"]) for r in results]
    best = {t: max((r["score"]["per_type"][t]["f1"] or 0) for r in results) for t in HARNESS_TYPES}
    rows.append(["StreamFilter / best peer"] + [
        "–" if score["per_type"][t]["f1"] is None else ("∞" if not best[t] else f"{score['per_type'][t]['f1'] / best[t]:.2f}")
        for t in HARNESS_TYPES] + ["", ""])
    out.append("\nF1 per entity type (– = the tool never emits that type):\n")
    out.append(table(header, rows))
    out.append("\nStreamFilter recall per type (full / any overlap): " + ", ".join(
        f"{t} {f(score['per_type'][t]['recall_full'])}/{f(score['per_type'][t]['recall_any'])}" for t in HARNESS_TYPES)
        + f". False-positive spans: {score['overall']['false_positive_spans']} ({json.dumps(score['fp_by_label'])}).")
    split = ipv4_split()
    if split:
        out.append(f"\nIPv4 gold items by routability (Python `ipaddress.is_global`), found / total: {split}. The IP detector "
                   "does not report internal addresses by default (they name machines, not people; rules can turn them on), "
                   "while the harness counts every address as PII.")
    long = load_json("spans-corpus-long.json")
    if long:
        out.append(f"\nSame text as {long['records']} long records (`gen.mjs --join 20`): StreamFilter {long['mb_per_s_wall']:.2f} MB/s wall, "
                   f"{long['mb_per_s_cpu']:.2f} MB/s CPU (peers not run on it by default).")


def main():
    bdn = bdn_results()
    out = ["# StreamFilter benchmark results", "",
           "<!-- Generated by benchmarks/run.sh (benchmarks/report.py); do not edit by hand: re-run the script. -->", ""]
    section_machine(out)
    out.append("")
    section_throughput(out, bdn)
    out.append("")
    section_accuracy(out)
    out.append("")
    section_peers(out)
    print("\n".join(out))


main()
