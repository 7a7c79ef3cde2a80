#!/usr/bin/env bash
# BenchmarkDotNet suite (short job, a few minutes): Dockerfile parse/lint MB/s and allocations,
# YAML parse-and-lint vs a bare YamlDotNet Parser loop, engine overhead per file.
#   build/bench.sh [--filter '*Yaml*']     extra arguments go to BenchmarkDotNet
# Results: artifacts/bench/results/*.md
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--filter '*')
dotnet run -c Release --project benchmarks/ContainerLint.Benchmarks -- "${args[@]}" --artifacts artifacts/bench
cat artifacts/bench/results/*-report-github.md
