#!/usr/bin/env bash
# The main job, for now: build the native CLI and the WebAssembly core, analyze the built-in demo
# data (Law School Admission Bar passage, lawschool.csv), synthesise it with CART, and show that
# native and WebAssembly agree byte for byte. The web app issue will replace this with build-and-serve.
set -euo pipefail
cd "$(dirname "$0")/.."
demo=web/demo/lawschool.csv
echo "building the native CLI (release)..."
swift build -c release --product localsynth >/dev/null 2>&1 || swift build -c release --product localsynth
native=$(swift build -c release --show-bin-path)/localsynth
scripts/build-wasm.sh
echo
"$native" analyze "$demo"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo
"$native" synth "$demo" -o "$out/native.csv" --seed 1
node scripts/wasm-run.mjs synth "$demo" -o "$out/wasm.csv" --seed 1 >/dev/null
echo
echo "first rows of the synthetic data:"
head -n 6 "$out/native.csv"
if cmp -s <("$native" analyze "$demo" --json) <(node scripts/wasm-run.mjs analyze "$demo" --json) && cmp -s "$out/native.csv" "$out/wasm.csv"; then
  echo "native CLI and WebAssembly core give byte-identical schemas and synthetic data for $demo"
else
  echo "native and WebAssembly outputs differ for $demo" >&2
  exit 1
fi
