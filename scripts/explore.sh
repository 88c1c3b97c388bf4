#!/usr/bin/env bash
# Opens the explorer on the embedded default in Data/, installing and building what it needs.
# It runs in the folder it was started from, so exports (e, E, :export) land there, not in the
# repository.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
swift build --package-path "$root" -c release --product crosslens >&2
exec "$root/.build/release/crosslens" "$@"
