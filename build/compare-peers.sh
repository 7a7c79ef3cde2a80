#!/usr/bin/env bash
# Whole-process comparison in ONE hyperfine run (issue #11), with containerlint as users install it:
#   - the Native AOT tool (build/pack-tool.sh's feed, installed the way `dotnet tool install` gets it on linux-x64)
#   - the ReadyToRun package `dotnet pack` makes at the root (what the pre-commit hook installs), for reference
# against dockerfilelint and dockerfile-utils (npm): `--version`, one typical Dockerfile (a pre-commit run),
# the real-world Dockerfiles; Kubernetes: the real-world manifests against a floor that only pulls every event
# out of YamlDotNet's Parser for the same files, compiled Native AOT too. Then peak RSS at 1x and 10x files.
#   build/compare-peers.sh [runs=10] [rss_files=1000]
#   REALWORLD=DIR        real-world corpus with dockerfiles/ and k8s/ (default ../shared/corpus/realworld)
#   ONE_DOCKERFILE=FILE  the single-file case (default samples/secure/webapp/Dockerfile)
#   REUSE_BUILDS=1       keep the tools built and the Dockerfile list made by an earlier run (artifacts/peers/)
# Needs: apt (hyperfine), npm, a C toolchain (Native AOT). Tools go to .tools/ (git-ignored), results to artifacts/peers/.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
runs="${1:-10}"; rss_files="${2:-1000}"
root="$PWD"; tools="$root/.tools/peers"; out="$root/artifacts/peers"
realworld="${REALWORLD:-$root/../shared/corpus/realworld}"
one="${ONE_DOCKERFILE:-samples/secure/webapp/Dockerfile}"
[ -d "$realworld/dockerfiles" ] && [ -d "$realworld/k8s" ] || { echo "compare-peers: $realworld has no dockerfiles/ and k8s/" >&2; exit 2; }
[ "${REUSE_BUILDS:-}" = 1 ] || rm -rf "$out"
mkdir -p "$tools" "$out"

command -v hyperfine >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null; }
if [ ! -x "$tools/node_modules/.bin/dockerfilelint" ] || [ ! -d "$tools/node_modules/dockerfile-utils" ]; then
  (cd "$tools" && npm install --no-audit --no-fund --silent dockerfilelint dockerfile-utils)
fi
dfl="$tools/node_modules/.bin/dockerfilelint"

# containerlint: the release set (Native AOT on linux-x64) and the root pack (ReadyToRun), each installed from its own feed.
cl="$out/tool-aot/containerlint"; cl_r2r="$out/tool-r2r/containerlint"; floor="$out/floor/YamlParseFloor"
if [ ! -x "$cl" ] || [ ! -x "$cl_r2r" ] || [ ! -x "$floor" ]; then
  rm -rf "$out/feed" "$out/tool-aot" "$out/feed-r2r" "$out/tool-r2r" "$out/floor"
  bash build/pack-tool.sh "$out/feed" >/dev/null
  bash build/install-tool.sh "$out/feed" "$out/tool-aot" >/dev/null 2>&1
  dotnet pack src/ContainerLint.Cli -o "$out/feed-r2r" --artifacts-path "$out/r2r-build" -nologo >/dev/null
  bash build/install-tool.sh "$out/feed-r2r" "$out/tool-r2r" >/dev/null 2>&1
  dotnet publish benchmarks/YamlParseFloor -c Release -r linux-x64 -p:PublishAot=true -o "$out/floor" -nologo >/dev/null
fi

# The files containerlint lints in each folder; the peers and the floor get exactly those.
listed() { # folder, list file
  "$cl" --format json --fail-on none "$1" | python3 -c 'import json,sys; print("\n".join(f["path"] for f in json.load(sys.stdin)["files"]))' > "$2"
}
listed "$realworld/dockerfiles" "$out/all-dockerfiles.txt"
listed "$realworld/k8s" "$out/manifests.txt"
# dockerfilelint 1.8.0 throws on some real-world files (a HEALTHCHECK form it cannot read) and the whole run
# stops there: every tool gets the Dockerfiles it gets through alone, as a list of files.
if [ "${REUSE_BUILDS:-}" != 1 ] || [ ! -s "$out/dockerfiles.txt" ]; then
  xargs -a "$out/all-dockerfiles.txt" -P 2 -I{} bash -c 'err=$("$0" -j "$1" 2>&1 >/dev/null); [ -z "$err" ] && echo "$1"; true' "$dfl" {} \
    | sort > "$out/dockerfiles.txt"
