#!/usr/bin/env bash
# Installs the native pieces StreamFilter's tests need on a fresh Debian machine, once:
# librdkafka 2.8.0, built from Debian's source by scripts/build-librdkafka.sh (the Kafka client
# Confluent.Kafka calls; Debian 12's package is 2.0.2 and the NuGet redist is not on our mirror),
# Prometheus (the metrics test lets a real Prometheus scrape the stage) and jemalloc (the allocator the
# stage is deployed and benchmarked with: docs/kafka.md, "Allocator").
set -euo pipefail
need=()
missing() { ! dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
# What librdkafka's build needs: a compiler, curl for the source, and the -dev packages of the
# features Debian's own librdkafka package is built with.
for p in build-essential curl pkg-config libssl-dev libsasl2-dev libzstd-dev liblz4-dev zlib1g-dev libcurl4-openssl-dev; do
  if missing "$p"; then need+=("$p"); fi
done
command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
ldconfig -p | grep -q 'libjemalloc.so.2 ' || need+=(libjemalloc2)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "install-deps: installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
bash "$(dirname "$0")/build-librdkafka.sh"
