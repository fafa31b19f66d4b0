#!/usr/bin/env python3
"""Generates StreamFilter's synthetic sensitivity training sets (data/training/*.jsonl).

Deterministic: `python3 scripts/training/generate.py --seed 7 --out data/training` always writes the
same files. Each example is a template (templates.py) with its slots filled from vocab.py, wrapped in
a style (AI prompt, chat message, meeting transcript line, OCR fragment, plain) and roughened with
slang, lower-casing and typos. Templates with index % 4 == 3 only ever produce held-out examples
("heldout": true), so the held-out score measures generalisation to unseen phrasings, not memory of
a template.
"""
import argparse
import json
import os
import random
import re

import families as F
import templates as T
import vocab as V

SLOT = re.compile(r"\{([A-Za-z0-9_]+)\}")
SLANG = {"you": "u", "your": "ur", "are": "r", "please": "pls", "thanks": "thx", "tomorrow": "tmrw",
         "because": "bc", "tonight": "tonite", "okay": "ok", "really": "rly", "about": "abt",
         "before": "b4", "people": "ppl", "message": "msg", "don't": "dont", "i'm": "im", "can't": "cant"}
CODE_WORDS = ["user", "order", "invoice", "session", "payload", "tenant", "cursor", "batch", "config", "event"]
OCR_SWAPS = [("l", "1"), ("O", "0"), ("rn", "m"), ("e", "c"), ("S", "5"), ("I", "l")]


def money(r):
    v = r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 250000)])
    fmt = r.choice(["${:,}", "${:,}.00", "{:,} USD", "${}", "$%d.%02d" % (v, r.randint(0, 99))])
    return fmt.format(v) if "{" in fmt else fmt


def slot(name, r):
    vocab = getattr(V, name, None)
    if vocab is not None:
        return r.choice(vocab)
    specials = {
        "amt": lambda: money(r),
        "num": lambda: str(r.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 45, 64, 120, 250])),
        "pct": lambda: f"{r.randint(1, 95)}%",
        "time": lambda: f"{r.randint(8, 17)}:{r.choice(['00', '15', '30', '45'])}",
        "day": lambda: str(r.randint(1, 28)),
        "year": lambda: str(r.randint(2019, 2026)),
        "score": lambda: str(r.randint(480, 820)),
        "last4": lambda: f"{r.randint(0, 9999):04d}",
        "ver": lambda: f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
        "id": lambda: f"{r.choice(['PLAT', 'PAY', 'OPS', 'SRCH', 'BILL', 'INC'])}-{r.randint(100, 9999)}",
        "fn": lambda: f"{r.choice(['load', 'save', 'parse', 'sync', 'validate', 'fetch'])}_{r.choice(CODE_WORDS)}",
        "fn2": lambda: f"_{r.choice(['apply', 'emit', 'store', 'check'])}_{r.choice(CODE_WORDS)}",
        "Fn": lambda: f"{r.choice(['Load', 'Save', 'Parse', 'Sync', 'Validate', 'Fetch'])}{r.choice(CODE_WORDS).title()}",
        "Type": lambda: r.choice(CODE_WORDS).title() + r.choice(["Dto", "Result", "Summary", "Record"]),
        "arg": lambda: r.choice(CODE_WORDS) + r.choice(["", "_id", "s", "_key"]),
        "tbl": lambda: r.choice(CODE_WORDS) + "s",
        "ts": lambda: f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
    }
    return specials[name]()


def fill(template, r):
    t = template.replace("{{", "\x01").replace("}}", "\x02")
    t = SLOT.sub(lambda m: slot(m.group(1), r), t)
    return t.replace("\x01", "{").replace("\x02", "}")


def typo(word, r):
    if len(word) < 4 or not word.isalpha():
        return word
    i = r.randint(1, len(word) - 2)
    kind = r.randint(0, 2)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def roughen(text, r):
    words = text.split(" ")
    if r.random() < 0.35:
        words = [SLANG.get(w.lower(), w) for w in words]
    for _ in range(r.choice([0, 0, 1, 1, 2])):
        i = r.randrange(len(words))
        words[i] = typo(words[i], r)
    text = " ".join(words)
    if r.random() < 0.3:
        text = text.lower()
    if r.random() < 0.3:
        text = text.rstrip(".?!")
    return text


