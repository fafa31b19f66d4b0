#!/usr/bin/env bash
# Runs `streamfilter filter` (Release) over a generated 1 GiB activity mix and reports CPU time, peak
# memory and the run summary; see the "filter" section of benchmarks/README.md.
# Usage: benchmarks/filter-1gb.sh [BYTES] [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
bytes=${1:-1073741824}
work=${2:-$(mktemp -d)}
dotnet build src/StreamFilter.Cli -c Release -v q -nologo >/dev/null
dotnet build benchmarks/StreamFilter.Benchmarks -c Release -v q -nologo >/dev/null
dotnet benchmarks/StreamFilter.Benchmarks/bin/Release/net10.0/StreamFilter.Benchmarks.dll generate "$bytes" "$work/input.ndjson"
export STREAMFILTER_HOME="$work/keys"
/usr/bin/time -v dotnet src/StreamFilter.Cli/bin/Release/net10.0/streamfilter.dll filter \
  --input "$work/input.ndjson" --output "$work/out.ndjson" --audit "$work/audit.ndjson" 2>&1 \
  | grep -E "^filter:|Maximum resident|User time|System time|Elapsed|Exit status"
echo "files in $work (delete when done)"
