#!/usr/bin/env bash
# End-to-end test of .pre-commit-hooks.yaml and of the README's pre-commit snippet with the real
# pre-commit (Debian: apt-get install -y pre-commit). A temporary git repository uses this checkout as
# its hook repository (the README snippet with repo: this folder, rev: HEAD, so commit first): an
# insecure Dockerfile must make `pre-commit run --all-files` fail and print a finding; a secure one
# must pass.
#   build/test-precommit.sh [--no-toolchain]
# --no-toolchain: the same with no C compiler or linker on PATH (cc, gcc, clang, ld...), as on a machine
# with only the .NET SDK: the hook's `dotnet pack` must not need one (Native AOT would).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
command -v pre-commit > /dev/null || { echo "test-precommit: pre-commit is not installed (apt-get install -y pre-commit)" >&2; exit 1; }
REV=$(git -C "$ROOT" rev-parse HEAD)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ "${1:-}" = "--no-toolchain" ]; then
  # A PATH of links to every command on PATH except the native toolchain.
  shadow="$WORK/no-toolchain-bin"
  mkdir -p "$shadow"
  IFS=: read -ra dirs <<< "$PATH"
  for dir in "${dirs[@]}"; do
    [ -d "$dir" ] || continue
    for cmd in "$dir"/*; do
      name=$(basename "$cmd")
      case "$name" in
        cc|c++|c89|c99|cpp|gcc|gcc-*|g++|g++-*|clang|clang-*|clang++*|ld|ld.*|lld|ld64.lld|*-linux-gnu-*|as|objcopy|llvm-*) continue ;;
      esac
      [ -e "$shadow/$name" ] || ln -s "$cmd" "$shadow/$name"
    done
  done
  export PATH="$shadow"
  for tool in cc gcc clang ld; do
    if command -v "$tool" > /dev/null; then echo "test-precommit: $tool is still on PATH" >&2; exit 1; fi
  done
  echo "test-precommit: no native toolchain on PATH"
fi
export PRE_COMMIT_HOME="$WORK/cache"
REPO="$WORK/repo"
git init -q "$REPO"
cd "$REPO"
git config user.email ci@example.invalid
git config user.name ci
git config commit.gpgsign false
# The README's snippet itself, pointed at this checkout: its repository URL becomes this folder and its
# COMMIT_SHA placeholder this checkout's HEAD (pre-commit accepts a full sha as rev).
awk '/^```yaml$/ { block = ""; inside = 1; next } /^```$/ { if (inside && block ~ /rev: COMMIT_SHA/) { printf "%s", block; exit } inside = 0; next } inside { block = block $0 "\n" }' \
  "$ROOT/README.md" > "$WORK/snippet.yaml"
grep -q 'rev: COMMIT_SHA' "$WORK/snippet.yaml" || { echo "test-precommit: FAIL - README.md has no pre-commit snippet with 'rev: COMMIT_SHA'" >&2; exit 1; }
sed -e "s|https://github.com/containerlint/containerlint|$ROOT|" -e "s|COMMIT_SHA|$REV|" "$WORK/snippet.yaml" > .pre-commit-config.yaml
cat .pre-commit-config.yaml

# The insecure case: the classic mistakes (a key ADDed then rm-ed, curl piped to a shell with TLS
# checks off, root). INSECURE_DOCKERFILE may name another file, e.g. to test a branch without rules.
if [ -n "${INSECURE_DOCKERFILE:-}" ]; then
  cp "$INSECURE_DOCKERFILE" Dockerfile
else
  printf '%s\n' 'FROM centos:8' 'ADD ./git-repo-key /tmp' 'RUN rm /tmp/git-repo-key' 'RUN curl -k https://example.com/install.sh | sh' > Dockerfile
fi
git add -A
git commit -qm insecure

set +e
pre-commit run --all-files > "$WORK/insecure.log" 2>&1
rc=$?
set -e
cat "$WORK/insecure.log"
if [ $rc -eq 0 ]; then
  echo "test-precommit: FAIL - pre-commit passed on an insecure Dockerfile" >&2
  exit 1
fi
if ! grep -Eq 'CL[0-9]{4}' "$WORK/insecure.log"; then
  echo "test-precommit: FAIL - pre-commit failed but printed no ContainerLint finding" >&2
  exit 1
fi

# The secure case: pinned base image, non-root user, exec-form command.
printf '%s\n' 'FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine' 'COPY app /app' 'USER 10001' 'HEALTHCHECK CMD ["/app/healthcheck"]' 'ENTRYPOINT ["/app/app"]' > Dockerfile
git add -A
git commit -qm secure
set +e
pre-commit run --all-files > "$WORK/secure.log" 2>&1
rc=$?
set -e
cat "$WORK/secure.log"
if [ $rc -ne 0 ]; then
  echo "test-precommit: FAIL - pre-commit failed on a secure Dockerfile" >&2
  exit 1
fi
# A project file is linted too (the hook's files pattern takes .csproj/.props): a secret in a container
# environment variable (CL4007, an error) fails the hook.
printf '%s\n' '<Project Sdk="Microsoft.NET.Sdk.Web">' '  <ItemGroup>' '    <ContainerEnvironmentVariable Include="DB_PASSWORD" Value="hunter2hunter2" />' '  </ItemGroup>' '</Project>' > App.csproj
git add -A
git commit -qm project
set +e
pre-commit run --files App.csproj > "$WORK/project.log" 2>&1
rc=$?
set -e
cat "$WORK/project.log"
if [ $rc -eq 0 ] || ! grep -q 'CL4007' "$WORK/project.log"; then
  echo "test-precommit: FAIL - pre-commit did not report the secret in App.csproj (CL4007)" >&2
  exit 1
fi
echo "test-precommit: OK - the hook fails on the insecure Dockerfile and project file and passes on the secure Dockerfile"
