#!/usr/bin/env bash
# Builds the native Kafka client StreamFilter runs on, librdkafka 2.8.0, from Debian's own source
# package (Debian 13's librdkafka_2.8.0.orig.tar.gz, checked against its SHA-256) and installs it
# under PREFIX (default /usr/local), where the stage looks for it first (src/StreamFilter.Kafka/Native/
# Librdkafka.cs). Does nothing when PREFIX already holds this version.
#
# Why not Debian 12's packaged librdkafka1 (2.0.2): before 2.4.0 librdkafka's main thread spins for up
# to 1 ms whenever a timer is due within the next millisecond (upstream #4684, fixed by #4671). A
# transactional producer arms such a timer after every AddPartitionsToTxn answer, so 2.0.2 burns CPU
# on every transaction; on the stage benchmark 2.8.0 takes about a quarter less CPU per event
# (benchmarks/README.md, "Kafka stage", step 6). Debian 13's binary package needs a newer glibc than
# Debian 12 has, so we build its source.
#
# Usage: scripts/build-librdkafka.sh [PREFIX]     (needs the -dev packages install-deps.sh names)
set -euo pipefail
version=2.8.0
sha256=5bd1c46f63265f31c6bfcedcde78703f77d28238eadf23821c2b43fc30be3e25
url="http://deb.debian.org/debian/pool/main/libr/librdkafka/librdkafka_${version}.orig.tar.gz"
prefix=${1:-/usr/local}

if grep -qsx "Version: ${version}" "${prefix}/lib/pkgconfig/rdkafka.pc"; then
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "build-librdkafka: building librdkafka ${version} from Debian's source into ${prefix}"
# Plain http is Debian's own mirror protocol; the pinned SHA-256 is what makes the download trusted.
curl -fsSL --retry 3 "$url" -o "$work/src.tar.gz"
echo "${sha256}  $work/src.tar.gz" | sha256sum -c --quiet -
tar -xzf "$work/src.tar.gz" -C "$work"
cd "$work/librdkafka-${version}"
# The same features as Debian's package: SSL, SASL (GSSAPI through Cyrus), zstd, lz4, zlib, and curl
# for OIDC token retrieval. Only the C library is built; StreamFilter does not use the C++ one.
if ! ./configure --prefix="$prefix" --enable-ssl --enable-gssapi --enable-zstd --enable-lz4-ext \
      --enable-zlib --enable-curl >"$work/configure.log" 2>&1; then
  tail -40 "$work/configure.log"
  exit 1
fi
if ! make -j"$(nproc)" -C src >"$work/make.log" 2>&1; then
  tail -40 "$work/make.log"
  exit 1
fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO make -C src install >/dev/null
$SUDO ldconfig
echo "build-librdkafka: installed ${prefix}/lib/librdkafka.so.1 (${version})"
