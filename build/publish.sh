#!/usr/bin/env bash
# Publishes the containerlint CLI ReadyToRun (framework-dependent, linux-x64: the code the root
# `dotnet pack` and so the pre-commit hook install) and smoke-tests the published binary, not `dotnet run`.
# The Native AOT tool packages come from build/pack-tool.sh.
#   build/publish.sh [output=artifacts/publish/containerlint]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out="${1:-artifacts/publish/containerlint}"
rid="${RID:-linux-x64}"
dotnet publish src/ContainerLint.Cli -c Release -r "$rid" --self-contained false \
  -p:PublishReadyToRun=true -p:UseAppHost=true -o "$out" >/dev/null
bin="$out/containerlint"

# Smoke test of the published binary: version, a clean file, an insecure sample, an unreadable input.
"$bin" --version | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+'
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
printf 'FROM scratch\nCOPY app /app\nUSER 10001\n' > "$tmp/Dockerfile"
"$bin" --format json "$tmp/Dockerfile" > "$tmp/out.json" || true
grep -q '"schemaVersion": 1' "$tmp/out.json"
set +e
"$bin" --format msbuild samples/insecure >/dev/null; insecure=$?
mkfifo "$tmp/pipe.yaml"; timeout 20 "$bin" "$tmp/pipe.yaml" >/dev/null 2>&1; fifo=$?
set -e
[ "$insecure" -eq 1 ] || { echo "publish: expected exit 1 on samples/insecure, got $insecure" >&2; exit 1; }
[ "$fifo" -eq 2 ] || { echo "publish: expected exit 2 on a FIFO, got $fifo" >&2; exit 1; }
echo "published ReadyToRun $rid binary: $bin ($(du -sh "$out" | cut -f1)); smoke test passed"
