#!/usr/bin/env bash
# Installs the C libraries Scour builds against (libxml2, zlib, and pkg-config to find them) when
# they are missing. Safe to run again: it does nothing when everything is there.
set -euo pipefail
need=()
for package in libxml2-dev pkg-config zlib1g-dev; do
    dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
done
[ ${#need[@]} -eq 0 ] && exit 0
echo "setup: installing ${need[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
