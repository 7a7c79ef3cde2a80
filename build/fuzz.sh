#!/usr/bin/env bash
# Long fuzzing campaign over the Dockerfile, Kubernetes and Compose front ends.
#   build/fuzz.sh [seconds=600] [seed=random]
# Failing inputs (minimized) and their problems land in artifacts/fuzz/<seed>/; the run fails if any.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
seed="${2:-$RANDOM$RANDOM}"
out="artifacts/fuzz/$seed"
mkdir -p "$out"
echo "fuzz: ${seconds}s, seed $seed, crashes -> $out"
CONTAINERLINT_FUZZ_SECONDS="$seconds" CONTAINERLINT_FUZZ_SEED="$seed" CONTAINERLINT_FUZZ_CRASHES="$PWD/$out" \
  dotnet test tests/ContainerLint.Hardening.Tests -c Release \
  --filter "FullyQualifiedName~Fuzzing.FuzzTests.TheFrontEndsSurviveMutatedCorpora" \
  --logger "console;verbosity=normal" -- RunConfiguration.TestSessionTimeout=$(( (seconds + 600) * 1000 ))
cat "$out/stats.txt"
