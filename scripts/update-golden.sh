#!/usr/bin/env bash
# Regenerates the golden schemas (analyze --json of each shared dataset). Review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product localsynth >/dev/null
bin=$(swift build --show-bin-path)/localsynth
for f in ../shared/datasets/*.csv; do
  name=$(basename "$f" .csv)
  (cd ../shared/datasets && "$bin" analyze "$name.csv" --json) >"Tests/SynthCoreTests/Golden/$name.schema.json"
done
git status --short Tests/SynthCoreTests/Golden
