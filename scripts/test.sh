#!/usr/bin/env bash
# All tests: native unit and golden tests (swift test), the Embedded wasm32 build, node tests of the
# wasm module, the report checks (qpdf, pdftotext), the native-vs-wasm byte parity check on every
# shared dataset and fixture, the hostile corpus (no trap, golden messages), and the web app and
# file server in headless Chromium. Installs what it needs from Debian (wasi-libc,
# libclang-rt-16-dev-wasm32, binaryen, nodejs, qpdf, poppler-utils, chromium, chromium-driver,
# python3-venv) and PyPI (selenium, pytest).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs
fi

echo "== swift build"
build_log=$(swift build 2>&1) || { echo "$build_log" | grep -E "error" >&2; exit 1; }
echo "$build_log" | grep -E "error|warning: " | grep -v "should be located" || true
# Double → integer conversions in the core go through Double.integer (a trap in wasm loses the run).
if echo "$build_log" | grep -q "unchecked Double conversion"; then echo "unchecked Double → integer conversions (see above)" >&2; exit 1; fi
echo "== swift test"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
swift test >"$log" 2>&1
status=$?
set -e
grep -E "✘|error:|Test run with" "$log" | grep -v "^\s*$" | tail -60
[ $status = 0 ] || { echo "swift test failed" >&2; exit 1; }
echo "== wasm build"
scripts/build-wasm.sh
echo "== wasm module tests (node)"
if ! node --test Tests/wasm/ >"$log" 2>&1; then cat "$log"; exit 1; fi
grep -E "^# (tests|pass|fail)" "$log"
echo "== reports (qpdf --check, pdftotext, HTML)"
scripts/check-reports.sh
echo "== native vs wasm parity"
scripts/parity.sh
echo "== hostile corpus (analyze, synth, gc, evaluate; native and wasm)"
scripts/hostile.sh
echo "== web app and file server (headless Chromium)"
scripts/test-web.sh
