#!/usr/bin/env bash
# Installs the native pieces StreamFilter's tests need on a fresh Debian machine, once:
# librdkafka (Confluent.Kafka's native library; the NuGet redist is not on our mirror),
# Prometheus (the metrics test lets a real Prometheus scrape the stage) and jemalloc (the allocator the
# stage is deployed and benchmarked with: docs/kafka.md, "Allocator").
set -euo pipefail
need=()
ldconfig -p | grep -q 'librdkafka.so.1 ' || need+=(librdkafka1 librdkafka-dev)
command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
ldconfig -p | grep -q 'libjemalloc.so.2 ' || need+=(libjemalloc2)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "install-deps: installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