fi
echo "$one" > "$out/one.txt"
dfu() { echo "node $root/build/peers-dockerfile-utils.js $tools $1"; }
# One process per tool: xargs must not split the list.
xa="xargs -s 1000000 -a"

# Sanity: every tool really lints its input (findings are expected, crashes are not).
$xa "$out/dockerfiles.txt" "$dfl" -j > "$out/dockerfilelint.json" 2> "$out/dockerfilelint.err" || true
[ ! -s "$out/dockerfilelint.err" ] || { cat "$out/dockerfilelint.err" >&2; exit 1; }
$(dfu "$out/dockerfiles.txt")
$xa "$out/manifests.txt" "$floor"
$xa "$out/dockerfiles.txt" "$cl" --format json --fail-on none > /dev/null
echo "Dockerfiles: $(wc -l < "$out/dockerfiles.txt") of $(wc -l < "$out/all-dockerfiles.txt"); manifests: $(wc -l < "$out/manifests.txt"); one: $one"

hyperfine --warmup 2 --runs "$runs" --ignore-failure --export-json "$out/hyperfine.json" --export-markdown "$out/hyperfine.md" \
  -n "containerlint --version (Native AOT)" "$cl --version" \
  -n "containerlint --version (ReadyToRun)" "$cl_r2r --version" \
  -n "dockerfilelint --version" "$dfl --version" \
  -n "node -e 0" "node -e 0" \
  -n "containerlint, one Dockerfile (Native AOT)" "$cl --format json $one > /dev/null" \
  -n "containerlint, one Dockerfile (ReadyToRun)" "$cl_r2r --format json $one > /dev/null" \
  -n "dockerfilelint, one Dockerfile" "$dfl -j $one > /dev/null" \
  -n "dockerfile-utils, one Dockerfile" "$(dfu "$out/one.txt") > /dev/null" \
  -n "containerlint, real-world Dockerfiles (Native AOT)" "$xa $out/dockerfiles.txt $cl --format json > /dev/null" \
  -n "containerlint, real-world Dockerfiles (ReadyToRun)" "$xa $out/dockerfiles.txt $cl_r2r --format json > /dev/null" \
  -n "dockerfilelint, real-world Dockerfiles" "$xa $out/dockerfiles.txt $dfl -j > /dev/null" \
  -n "dockerfile-utils, real-world Dockerfiles (one process)" "$(dfu "$out/dockerfiles.txt") > /dev/null" \
  -n "containerlint, real-world manifests (Native AOT)" "$cl --format json $realworld/k8s > /dev/null" \
  -n "YamlDotNet Parser floor, real-world manifests (Native AOT)" "$xa $out/manifests.txt $floor > /dev/null"

python3 - "$out/hyperfine.json" <<'PY'
import json, sys
r = {x["command"]: x["mean"] * 1000 for x in json.load(open(sys.argv[1]))["results"]}
def row(a, b, goal=""):
    print(f"{a}: {r[a]:.1f} ms / {b}: {r[b]:.1f} ms = {r[a] / r[b]:.2f}{goal}")
print()
row("containerlint --version (Native AOT)", "dockerfilelint --version")
row("containerlint, one Dockerfile (Native AOT)", "dockerfilelint, one Dockerfile", " (goal <= 0.25)")
row("containerlint, one Dockerfile (ReadyToRun)", "dockerfilelint, one Dockerfile")
row("containerlint, real-world Dockerfiles (Native AOT)", "dockerfilelint, real-world Dockerfiles")
row("containerlint, real-world Dockerfiles (Native AOT)", "dockerfile-utils, real-world Dockerfiles (one process)")
row("containerlint, real-world Dockerfiles (Native AOT)", "containerlint, real-world Dockerfiles (ReadyToRun)")
row("containerlint, real-world manifests (Native AOT)", "YamlDotNet Parser floor, real-world manifests (Native AOT)", " (goal <= 1.5)")
PY

# Memory stays flat as files grow: peak RSS of the Native AOT tool at 1x and 10x generated Dockerfiles.
for n in "$rss_files" $((rss_files * 10)); do
  dir="$out/corpus-$n"
  dotnet run -c Release --project benchmarks/ContainerLint.Benchmarks -- generate "$dir" "$n" 0 >/dev/null
  python3 - "$cl" "$dir/dockerfiles" "$n" <<'PY'
import resource, subprocess, sys, time
t = time.time()
subprocess.run([sys.argv[1], "--format", "json", sys.argv[2]], stdout=subprocess.DEVNULL)
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"memory: {sys.argv[3]} Dockerfiles: peak RSS {rss:.0f} MB in {time.time() - t:.2f} s")
PY
  rm -rf "$dir"
done
