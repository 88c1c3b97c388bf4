#!/usr/bin/env bash
# Opens the explorer on the embedded default in Data/, installing and building what it needs.
# It runs in the folder it was started from, so exports (e, E, :export) land there, not in the
# repository; the demo data is the repository's (CROSSLENS_DATA points elsewhere).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
swift build --package-path "$root" -c release --product crosslens >&2
export CROSSLENS_DATA="${CROSSLENS_DATA:-$root/Data}"
exec "$root/.build/release/crosslens" "$@"
