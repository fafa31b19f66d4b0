#!/usr/bin/env python3
"""Copies the held-out split of the openly licensed real-text corpora into tests/data/corpora, so the
shipped model's accuracy tests run on real text without reading ../shared. Only CC BY / CC0 records are
copied; the NC and unlicensed files stay in ../shared (train/eval read them there).

The split is LabelledTextReader.IsHeldOut's: FNV-1a 64 over the UTF-16 code units of "source#id",
held out when the hash % 100 < 20. So the copied records are exactly ones the model never trained on.

    python3 scripts/training/copy_heldout_subsets.py ../shared/corpora/realtext tests/data/corpora
"""
import json
import os
import sys


def held_out(key):
    h = 14695981039346656037
    data = key.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h = ((h ^ (data[i] | data[i + 1] << 8)) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return h % 100 < 20


# (input file, output file, record filter): the CC BY / CC0 parts only.
SUBSETS = [
    ("medquad_answers.jsonl", "realtext_medquad_heldout.jsonl", lambda r: True),
    ("nlm_consumer_health_questions.jsonl", "realtext_meqsum_heldout.jsonl", lambda r: r["source"].startswith("abachaa/MeQSum")),
    ("qmsum_ami_icsi_meetings.jsonl", "realtext_qmsum_heldout.jsonl", lambda r: True),
    ("commit_messages_hardneg_train.jsonl", "realtext_taxcalc_commits_heldout.jsonl", lambda r: r["source"].startswith("PSLmodels/Tax-Calculator")),
]


def main(src, dst):
    for name, out, keep in SUBSETS:
        n = 0
        with open(os.path.join(src, name), encoding="utf-8") as f, open(os.path.join(dst, out), "w", encoding="utf-8", newline="\n") as o:
            for line in f:
                r = json.loads(line)
                if keep(r) and held_out(f"{r['source']}#{r['id']}"):
                    o.write(line if line.endswith("\n") else line + "\n")
                    n += 1
        print(out, n)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
