#!/usr/bin/env bash
# The one command that builds StreamFilter and runs every test on a fresh machine.
# It installs what the tests need (scripts/install-deps.sh), builds in Release and runs all test
# projects, then prints one closing line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-deps.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)
status=0
dotnet test StreamFilter.sln -c Release 2>&1 | tee "$log" || status=$?
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
