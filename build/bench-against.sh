#!/usr/bin/env bash
# Times this checkout's Dockerfile lint against another revision's in ONE BenchmarkDotNet run (same machine, same
# moment): builds that revision's ContainerLint.Core in Release into artifacts/bench-baseline/REV, then runs
# RealWorldBenchmarks with two jobs, the other revision as the baseline (Ratio column = current / baseline).
#   build/bench-against.sh [REV=main]   (CONTAINERLINT_BENCH_LAUNCHES=N processes per job, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rev="${1:-main}"
sha="$(git rev-parse --short "$rev")"
out="$PWD/artifacts/bench-baseline/$sha"
if [ ! -f "$out/ContainerLint.Core.dll" ]; then
  tree="$(mktemp -d)"
  trap 'git worktree remove --force "$tree" >/dev/null 2>&1 || true' EXIT
  git worktree add --detach "$tree" "$sha" >/dev/null
  dotnet build "$tree/src/ContainerLint.Core" -c Release -o "$out" >/dev/null
fi
CONTAINERLINT_BASELINE_CORE="$out" CONTAINERLINT_REPO="$PWD" \
  dotnet run -c Release --project benchmarks/ContainerLint.Benchmarks -- --filter '*RealWorldBenchmarks*' --artifacts artifacts/bench-against
cat artifacts/bench-against/results/*RealWorldBenchmarks-report-github.md
