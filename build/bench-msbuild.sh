#!/usr/bin/env bash
# Measures what ContainerLint.MSBuild adds to a no-op rebuild: the same small web project with and
# without the package (plus a Dockerfile and a manifest to lint), each built once, then RUNS no-op
# rebuilds of each, interleaved; prints the medians and the overhead. Then the cost of a real lint
# (Dockerfile touched, -t:ContainerLint) in-process versus in a task host. A benchmark, not a test.
#   build/bench-msbuild.sh [RUNS]        (default 7)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-7}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1
feed="$root/artifacts/feed"
[ -n "$(ls "$feed"/ContainerLint.MSBuild.*.nupkg 2>/dev/null)" ] || bash "$root/build/pack-msbuild.sh" "$feed" >/dev/null
version="$(basename "$(ls "$feed"/ContainerLint.MSBuild.*.nupkg | sort | tail -1)" .nupkg)"
version="${version#ContainerLint.MSBuild.}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources><clear /><add key="local" value="$feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources>
</configuration>
XML
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Packages.props"

make_project() { # name, extra item group
  mkdir -p "$work/$1/deploy"
  cat > "$work/$1/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:10.0</ContainerBaseImage>
  </PropertyGroup>
  $2
</Project>
XML
  echo 'var app = WebApplication.CreateBuilder(args).Build(); app.MapGet("/", () => "hi"); app.Run();' > "$work/$1/Program.cs"
  printf 'FROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER app\nCOPY . /app\n' > "$work/$1/Dockerfile"
  printf 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n' > "$work/$1/deploy/pod.yaml"
}
make_project without ""
make_project with "<ItemGroup><PackageReference Include=\"ContainerLint.MSBuild\" Version=\"$version\" PrivateAssets=\"all\" /></ItemGroup>"

build() { dotnet build "$work/$1" --no-restore -nodeReuse:false -tl:off -v:q -clp:NoSummary -p:TreatWarningsAsErrors=false >/dev/null; }
for p in without with; do
  dotnet restore "$work/$p" -nodeReuse:false -v:q >/dev/null
  build "$p"; build "$p"   # first build, then one no-op to settle caches
done

declare -a t_without t_with
for i in $(seq 1 "$runs"); do
  for p in without with; do
    start=$(date +%s%N); build "$p"; end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ "$p" = with ]; then t_with+=("$ms"); else t_without+=("$ms"); fi
  done
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
m0=$(median "${t_without[@]}"); m1=$(median "${t_with[@]}")
echo "no-op rebuild, median of $runs: without ContainerLint.MSBuild ${m0} ms, with ${m1} ms"
echo "runs without: ${t_without[*]}"
echo "runs with:    ${t_with[*]}"
awk -v a="$m0" -v b="$m1" 'BEGIN { printf "overhead: %+d ms (%+.1f%%)\n", b - a, (b - a) * 100 / a }'

# A lint that really runs: in-process (the default, MSBuild's per-task-assembly load context) vs task host.
lint() { touch "$work/with/Dockerfile"; dotnet build "$work/with" --no-restore -nodeReuse:false -tl:off -v:q -clp:NoSummary -t:ContainerLint "$@" >/dev/null; }
declare -a t_inproc t_host
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N); lint; end=$(date +%s%N); t_inproc+=($(( (end - start) / 1000000 )))
  start=$(date +%s%N); lint -p:ContainerLintUseTaskHost=true; end=$(date +%s%N); t_host+=($(( (end - start) / 1000000 )))
done
echo "lint run (-t:ContainerLint, Dockerfile touched), median of $runs: in-process $(median "${t_inproc[@]}") ms, task host $(median "${t_host[@]}") ms"
