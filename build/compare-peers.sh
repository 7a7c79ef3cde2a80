#!/usr/bin/env bash
# Whole-process comparison in ONE hyperfine run: ContainerLint (published ReadyToRun binary) vs
# dockerfilelint and dockerfile-utils (npm) on the same generated corpus of official-image-style
# Dockerfiles, plus start-up (containerlint --version vs node -e 0), then memory at 1x and 10x files.
#   build/compare-peers.sh [dockerfiles=1000] [manifests=500] [runs=10]
# Needs: apt (hyperfine), npm. Tools go to .tools/ (git-ignored), results to artifacts/peers/.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
n_docker="${1:-1000}"; n_k8s="${2:-500}"; runs="${3:-10}"
root="$PWD"; tools="$root/.tools/peers"; out="$root/artifacts/peers"; corpus="$out/corpus"
mkdir -p "$tools" "$out"

command -v hyperfine >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null; }
if [ ! -x "$tools/node_modules/.bin/dockerfilelint" ] || [ ! -d "$tools/node_modules/dockerfile-utils" ]; then
  (cd "$tools" && npm install --no-audit --no-fund --silent dockerfilelint dockerfile-utils)
fi

bash build/publish.sh "$out/containerlint" >/dev/null
cl="$out/containerlint/containerlint"

rm -rf "$corpus"
dotnet run -c Release --project benchmarks/ContainerLint.Benchmarks -- generate "$corpus" "$n_docker" "$n_k8s"
find "$corpus/dockerfiles" -name Dockerfile | sort > "$out/dockerfiles.txt"
dfl="$tools/node_modules/.bin/dockerfilelint"
dfu="node $root/build/peers-dockerfile-utils.js $tools $out/dockerfiles.txt"

# Sanity: every tool really lints the corpus (exit codes: findings are expected, crashes are not).
"$cl" --format json "$corpus/dockerfiles" > "$out/cl.json" || [ $? -eq 1 ]
xargs -a "$out/dockerfiles.txt" "$dfl" -j > "$out/dockerfilelint.json" || true
$dfu

hyperfine --warmup 2 --runs "$runs" --ignore-failure --export-json "$out/hyperfine.json" --export-markdown "$out/hyperfine.md" \
  -n "containerlint ($n_docker Dockerfiles)" "$cl --format json $corpus/dockerfiles > /dev/null" \
  -n "dockerfilelint ($n_docker Dockerfiles)" "xargs -a $out/dockerfiles.txt $dfl -j > /dev/null" \
  -n "dockerfile-utils ($n_docker Dockerfiles, one process)" "$dfu > /dev/null" \
  -n "containerlint (Dockerfiles + $n_k8s manifests)" "$cl --format json $corpus > /dev/null" \
  -n "containerlint --version" "$cl --version" \
  -n "node -e 0" "node -e 0"

python3 - "$out/hyperfine.json" <<'PY'
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
get = lambda prefix: next(v for k, v in r.items() if k.startswith(prefix))
cl = get("containerlint (") ; dfl = get("dockerfilelint"); dfu = get("dockerfile-utils")
print(f"\ncontainerlint {cl*1000:.0f} ms; dockerfilelint {dfl*1000:.0f} ms ({dfl/cl:.1f}x slower); dockerfile-utils {dfu*1000:.0f} ms ({dfu/cl:.1f}x slower)")
print(f"fastest peer / containerlint = {min(dfl, dfu)/cl:.1f}x (goal >= 5x)")
v = get("containerlint --version"); n = get("node -e 0")
print(f"start-up: containerlint --version {v*1000:.0f} ms, node -e 0 {n*1000:.0f} ms, ratio {v/n:.2f} (goal <= 0.5)")
PY

# Memory stays flat as files grow: peak RSS at 1x and 10x the Dockerfiles.
big="$out/corpus10"; rm -rf "$big"
dotnet run -c Release --project benchmarks/ContainerLint.Benchmarks -- generate "$big" $((n_docker * 10)) 0 >/dev/null
for dir in "$corpus/dockerfiles" "$big/dockerfiles"; do
  python3 - "$cl" "$dir" <<'PY'
import resource, subprocess, sys, time
t = time.time()
subprocess.run([sys.argv[1], "--format", "json", sys.argv[2]], stdout=subprocess.DEVNULL)
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"memory: {sys.argv[2]}: peak RSS {rss:.0f} MB in {time.time() - t:.2f}s")
PY
done
rm -rf "$big"
