#!/usr/bin/env python3
"""Builds the PERSON and STREET_ADDRESS lexicons shipped in src/StreamFilter.Core/Detection/People/Data.

Reads ../shared/reference (see its README for sources and commits). Only public-domain, MIT and
CC BY sources go into the shipped files:
  given names : SSA baby names (PD), Faker person providers (MIT), Moby names (PD), libpostal given_names (MIT)
  surnames    : Census 2010 surnames (PD), Faker (MIT), Moby (PD), libpostal surnames (MIT)
  word-ness   : lower-case token counts that we compute ourselves from CC BY / MIT text
                (WNUT-17, Broad Twitter Corpus, MTS-Dialog, SMS Spam Collection, MedQuAD, QMSum/AMI/ICSI)
  streets     : USPS Pub. 28 suffixes and unit designators (public facts), libpostal street types (MIT),
                US states (public facts), GeoNames cities via datasets/world-cities (CC BY 4.0)
Not used: smashew (uncertain provenance), wiktionary_de (SA), name_word_ambiguity.tsv and the
OpenSubtitles list (SA).

Usage: python3 scripts/people/build_lexicons.py ../shared/reference ../shared/corpora
"""
import csv, gzip, json, math, re, sys, unicodedata, collections, os

ref, corpora = sys.argv[1], sys.argv[2]
out = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'StreamFilter.Core', 'Detection', 'People', 'Data')
csv.field_size_limit(10**9)

def cased_start(name):
    # Names we can anchor on: they start with an upper-case letter of a cased script.
    return len(name) >= 2 and name[0].isupper() and not any(c.isdigit() for c in name)

def key(name):
    return unicodedata.normalize('NFC', name).lower()

def bucket(count):
    # log2-spaced buckets 1..15 from a bearer/birth count: 1 (rare) .. 15 (millions)
    return max(1, min(15, int(math.log2(max(count, 1)) - 5)))

first = collections.defaultdict(int)   # key -> bucket
last = collections.defaultdict(int)
display = {}

def put(table, name, b):
    name = name.strip()
    if ' ' in name or not cased_start(name):
        return
    k = key(name)
    if b > table[k]:
        table[k] = b

ssa = collections.Counter()
for r in csv.DictReader(open(f'{ref}/names/first_names.tsv', encoding='utf-8'), delimiter='\t'):
    src = r['source']
    if src == 'ssa':
        ssa[r['name']] += int(r['count'] or 0)
    elif src == 'faker' and r['form'] in ('native', 'romanized'):
        put(first, r['name'], 6)
    elif src == 'moby':
        put(first, r['name'], 4)
for n, c in ssa.items():
    if c >= 20:
        put(first, n, bucket(c))
for r in csv.DictReader(open(f'{ref}/names/last_names.tsv', encoding='utf-8'), delimiter='\t'):
    src = r['source']
    if src == 'census2010':
        put(last, r['name'], bucket(int(r['count'] or 0)))
    elif src == 'faker' and r['form'] in ('native', 'romanized'):
        put(last, r['name'], 6)
    elif src == 'moby':
        put(last, r['name'], 4)
for r in csv.DictReader(open(f'{ref}/address/libpostal_dictionaries.tsv', encoding='utf-8'), delimiter='\t'):
    if r['lang'] == 'all' and r['dictionary'] in ('given_names', 'surnames'):
        for n in [r['canonical']] + [v for v in (r['variants'] or '').split('|') if v]:
            if n[:1].isupper():
                put(first if r['dictionary'] == 'given_names' else last, n, 3)

# Word-ness: how often the token is written lower-case in ordinary text.
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
lower = collections.Counter()
total = 0
def count_text(t):
    global total
    for m in TOKEN.finditer(t):
        w = m.group(0)
        total += 1
        if w.islower():
            lower[w] += 1
for f in ('wnut17.jsonl', 'btc.jsonl'):
    for line in open(f'{ref}/ner/{f}', encoding='utf-8'):
        count_text(json.loads(line)['text'])
for f in ('mts_dialog_train.jsonl', 'sms_collection_train.jsonl', 'realtext/medquad_answers.jsonl', 'realtext/qmsum_ami_icsi_meetings.jsonl'):
    for line in open(f'{corpora}/{f}', encoding='utf-8'):
        count_text(json.loads(line)['text'])
scale = 1e6 / total
def word_bucket(w):
    c = lower.get(w, 0)
    if c == 0:
        return 0
    pm = c * scale
    return max(1, min(15, int(math.log2(pm * 8) + 1))) if pm > 0.5 else 1

