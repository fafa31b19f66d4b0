#!/usr/bin/env bash
# The main demo on a fresh machine: installs its few Debian packages, builds StreamFilter, then runs
# `streamfilter demo`: an embedded Kafka-protocol cluster, generated employee activity, the
# exactly-once stage, and a report of what came in, what went out, what was removed, and the metrics.
# Usage: scripts/demo.sh [--events N] [--seed S]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/StreamFilter.Cli -c Release -v q -nologo >/dev/null
exec dotnet src/StreamFilter.Cli/bin/Release/net10.0/streamfilter.dll demo "$@"
