#!/usr/bin/env bash
# Installs the native pieces StreamFilter's tests need on a fresh Debian machine, once:
# Prometheus (the metrics test lets a real Prometheus scrape the stage) and jemalloc (the allocator the
# stage is deployed and benchmarked with: docs/kafka.md, "Allocator"). librdkafka is not among them: the
# stage loads the one the librdkafka.redist NuGet package ships (docs/kafka.md, "Native client").
set -euo pipefail
need=()
command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
ldconfig -p | grep -q 'libjemalloc.so.2 ' || need+=(libjemalloc2)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "install-deps: installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