keys = set(first) | set(last) | {w for w, c in lower.items() if c >= 3}
rows = []
for k in sorted(keys):
    f, l, w = first.get(k, 0), last.get(k, 0), word_bucket(k)
    if f == 0 and l == 0 and w == 0:
        continue
    rows.append(f'{k}\t{f:x}{l:x}{w:x}')
with gzip.open(f'{out}/people-lexicon.tsv.gz', 'wt', encoding='utf-8', compresslevel=9) as g:
    g.write('# key<TAB>three hex digits: given-name, surname, lower-case word frequency buckets (0 = not one). See scripts/people/build_lexicons.py\n')
    g.write('\n'.join(rows) + '\n')
print('people lexicon', len(rows), 'words counted', total, file=sys.stderr)

# Street lexicon: kind<TAB>term. Kinds: usps (USPS Pub. 28 suffixes and their variants), suffix (other languages' types written after the street name), prefix (before it: Rue X, Via X),
# glued (ends the street word: Hauptstraße, Koskikatu), unit (Apt, Suite), dir (N, North), state (code or name).
street = set()
for r in csv.DictReader(open(f'{ref}/address/usps_street_suffixes.tsv', encoding='utf-8'), delimiter='\t'):
    for t in [r['primary_name'], r['usps_abbr']] + [v for v in (r['libpostal_variants'] or '').split('|') if v]:
        street.add(('usps', t.lower()))
PREFIX_LANGS = {'fr', 'es', 'it', 'pt', 'pl', 'cs', 'el', 'hu', 'ro'}
SUFFIX_LANGS = {'en', 'de', 'nl', 'da', 'nb', 'sv', 'fi', 'is', 'et', 'hu'}
for r in csv.DictReader(open(f'{ref}/address/libpostal_dictionaries.tsv', encoding='utf-8'), delimiter='\t'):
    lang, d = r['lang'], r['dictionary']
    terms = [r['canonical']] + [v for v in (r['variants'] or '').split('|') if v]
    terms = [t.strip().lower() for t in terms if t.strip() and len(t.strip()) >= 2 and '/' not in t]
    if d == 'street_types':
        if lang in PREFIX_LANGS:
            street.update(('prefix', t) for t in terms if ' ' not in t)
        if lang in SUFFIX_LANGS:
            street.update(('suffix', t) for t in terms if ' ' not in t)
    elif d.startswith('concatenated_suffixes') and lang in SUFFIX_LANGS:
        street.update(('glued', t.rstrip('.')) for t in terms if len(t) >= 3 and ' ' not in t)
    elif d == 'unit_types_numbered' and lang == 'en':
        street.update(('unit', t) for t in terms if ' ' not in t)
for r in csv.DictReader(open(f'{ref}/address/usps_secondary_units.tsv', encoding='utf-8'), delimiter='\t'):
    street.add(('unit', r['designator'].lower())); street.add(('unit', r['usps_abbr'].lower()))
for d in ('n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'):
    street.add(('dir', d))
for r in csv.DictReader(open(f'{ref}/address/us_states.tsv', encoding='utf-8'), delimiter='\t'):
    street.add(('state', r['usps'].lower())); street.add(('state', r['name'].lower()))
# Canadian provinces and territories (public facts)
for code, name in [('ab','alberta'),('bc','british columbia'),('mb','manitoba'),('nb','new brunswick'),('nl','newfoundland and labrador'),('ns','nova scotia'),('nt','northwest territories'),('nu','nunavut'),('on','ontario'),('pe','prince edward island'),('qc','quebec'),('sk','saskatchewan'),('yt','yukon')]:
    street.add(('state', code)); street.add(('state', name))
with open(f'{out}/street-lexicon.tsv', 'w', encoding='utf-8') as g:
    g.write('# kind<TAB>term (lower case). See scripts/people/build_lexicons.py\n')
    for kind, t in sorted(street):
        g.write(f'{kind}\t{t}\n')
cities = set()
for r in csv.DictReader(open(f'{ref}/address/world_cities.tsv', encoding='utf-8'), delimiter='\t'):
    n = r['name'].strip()
    if len(n) >= 3:
        cities.add(key(n))
with gzip.open(f'{out}/cities.tsv.gz', 'wt', encoding='utf-8', compresslevel=9) as g:
    g.write('# city names (lower case), population >= 15,000, GeoNames via datasets/world-cities (CC BY 4.0)\n')
    g.write('\n'.join(sorted(cities)) + '\n')
print('street terms', len(street), 'cities', len(cities), file=sys.stderr)
