#!/usr/bin/env bash
# Speed and memory of `localsynth analyze` (read + type inference) on every shared dataset and on
# military (1.4M rows): native release build vs the WebAssembly module under node, with Python's
# csv module reading the same file as a baseline in the same run. Prints a table; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }

swift build -c release --product localsynth >/dev/null 2>&1
native=$(swift build -c release --show-bin-path)/localsynth
[ -f dist/localsynth.wasm ] || scripts/build-wasm.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=(../shared/datasets/*.csv)
if [ -f ../shared/datasets/military.csv.gz ]; then
  gunzip -c ../shared/datasets/military.csv.gz >"$work/military.csv"
  files+=("$work/military.csv")
fi

# measure CMD...: best wall time of 3 runs (seconds) and the peak RSS of the last (MB).
measure() {
  local best=999999 rss=0
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
    read -r t m <"$work/time"
    best=$(python3 -c "print(min($best, $t))")
    rss=$((m / 1024))
  done
  echo "$best $rss"
}

printf "%-14s %12s %9s %6s %9s %6s %11s %6s %9s\n" "dataset" "rows x cols" "native s" "MB" "node s" "MB" "wasm run s" "ratio" "python s"
for f in "${files[@]}"; do
  name=$(basename "$f" .csv)
  shape=$(python3 -c "
import csv,sys
with open(sys.argv[1], newline='', encoding='utf-8', errors='replace') as h:
    r = csv.reader(h); cols = len(next(r)); rows = sum(1 for _ in r)
print(f'{rows}x{cols}')" "$f")
  read -r _ nm < <(measure "$native" analyze "$f")
  read -r wt wm < <(measure node scripts/wasm-run.mjs analyze "$f")
  read -r pt _ < <(measure python3 -c "import csv,sys; list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8', errors='replace')))" "$f")
  # In-process times: the native run minus its process start, the wasm run without node's start-up.
  nr=$(python3 -c "import subprocess,sys,time
best=9e9
for _ in range(3):
    t=time.perf_counter(); subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); best=min(best, time.perf_counter()-t)
print(f'{best:.3f}')" "$native" analyze "$f")
  wr=$(node scripts/bench-wasm.mjs analyze "$f")
  ratio=$(python3 -c "print(f'{$wr / max($nr, 0.001):.2f}')")
  printf "%-14s %12s %9s %6s %9s %6s %11s %6s %9s\n" "$name" "$shape" "$nr" "$nm" "$wt" "$wm" "$wr" "$ratio" "$pt"
done
echo "analyze = read the CSV, infer types, print the schema. Best of 3 runs. native s: whole process;"
echo "node s: scripts/wasm-run.mjs including node start-up; wasm run s: the core's run alone;"
echo "ratio = wasm run / native; MB = peak resident memory; python s: Python's csv module reading the file."
