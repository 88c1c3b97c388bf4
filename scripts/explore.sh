#!/usr/bin/env bash
# Opens the explorer on the embedded default in Data/, installing and building what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product crosslens >&2
exec .build/release/crosslens "$@"
