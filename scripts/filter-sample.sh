#!/usr/bin/env bash
# Quick start: builds StreamFilter and runs `streamfilter filter` on samples/activity.ndjson, then shows
# a few events before and after, and what the audit trail and dead letters say.
# Usage: scripts/filter-sample.sh [OUT_DIR]   (default: ./out/sample)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out/sample}
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/StreamFilter.Cli -c Release -v q -nologo >/dev/null
sf() { dotnet src/StreamFilter.Cli/bin/Release/net10.0/streamfilter.dll "$@"; }
sf filter --input samples/activity.ndjson --output "$out/filtered.ndjson" --audit "$out/audit.ndjson"
echo
echo "== a tax question with two SSNs: judged tax (level 3), so dropped whole; the audit says why =="
sed -n 1p samples/activity.ndjson
grep -m1 '"event_id":"evt-0001"' "$out/audit.ndjson"
echo
echo "== a prompt with a personal email, before and after (keyed pseudonym) =="
sed -n 3p samples/activity.ndjson
grep -m1 '"event_id":"evt-0003"' "$out/filtered.ndjson"
echo
echo "== a TurboTax screen frame: dropped by the tax-software context rule =="
grep -m1 '"event_id":"evt-0004"' "$out/audit.ndjson"
echo
echo "== audit records that are not a plain pass =="
grep -v '"action":"pass"' "$out/audit.ndjson" | grep -v '"reasons":\["password_field"\]' | head -n 12
echo
echo "== dead letters (encrypted; reason and line in clear) =="
sf dead-letters list "$out/filtered.dead-letters.ndjson"
