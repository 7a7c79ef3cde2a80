#!/usr/bin/env bash
# Packs the release set of the ContainerLint dotnet tool into FEED_DIR with the .NET SDK's
# platform-specific tool packages (one package id, the platform picked at install time):
#   ContainerLint.<v>.nupkg            the pointer package `dotnet tool install ContainerLint` reads
#   ContainerLint.linux-x64.<v>.nupkg  Native AOT, linux-x64 (needs clang or gcc: AOT links natively)
#   ContainerLint.any.<v>.nupkg        framework-dependent, every other platform (needs the .NET 10 runtime)
# Then installs the set from FEED_DIR and smoke-tests both: the native binary on this machine, and the
# fallback as a platform without its own package gets it.
#   build/pack-tool.sh FEED_DIR [extra dotnet pack args...]
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 FEED_DIR [dotnet pack args...]" >&2; exit 2; }
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$1"
feed="$(cd "$1" && pwd)"
shift
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
project="$root/src/ContainerLint.Cli/ContainerLint.Cli.csproj"
# A separate artifacts folder per package, so the three packs never share obj/ state with each other or a dev build.
artifacts="$root/artifacts/pack-tool"
pack() { dotnet pack "$project" -c Release -p:ContainerLintToolPackages=platform -nodeReuse:false "$@"; }

pack -o "$feed" --artifacts-path "$artifacts/pointer" "$@"
pack -o "$feed" -r linux-x64 --artifacts-path "$artifacts/linux-x64" "$@"
pack -o "$feed" -r any -p:PublishAot=false --artifacts-path "$artifacts/any" "$@"

version="$(basename "$(ls "$feed"/ContainerLint.any.*.nupkg | sort | tail -1)" .nupkg)"
version="${version#ContainerLint.any.}"
for id in ContainerLint ContainerLint.linux-x64 ContainerLint.any; do
  [ -f "$feed/$id.$version.nupkg" ] || { echo "pack-tool: $id.$version.nupkg missing from $feed" >&2; exit 1; }
done
echo "pack-tool: packed ContainerLint $version (pointer, linux-x64 Native AOT, any) into $feed"

# Smoke test, installed as users install it: offline from FEED_DIR only, into a private package folder.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
smoke() { # tool path, expected kind
  local exe="$1/containerlint" rc
  "$exe" --version | grep -qx "$version" || { echo "pack-tool: $2 tool: --version is not $version" >&2; exit 1; }
  set +e; (cd "$root" && "$exe" --format sarif samples/insecure > "$work/out.sarif"); rc=$?; set -e
  [ "$rc" -eq 1 ] || { echo "pack-tool: $2 tool: expected exit 1 on samples/insecure, got $rc" >&2; exit 1; }
  grep -q '"ruleId": "CL1002"' "$work/out.sarif" || { echo "pack-tool: $2 tool: no SARIF results" >&2; exit 1; }
}
bash "$root/build/install-tool.sh" "$feed" "$work/native" >/dev/null
native="$(readlink -f "$work/native/containerlint")"
case "$native" in */containerlint.linux-x64/*) ;; *) echo "pack-tool: linux-x64 did not get the native package: $native" >&2; exit 1 ;; esac
[ -z "$(find "$(dirname "$native")" -name '*.dll')" ] || { echo "pack-tool: the native package carries managed assemblies" >&2; exit 1; }
smoke "$work/native" "Native AOT"

# The fallback, as a platform with no package of its own sees the set: a pointer that lists only `any`.
mkdir "$work/fallback-feed"
cp "$feed/ContainerLint.any.$version.nupkg" "$work/fallback-feed/"
pack -p:ToolPackageRuntimeIdentifiers=any --artifacts-path "$artifacts/fallback-pointer" -o "$work/fallback-feed" "$@" >/dev/null
bash "$root/build/install-tool.sh" "$work/fallback-feed" "$work/fallback" >/dev/null
[ -n "$(find "$work/fallback/.store" -path '*containerlint.any*' -name containerlint.dll)" ] || { echo "pack-tool: the fallback did not install ContainerLint.any" >&2; exit 1; }
smoke "$work/fallback" "framework-dependent"
echo "pack-tool: OK - linux-x64 installs the native binary, a platform without a package of its own installs ContainerLint.any; both lint"
