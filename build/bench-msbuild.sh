#!/usr/bin/env bash
# Measures what ContainerLint.MSBuild adds to a build:
#   1. no-op rebuild (nothing changed) of a project WITH the package vs the same project WITHOUT it;
#   2. a build that must re-lint (Dockerfile touched), task in-process vs ContainerLintUseTaskHost=true.
# Median of RUNS runs each (hyperfine when installed, else a plain loop). Usage:
#   build/bench-msbuild.sh [RUNS]        (default 10)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-10}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1
work="$(mktemp -d /tmp/containerlint-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages"

"$root/build/pack-msbuild.sh" "$work/feed" >/dev/null
version="$(ls "$work/feed" | sed -n 's/^ContainerLint\.MSBuild\.\(.*\)\.nupkg$/\1/p' | head -1)"
cat > "$work/nuget.config" <<XML
<configuration><packageSources><clear />
  <add key="feed" value="$work/feed" />
  <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
</packageSources></configuration>
XML
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Packages.props"

make_project() { # name, extra item xml
  mkdir -p "$work/$1/deploy"
  cat > "$work/$1/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <ContainerBaseImage>mcr.microsoft.com/dotnet/runtime:10.0</ContainerBaseImage>
  </PropertyGroup>
  <ItemGroup>$2</ItemGroup>
  <ItemGroup><ContainerPort Include="8080" /></ItemGroup>
</Project>
XML
  echo 'Console.WriteLine("bench");' > "$work/$1/Program.cs"
  printf 'FROM mcr.microsoft.com/dotnet/runtime:10.0\nUSER app\nCOPY . /app\nENTRYPOINT ["dotnet", "/app/app.dll"]\n' > "$work/$1/Dockerfile"
  printf 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: mcr.microsoft.com/dotnet/runtime:10.0\n' > "$work/$1/deploy/pod.yaml"
  dotnet build "$work/$1" -nodeReuse:false -tl:off -v:q >/dev/null
}
make_project without ""
make_project with "<PackageReference Include=\"ContainerLint.MSBuild\" Version=\"$version\" PrivateAssets=\"all\" />"

noop() { echo "dotnet build $work/$1 --no-restore -nodeReuse:false -tl:off -v:q"; }
relint() { echo "touch $work/with/Dockerfile && dotnet build $work/with -t:ContainerLint --no-restore -nodeReuse:false -tl:off -v:q $1"; }

median_loop() { # command → median seconds
  local times=()
  for _ in $(seq "$runs"); do
    local s e; s=$(date +%s.%N); bash -c "$1" >/dev/null; e=$(date +%s.%N)
    times+=("$(echo "$e - $s" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

measure() { # label command → prints and echoes median
  local m
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/h.json" --shell=bash "$2" >/dev/null 2>&1 \
      || hyperfine --warmup 1 --runs "$runs" --export-json "$work/h.json" "$2" >/dev/null
    m=$(python3 -c "import json;print(json.load(open('$work/h.json'))['results'][0]['median'])")
  else
    bash -c "$2" >/dev/null; m=$(median_loop "$2")
  fi
  printf '%-44s median %.3f s\n' "$1" "$m" >&2
  echo "$m"
}

echo "ContainerLint.MSBuild $version, $runs runs each, $(nproc) cores" >&2
without=$(measure "no-op build without the package" "$(noop without)")
with=$(measure "no-op build with the package" "$(noop with)")
inproc=$(measure "re-lint (-t:ContainerLint), in-process task" "$(relint "")")
taskhost=$(measure "re-lint (-t:ContainerLint), TaskHostFactory" "$(relint "-p:ContainerLintUseTaskHost=true")")
python3 - "$without" "$with" "$inproc" "$taskhost" <<'PY'
import sys
w, p, i, t = map(float, sys.argv[1:])
print(f"no-op overhead: {p - w:+.3f} s ({(p - w) / w * 100:+.1f} %)")
print(f"task host vs in-process: {t - i:+.3f} s per lint ({(t - i) / i * 100:+.1f} %)")
PY
