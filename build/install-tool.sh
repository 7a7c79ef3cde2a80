#!/usr/bin/env bash
# Installs the ContainerLint tool from FEED_DIR alone (no other package source, a private package folder),
# as `dotnet tool install --tool-path` does for users, and prints the path of the installed command.
#   build/install-tool.sh FEED_DIR TOOL_DIR
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 FEED_DIR TOOL_DIR" >&2; exit 2; }
feed="$(cd "$1" && pwd)"
mkdir -p "$2"
tools="$(cd "$2" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="feed" value="%s" /></packageSources></configuration>\n' "$feed" > "$scratch/nuget.config"
NUGET_PACKAGES="$scratch/packages" dotnet tool install --tool-path "$tools" --configfile "$scratch/nuget.config" ContainerLint >&2
echo "$tools/containerlint"