def style(text, r, code):
    if code:
        return r.choice(["plain", "plain", "prompt", "ocr"]), text
    kind = r.choice(["plain", "prompt", "prompt", "chat", "chat", "meeting", "ocr"])
    if kind == "prompt":
        pre = r.choice(["", "", "Can you help me with this: ", "Hey, ", "Quick question: ", "Please help. ",
                        "I need advice. ", "Rewrite this more clearly: "])
        post = r.choice(["", "", " Thanks!", " Keep it short.", " What should I do?", " Explain step by step."])
        return kind, pre + text + post
    if kind == "chat":
        return kind, roughen(text, r) + r.choice(["", "", " lol", " :(", " !!", " ok?", " thx"])
    if kind == "meeting":
        who = r.choice([f"Speaker {r.randint(1, 6)}", r.choice(V.FIRST),
                        f"[{r.randint(0, 1):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}] {r.choice(V.FIRST)}"])
        filler = r.choice(["", "", "um, ", "so ", "yeah, ", "okay so "])
        return kind, f"{who}: {filler}{text}"
    if kind == "ocr":
        words = text.split(" ")
        cut = sorted(r.sample(range(1, max(2, len(words))), k=min(2, max(1, len(words) - 1))))
        lines = [" ".join(words[a:b]) for a, b in zip([0] + cut, cut + [len(words)])]
        text = r.choice(["\n", " | ", "  "]).join(lines)
        if r.random() < 0.4:
            a, b = r.choice(OCR_SWAPS)
            text = text.replace(a, b, 1)
        return kind, text
    return kind, roughen(text, r) if r.random() < 0.5 else text


def generate(label, pools, count, heldout_share, r, prefix):
    rows = []
    for n in range(count):
        pool = r.choice(pools)
        templates, code = pool
        heldout = r.random() < heldout_share
        candidates = [i for i in range(len(templates)) if (i % 4 == 3) == heldout]
        index = r.choice(candidates)
        text = fill(templates[index], r)
        if not code and r.random() < 0.15:
            other = [i for i in candidates if i != index]
            text = text + r.choice([". ", ". Also ", "\n", " - and "]) + fill(templates[r.choice(other)], r)
        kind, text = style(text, r, code)
        rows.append({"id": f"{prefix}-{n:05d}", "label": label, "heldout": heldout,
                     "template": f"{prefix}{'c' if code else ''}{index}", "style": kind, "text": text})
    return rows


CHAT_FAMILIES = {"manager_chat", "engineering_chat", "short_technical", "medical_at_work", "private_dm",
                 "tax_at_work", "financial_at_work"}
CODE_FAMILIES = {"code_sensitive_identifiers", "sql_migrations", "logs", "stack_traces", "configs", "shell"}


def family_style(family, text, r):
    """Channel-appropriate styling: chat is roughened, code is left as typed, documents sometimes OCR'd."""
    if family in CODE_FAMILIES:
        return "code", text
    if family in CHAT_FAMILIES:
        if r.random() < 0.5:
            return "chat", roughen(text, r)
        if r.random() < 0.3:
            return "prompt", r.choice(["", "Quick question: ", "Can you help me reply to this: "]) + text
        return "plain", text
    if family == "support_chat" or family == "hr_spreadsheet_ocr":
        return "plain", text
    if r.random() < 0.2:
        a, b = r.choice(OCR_SWAPS)
        return "ocr", text.replace(a, b, 1)
    if r.random() < 0.15:
        return "prompt", r.choice(["Summarize this: ", "Proofread: ", "Make this clearer:\n", "Translate to plain English: "]) + text
    return "plain", text


def generate_family(label, family, templates, count, r, prefix):
    """templates: strings of one label, or (label, string) pairs. Templates with index % 4 == 3 are held out."""
    rows = []
    for n in range(count):
        index = r.randrange(len(templates))
        item = templates[index]
        row_label, template = item if isinstance(item, tuple) else (label, item)
        kind, text = family_style(family, fill(template, r), r)
        rows.append({"id": f"{prefix}-{family}-{n:04d}", "label": row_label, "heldout": index % 4 == 3,
                     "template": f"{family}{index}", "family": family, "style": kind, "text": text})
    return rows


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default="data/training")
    args = parser.parse_args()
    r = random.Random(args.seed)
    sets = [
        ("work", [(T.WORK, False), (T.WORK, False), (T.WORK_CHAT, False), (T.WORK_CHAT, False), (T.WORK_CODE, True)], 3500),
        ("tax", [(T.TAX, False)], 1500),
        ("people_data", [(T.PEOPLE, False)], 1500),
        ("financial", [(T.FINANCIAL, False)], 1500),
        ("private_conversation", [(T.PRIVATE, False)], 800),
        ("medical", [(T.MEDICAL, False)], 800),
    ]
    os.makedirs(args.out, exist_ok=True)
    for label, pools, count in sets:
        rows = generate(label, pools, count, 0.2, r, f"gen-{label}")
        with open(os.path.join(args.out, f"{label}.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{label}: {len(rows)} ({sum(1 for x in rows if x['heldout'])} held out)")
    # Families (families.py) from their own generator, so the files above stay byte-identical.
    r2 = random.Random(args.seed + 1)
    groups = [
        ("people_data_families", "people_data", F.PEOPLE_FAMILIES, 170),
        ("work_engineering", "work", F.ENGINEERING_FAMILIES, 220),
        ("sensitive_at_work", None, F.SENSITIVE_AT_WORK_FAMILIES, 200),
    ]
    for name, label, families, per_family in groups:
        rows = []
        for family, templates in families.items():
            rows += generate_family(label, family, templates, per_family, r2, "gen")
        write(os.path.join(args.out, f"{name}.jsonl"), rows)
        print(f"{name}: {len(rows)} ({sum(1 for x in rows if x['heldout'])} held out)")


if __name__ == "__main__":
    main()
