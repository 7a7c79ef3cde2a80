#!/usr/bin/env bash
# Refreshes the test data vendored under tests/data/ from the shared corpora beside the checkout
# (../shared, or the folder given): BuildKit's parser corpus, the Pod Security Admission fixtures, the
# anchor rule ids of reference/anchor-rules.md and the permissively licensed real-world files. Idempotent:
# a second run changes nothing, so `git status` after it shows exactly what upstream changed.
#
#   build/refresh-test-data.sh [SHARED_DIR]
#
# The tests read tests/data/ only; this script (and .ci/run) are the only readers of ../shared.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "${1:-$ROOT/../shared}" && pwd)
cd "$ROOT"
dotnet run build/refresh-test-data.cs -- "$SHARED" "$ROOT/tests/data"
