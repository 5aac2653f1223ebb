#!/usr/bin/env bash
# The main job: build the native CLI, the WebAssembly core and the web app (dist/), then serve the
# app on this machine with `localsynth serve`. Open the printed URL and click "Try the demo data"
# (Law School Admission Bar passage, lawschool.csv) or pick your own CSV; it never leaves the
# browser. PORT (default 8080) and HOST (default 127.0.0.1) choose where it listens. Ctrl-C stops.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "building the native CLI (release)..."
swift build -c release --product localsynth >/dev/null 2>&1 || swift build -c release --product localsynth
native=$(swift build -c release --show-bin-path)/localsynth
echo "building the WebAssembly core and the web app..."
scripts/build-web.sh
echo
echo "The web app is in dist/ (copy it to any static file server), and in one file: dist/localsynth.html."
echo "Open the URL below and click \"Try the demo data\" (Nederlands: add ?lang=nl)."
exec "$native" serve dist --port "${PORT:-8080}" --host "${HOST:-127.0.0.1}"
