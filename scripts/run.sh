#!/usr/bin/env bash
# The main job, for now: build the native CLI and the WebAssembly core, analyze the built-in demo
# data (Law School Admission Bar passage, lawschool.csv), synthesise it with CART, write the
# evaluation report (dist/demo/synthetic-report.pdf and .html), and show that native and
# WebAssembly agree byte for byte. The web app issue will replace this with build-and-serve.
set -euo pipefail
cd "$(dirname "$0")/.."
demo=web/demo/lawschool.csv
echo "building the native CLI (release)..."
swift build -c release --product localsynth >/dev/null 2>&1 || swift build -c release --product localsynth
native=$(swift build -c release --show-bin-path)/localsynth
scripts/build-wasm.sh
echo
"$native" analyze "$demo"
mkdir -p dist/demo
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo
"$native" synth "$demo" -o dist/demo/synthetic.csv --seed 1
# The same run in the WebAssembly core, with the same output paths, into a scratch folder.
root=$PWD
(cd "$work" && mkdir -p dist/demo web/demo && cp "$root/$demo" web/demo/ && node "$root/scripts/wasm-run.mjs" synth "$demo" -o dist/demo/synthetic.csv --seed 1 >/dev/null)
echo
echo "first rows of the synthetic data:"
head -n 6 dist/demo/synthetic.csv
same=1
cmp -s <("$native" analyze "$demo" --json) <(node scripts/wasm-run.mjs analyze "$demo" --json) || same=0
for f in synthetic.csv synthetic-report.pdf synthetic-report.html; do cmp -s "dist/demo/$f" "$work/dist/demo/$f" || same=0; done
if [ $same = 1 ]; then
  echo "native CLI and WebAssembly core give byte-identical schemas, synthetic data and reports for $demo"
  echo "open the report: dist/demo/synthetic-report.html or dist/demo/synthetic-report.pdf"
else
  echo "native and WebAssembly outputs differ for $demo" >&2
  exit 1
fi
