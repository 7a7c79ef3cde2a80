#!/usr/bin/env bash
# Validates ContainerLint's SARIF with Microsoft's official SARIF multitool, including GitHub code
# scanning's ingestion rules (--rule-kind "Sarif;Gh"). Fails unless the validator reports zero
# errors and zero warnings (notes are allowed).
#
#   build/validate-sarif.sh                 # lint samples/ and validate its SARIF
#   build/validate-sarif.sh PATH...         # lint other paths
#   build/validate-sarif.sh --sarif FILE    # validate an existing SARIF file
# CONTAINERLINT_CLI names the containerlint executable to run (CI: the Native AOT tool); without it, dotnet run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

MULTITOOL_VERSION=5.7.0
TOOLS=${SARIF_TOOLS_DIR:-$ROOT/.tools/sarif-multitool-$MULTITOOL_VERSION}
MT="$TOOLS/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -f "$MT" ]; then
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --no-save "@microsoft/sarif-multitool-linux@$MULTITOOL_VERSION"
fi
# npm may skip the package's postinstall chmod.
chmod u+x "$MT"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ "${1:-}" = "--sarif" ]; then
  cp "$2" "$WORK/out.sarif"
else
  [ $# -gt 0 ] || set -- samples
  set +e
  if [ -n "${CONTAINERLINT_CLI:-}" ]; then
    "$CONTAINERLINT_CLI" --format sarif --fail-on none --output "$WORK/out.sarif" "$@"
  else
    dotnet run --project src/ContainerLint.Cli -- --format sarif --fail-on none --output "$WORK/out.sarif" "$@"
  fi
  rc=$?
  set -e
  if [ $rc -ne 0 ]; then
    echo "validate-sarif: containerlint exited with $rc" >&2
    exit 1
  fi
fi

set +e
"$MT" validate --rule-kind "Sarif;Gh" "$WORK/out.sarif" -o "$WORK/report.sarif" > "$WORK/multitool.log" 2>&1
mt_rc=$?
set -e
cat "$WORK/multitool.log"
if [ $mt_rc -ne 0 ] || [ ! -s "$WORK/report.sarif" ]; then
  echo "validate-sarif: the multitool failed (exit $mt_rc)" >&2
  exit 1
fi

# The multitool prints schema (JSONxxxx) problems to its log; any "error"/"warning" line there fails too.
node - "$WORK/out.sarif" "$WORK/report.sarif" "$WORK/multitool.log" <<'JS'
const fs = require('fs');
const [input, reportPath, logPath] = process.argv.slice(2);
const log = JSON.parse(fs.readFileSync(input, 'utf8'));
const resultCount = log.runs.reduce((n, r) => n + (r.results || []).length, 0);
const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
const bad = [];
for (const run of report.runs || []) {
  for (const r of run.results || []) {
    const level = r.level || 'warning'; // SARIF's default level is warning
    if (level === 'error' || level === 'warning') bad.push(`${level} ${r.ruleId}: ${JSON.stringify(r.message.arguments || r.message.text)}`);
  }
  for (const inv of run.invocations || []) {
    for (const n of [...(inv.toolExecutionNotifications || []), ...(inv.toolConfigurationNotifications || [])]) {
      if ((n.level || 'warning') !== 'note') bad.push(`tool ${n.level || 'warning'}: ${n.message && n.message.text}`);
    }
  }
}
for (const line of fs.readFileSync(logPath, 'utf8').split('\n')) {
  if (/: (error|warning) [A-Z]+[0-9]+:/.test(line)) bad.push(line.trim());
}
if (bad.length) {
  console.error(`validate-sarif: ${bad.length} error(s)/warning(s):\n  ` + bad.join('\n  '));
  process.exit(1);
}
console.log(`validate-sarif: OK - ${resultCount} result(s), zero errors and zero warnings under Sarif;Gh`);
JS
