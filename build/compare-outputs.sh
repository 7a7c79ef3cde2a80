#!/usr/bin/env bash
# Runs two containerlint binaries over the same inputs in every output format and fails unless
# stdout, stderr and the exit code are byte-identical (the text summary's elapsed time aside).
# CI uses it to prove the Native AOT build writes what the JIT build writes; it also compares a
# build against an older one (e.g. the SARIF writer against the reflection serializer it replaced).
#   build/compare-outputs.sh BINARY_A BINARY_B PATH...      (run from the folder the paths are relative to)
# A binary may be a command with arguments, e.g. "dotnet path/containerlint.dll".
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 BINARY_A BINARY_B PATH..." >&2; exit 2; }
a="$1"; b="$2"; shift 2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
formats=(text json sarif msbuild github checkstyle)
failed=0
compared=0
for format in "${formats[@]}"; do
  for variant in plain suppressed; do
    extra=()
    [ "$variant" = suppressed ] && extra=(--include-suppressed)
    for side in a b; do
      bin="$a"; [ "$side" = b ] && bin="$b"
      set +e
      $bin --format "$format" --fail-on note --no-color "${extra[@]}" "$@" > "$work/$side.out" 2> "$work/$side.err"
      echo "exit $?" > "$work/$side.rc"
      set -e
      # The text summary ends with the run's elapsed time, the one run-dependent byte sequence.
      [ "$format" = text ] && sed -i -E '$ s/ in [0-9]+\.[0-9]+s$/ in <elapsed>/' "$work/$side.out"
    done
    for part in out err rc; do
      if ! cmp -s "$work/a.$part" "$work/b.$part"; then
        echo "compare-outputs: $format ($variant): std$part differs" >&2
        diff <(head -c 200000 "$work/a.$part") <(head -c 200000 "$work/b.$part") | head -20 >&2 || true
        failed=1
      fi
    done
    [ -s "$work/a.out" ] || { echo "compare-outputs: $format ($variant): empty output" >&2; failed=1; }
    compared=$((compared + 1))
    echo "compare-outputs: $format ($variant): $(wc -c < "$work/a.out") bytes, $(cat "$work/a.rc")"
  done
done
[ "$failed" -eq 0 ] || { echo "compare-outputs: FAIL" >&2; exit 1; }
echo "compare-outputs: OK - $compared runs byte-identical between '$a' and '$b' on $*"
