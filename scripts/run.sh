#!/usr/bin/env bash
# The main job, for now: build the native CLI and the WebAssembly core, then analyze the built-in
# demo data (Law School Admission Bar passage, lawschool.csv) with both and show that they agree.
# The web app (issue "web app") will replace this with build-and-serve.
set -euo pipefail
cd "$(dirname "$0")/.."
demo=web/demo/lawschool.csv
echo "building the native CLI (release)..."
swift build -c release --product localsynth >/dev/null 2>&1 || swift build -c release --product localsynth
native=$(swift build -c release --show-bin-path)/localsynth
scripts/build-wasm.sh
echo
"$native" analyze "$demo"
if cmp -s <("$native" analyze "$demo" --json) <(node scripts/wasm-run.mjs analyze "$demo" --json); then
  echo "native CLI and WebAssembly core give byte-identical schemas for $demo"
else
  echo "native and WebAssembly outputs differ for $demo" >&2
  exit 1
fi
