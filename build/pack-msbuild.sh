#!/usr/bin/env bash
# Packs the ContainerLint.MSBuild task package into a local feed (default: artifacts/feed).
# The root `dotnet pack` never produces it (pre-commit installs every package that one makes as a
# tool), so this script opts in with -p:ContainerLintPackTask=true.
#   build/pack-msbuild.sh [FEED_DIR] [extra dotnet pack args...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
feed="${1:-$root/artifacts/feed}"
shift || true
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
mkdir -p "$feed"
dotnet pack "$root/src/ContainerLint.MSBuild/ContainerLint.MSBuild.csproj" \
  -c Release -p:ContainerLintPackTask=true -o "$feed" -nodeReuse:false "$@"
# The samples restore into their own package folder: drop the old extraction of this version.
rm -rf "$root/artifacts/samples-packages/containerlint.msbuild"
echo "ContainerLint.MSBuild packed to $feed"
