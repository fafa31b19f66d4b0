#!/usr/bin/env bash
# The published benchmark in one command: builds Release, measures the single-core memory read ceiling,
# the detectors, the filter engine and command (peak memory), the Kafka stage (when present), accuracy
# on ../shared/corpora and the npm peers on the same corpus, then writes benchmarks/RESULTS.md.
#
#   benchmarks/run.sh [ARTIFACTS_DIR]          # default /tmp/sf-bench-<UTC time>; keeps every raw output
#
# Environment (defaults keep the whole suite near 20 minutes on 2 cores):
#   FULL=1            filter command over 1 GiB instead of FILTER_BYTES
#   FILTER_BYTES      size of the generated filter input (default 134217728 = 128 MiB)
#   BDN_JOB           BenchmarkDotNet job (default short); BDN_FILTERS the benchmark classes
#   CPU_ROUNDS        measured passes of `cpu-throughput` (default 10)
#   KAFKA_EVENTS      keystroke events for the Kafka stage run (default 400000; KAFKA_BATCH default: the topology default batch.max_records; 15-minute timeout)
#   CORPORA           public corpora directory (default ../shared/corpora next to the main checkout)
#   PEERS=0           skip the npm peers; PEERS_SRC the harness (default ../shared/peers)
#   PEERS_DIR         where the harness is copied and npm-installed (default ARTIFACTS_DIR/peers)
#   PEERS_REUSE=1     keep peer results already in PEERS_DIR (out/, bench/) instead of re-running them
#   PEER_ROUNDS       rounds of the peers' throughput run (default 3)
#   RESULTS           output file (default benchmarks/RESULTS.md)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
art=${1:-/tmp/sf-bench-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$art"
art=$(cd "$art" && pwd)
# ../shared sits next to the main checkout; a git worktree elsewhere finds it through the common git dir.
shared=$repo/../shared
[ -d "$shared" ] || shared=$(dirname "$(git rev-parse --path-format=absolute --git-common-dir)")/../shared
corpora=$(cd "${CORPORA:-$shared/corpora}" && pwd)
peers_src=${PEERS_SRC:-$shared/peers}
peers_dir=${PEERS_DIR:-$art/peers}
bench_dll=benchmarks/StreamFilter.Benchmarks/bin/Release/net10.0/StreamFilter.Benchmarks.dll
sf_dll=src/StreamFilter.Cli/bin/Release/net10.0/streamfilter.dll
kafka_proj=benchmarks/StreamFilter.KafkaBench/StreamFilter.KafkaBench.csproj
filter_bytes=${FILTER_BYTES:-134217728}
[ "${FULL:-0}" = 1 ] && filter_bytes=1073741824
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

log "artifacts: $art"
printf '%q ' "$0" "$@" > "$art/command.txt"
env | grep -E '^(FULL|FILTER_BYTES|BDN_JOB|BDN_FILTERS|CPU_ROUNDS|KAFKA_EVENTS|PEERS|PEERS_REUSE|PEER_ROUNDS)=' | sort >> "$art/command.txt" || true

log "build (Release)"
dotnet build src/StreamFilter.Cli -c Release -v q -nologo >/dev/null
dotnet build benchmarks/StreamFilter.Benchmarks -c Release -v q -nologo >/dev/null

log "machine and inputs"
{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
  echo "cores=$(nproc)"
  echo "memory_kib=$(sed -n 's/^MemTotal: *\([0-9]*\).*/\1/p' /proc/meminfo)"
  echo "kernel=$(uname -r)"
  echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "dotnet_sdk=$(dotnet --version)"
  echo "dotnet_runtime=$(dotnet --list-runtimes | sed -n 's/^Microsoft.NETCore.App \([^ ]*\).*/\1/p' | tail -1)"
  echo "node=$(node --version 2>/dev/null || echo none)"
  echo "git_commit=$(git rev-parse HEAD)"
  echo "git_dirty=$(git status --porcelain --untracked-files=no | wc -l)"
  echo "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
} > "$art/machine.txt"
dotnet "$bench_dll" corpus-info > "$art/corpus-info.json"
( cd "$corpora" && for f in *.jsonl; do echo "$f $(wc -l < "$f") $(sha256sum "$f" | cut -c1-16)"; done ) > "$art/corpora.txt"

log "BenchmarkDotNet: memory read ceiling, detectors, classifier (job ${BDN_JOB:-short})"
# shellcheck disable=SC2086 # BDN_FILTERS is a list of globs
dotnet "$bench_dll" --filter ${BDN_FILTERS:-'*MemoryBandwidthBenchmarks*' '*DetectorBenchmarks*' '*ClassifierBenchmarks*'} \
  --job "${BDN_JOB:-short}" --exporters json --artifacts "$art/bdn" > "$art/bdn.log" 2>&1

log "filter engine per event type (CPU time, ${CPU_ROUNDS:-10} rounds)"
dotnet "$bench_dll" cpu-throughput "${CPU_ROUNDS:-10}" > "$art/cpu-throughput.md"
dotnet "$bench_dll" cpu-throughput "${CPU_ROUNDS:-10}" --with-classifier > "$art/cpu-throughput-classifier.md"

log "filter command over $filter_bytes bytes (peak memory)"
mkdir -p "$art/filter"
benchmarks/filter-1gb.sh "$filter_bytes" "$art/filter" > "$art/filter-run.txt" 2>&1
echo "bytes=$(stat -c %s "$art/filter/input.ndjson")" >> "$art/filter-run.txt"
rm -f "$art/filter/"*.ndjson

if [ -f "$kafka_proj" ]; then
  log "Kafka stage against the embedded cluster, EOS on (${KAFKA_EVENTS:-400000} events)"
  dotnet build "$kafka_proj" -c Release -v q -nologo >/dev/null
  kafka_dll=$(dirname "$kafka_proj")/bin/Release/net10.0/StreamFilter.KafkaBench.dll
  # Bounded in time; the bench compresses its input so the mock's 5 MiB-per-partition limit loses nothing.
  # The stage runs on jemalloc, as deployed (docs/kafka.md, "Allocator"); KAFKA_ALLOCATOR=glibc for libc malloc.
  jemalloc=$(ldconfig -p | awk '/libjemalloc.so.2 /{print $NF; exit}')
  [ "${KAFKA_ALLOCATOR:-jemalloc}" = jemalloc ] && [ -n "$jemalloc" ] && export LD_PRELOAD="$jemalloc"
  timeout 900 /usr/bin/time -v dotnet "$kafka_dll" "${KAFKA_EVENTS:-400000}" ${KAFKA_BATCH:+"$KAFKA_BATCH"} > "$art/kafka.txt" 2>&1 || echo "exit=$?" >> "$art/kafka.txt"
  unset LD_PRELOAD
else
  log "Kafka stage: $kafka_proj not found; skipped"
  echo "skipped: $kafka_proj not present" > "$art/kafka.txt"
fi

log "accuracy: streamfilter eval"
labels_of() { # corpus label -> StreamFilter type table as eval's --labels FROM=TO (FROM= : not scored)
  grep -v '^#' "$1" | awk -F'\t' 'NF>=2 { printf "%s%s=%s", sep, $1, ($2=="-" ? "" : $2); sep="," }'
}
dotnet "$sf_dll" eval --json --data "$corpora/presidio_research_synth_v2.jsonl" \
  --labels "$(labels_of benchmarks/labels/presidio_research_synth_v2.tsv)" > "$art/eval-presidio-synth.json"
# Held-out split only (eval's default): the classifier was trained on the rest of these files.
dotnet "$sf_dll" eval --json --data "$corpora/mts_dialog_train.jsonl" "$corpora/sms_collection_train.jsonl" > "$art/eval-corpora-heldout.json"
dotnet "$sf_dll" eval --json --data data/training/*.jsonl "$corpora/mts_dialog_train.jsonl" "$corpora/sms_collection_train.jsonl" > "$art/eval-all-heldout.json"

if [ "${PEERS:-1}" != 0 ]; then
  log "peers: harness in $peers_dir"
  if [ ! -d "$peers_dir/node_modules" ]; then
    mkdir -p "$peers_dir"
    cp -r "$peers_src"/. "$peers_dir"/
    chmod -R u+w "$peers_dir"
    ( cd "$peers_dir" && npm install --no-audit --no-fund > npm-install.log 2>&1 )
  fi
  ( cd "$peers_dir" && node gen.mjs 2> gen.json && node gen.mjs --join 20 --out corpus-long.jsonl 2> gen-long.json )
  if [ "${PEERS_REUSE:-0}" != 1 ] || [ ! -f "$peers_dir/out/results.json" ]; then
    ( cd "$peers_dir" && bash run_all.sh corpus.jsonl > run_all.md 2> run_all.log )
  fi
  if [ "${PEERS_REUSE:-0}" != 1 ] || [ ! -f "$peers_dir/bench/corpus/summary.json" ]; then
    ( cd "$peers_dir" && ROUNDS=${PEER_ROUNDS:-3} bash bench_all.sh corpus.jsonl > bench_all.md 2> bench_all.log )
  else
    echo "peers_reused=$(date -u -r "$peers_dir/bench/corpus/summary.json" +%Y-%m-%dT%H:%M:%SZ)" >> "$art/machine.txt"
  fi
  log "peers: StreamFilter on the same corpora"
  for c in corpus corpus-long; do
    dotnet "$sf_dll" spans --input "$peers_dir/$c.jsonl" --output "$art/streamfilter.$c.spans.jsonl" > "$art/spans-$c.json"
    ( cd "$peers_dir" && node score.mjs --gold "$c.jsonl" --pred "$art/streamfilter.$c.spans.jsonl" --json ) > "$art/score-$c.json"
  done
  cp "$peers_dir/out/results.json" "$art/peers-results.json"
  cp "$peers_dir/bench/corpus/summary.json" "$art/peers-bench.json"
  cp "$peers_dir/gen.json" "$art/peers-gen.json"
  cp "$peers_dir/corpus.jsonl" "$art/peers-corpus.jsonl"
fi

echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$art/machine.txt"
log "writing ${RESULTS:-benchmarks/RESULTS.md}"
python3 benchmarks/report.py "$art" > "${RESULTS:-benchmarks/RESULTS.md}"
log "done: ${RESULTS:-benchmarks/RESULTS.md} (raw outputs in $art)"
