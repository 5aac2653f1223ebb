#!/usr/bin/env bash
# Speed and memory of `localsynth analyze` (read + type inference) on every shared dataset and on
# military (1.4M rows): native release build vs the WebAssembly module under node, with Python's
# csv module reading the same file as a baseline in the same run. Then `localsynth synth` (CART,
# then the Gaussian copula, --seed 1) on the same files plus two generated benchmark tables (scripts/bench-data.py: census
# 48,842 x 15 and flights 336,776 x 19). Then `localsynth evaluate` (every measure, the PDF, HTML
# and JSON report) of each synthetic table against its real one. Prints tables; asserts nothing.
# Then `synth` with the rules `analyze` finds, side by side with the same run without them, and
# `synth --tune` against the defaults (time, median pair S_pMSE, the chosen settings).
# Then the unique-copy repair on four flights columns where most synthetic rows copy a real person.
# Then synthesis and evaluation on 1 and 2 threads, and what 4 and 8 would give (from task times).
# Then the wasm module on 1 and 2 instances (the page's Web Workers), under node and in the page.
# Then the wasm module's memory for synthesis with the page's outputs, against the page's estimate.
# Then reading a 100,000-row Excel workbook against its CSV twin (scripts/bench-workbook.py).
# BENCH_ONLY=analyze, synth, evaluate, rules, tune, repair, threads, workers, memory or workbook runs one table only.
set -euo pipefail
cd "$(dirname "$0")/.."
only=${BENCH_ONLY:-}
case "$only" in "" | analyze | synth | evaluate | rules | tune | repair | threads | workers | memory | workbook) ;; *) echo "bench: BENCH_ONLY must be analyze, synth, evaluate, rules, tune, repair, threads, workers, memory or workbook" >&2; exit 2 ;; esac
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

# measure N CMD...: best wall time of N runs (seconds) and the peak RSS of the last (MB).
measure() {
  local n=$1 best=999999 rss=0 i t m
  shift
  for ((i = 0; i < n; i++)); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
    # time writes "Command exited with non-zero status N" first when the command fails
    read -r t m < <(tail -n 1 "$work/time")
    best=$(python3 -c "print(min($best, $t))")
    rss=$((m / 1024))
  done
  echo "$best $rss"
}

# walltime N CMD...: best wall time of N runs in seconds, timed from Python around the process.
walltime() {
  python3 -c "import subprocess,sys,time
best=9e9
for _ in range(int(sys.argv[1])):
    t=time.perf_counter(); subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); best=min(best, time.perf_counter()-t)
print(f'{best:.3f}')" "$@"
}

# shape FILE: rows x cols of a CSV file, by Python's csv module.
shape() {
  python3 -c "
import csv,sys
with open(sys.argv[1], newline='', encoding='utf-8', errors='replace') as h:
    r = csv.reader(h); cols = len(next(r)); rows = sum(1 for _ in r)
print(f'{rows}x{cols}')" "$1"
}

analyze_table() {
  printf "%-14s %12s %9s %6s %9s %6s %11s %6s %9s\n" "dataset" "rows x cols" "native s" "MB" "node s" "MB" "wasm run s" "ratio" "python s"
  for f in "${files[@]}"; do
    name=$(basename "$f" .csv)
    shape=$(shape "$f")
    read -r _ nm < <(measure 3 "$native" analyze "$f")
    read -r wt wm < <(measure 3 node scripts/wasm-run.mjs analyze "$f")
    read -r pt _ < <(measure 3 python3 -c "import csv,sys; list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8', errors='replace')))" "$f")
    # In-process times: the native run minus its process start, the wasm run without node's start-up.
    nr=$(walltime 3 "$native" analyze "$f")
    wr=$(node scripts/bench-wasm.mjs analyze "$f")
    ratio=$(python3 -c "print(f'{$wr / max($nr, 0.001):.2f}')")
    printf "%-14s %12s %9s %6s %9s %6s %11s %6s %9s\n" "$name" "$shape" "$nr" "$nm" "$wt" "$wm" "$wr" "$ratio" "$pt"
  done
  echo "analyze = read the CSV, infer types, print the schema. Best of 3 runs. native s: whole process;"
  echo "node s: scripts/wasm-run.mjs including node start-up; wasm run s: the core's run alone;"
  echo "ratio = wasm run / native; MB = peak resident memory; python s: Python's csv module reading the file."
}

# The synth table: CART with --seed 1, output to the temp folder. Best of 3 runs, of 1 for the
# slow ones (military, flights). A failed run shows "failed" and its message under the table.
synth_table() {
  local method=$1 notes=() f name reps shape nm nr wr wm ratio out
  echo "synth --method $method"
  printf "%-14s %14s %9s %14s %11s %12s %12s\n" "dataset" "rows x cols" "native s" "native peak MB" "wasm run s" "node peak MB" "ratio wasm/n"
  for f in "${files[@]}" .build/bench-data/census.csv .build/bench-data/flights.csv; do
    name=$(basename "$f" .csv)
    case "$name" in military | flights) reps=1 ;; *) reps=3 ;; esac
    shape=$(shape "$f")
    out=(-o "$work/synth.csv" --seed 1 --no-report --method "$method")
    # peak memory from one run, then the time from the best of $reps more; one thread, as the
    # module has (the threads table shows what more threads give)
    if /usr/bin/time -f "%M" -o "$work/time" "$native" synth "$f" "${out[@]}" --threads 1 >/dev/null 2>"$work/err"; then
      nm=$(($(tail -n 1 "$work/time") / 1024))
      nr=$(walltime "$reps" "$native" synth "$f" "${out[@]}" --threads 1)
    else
      nr=failed nm=$(($(tail -n 1 "$work/time") / 1024))
      notes+=("$name, native: $(head -c 600 "$work/err")")
    fi
    # bench-wasm.mjs loads the module afresh for each of its runs and prints the best of them;
    # node peak MB is the peak of that whole node process.
    if BENCH_RUNS=$reps /usr/bin/time -f "%M" -o "$work/time" node scripts/bench-wasm.mjs synth "$f" "${out[@]}" >"$work/wout" 2>"$work/werr"; then
      wr=$(tail -n 1 "$work/wout")
      wm=$(($(tail -n 1 "$work/time") / 1024))
    else
      wr=failed wm=$(($(tail -n 1 "$work/time") / 1024))
      notes+=("$name, wasm: $(head -c 600 "$work/werr")")
    fi
    if [[ $nr == failed || $wr == failed ]]; then ratio=-; else ratio=$(python3 -c "print(f'{$wr / max($nr, 0.001):.2f}')"); fi
    printf "%-14s %14s %9s %14s %11s %12s %12s\n" "$name" "$shape" "$nr" "$nm" "$wr" "$wm" "$ratio"
  done
  echo "synth = fit sequential CART and write as many synthetic rows (--seed 1). native s: whole process"
  echo "on one thread (--threads 1, as one wasm instance), best of 3 (of 1 for military and flights); wasm run s: the core's run alone (scripts/bench-wasm.mjs,"
  echo "best of its 3 runs); MB = peak resident memory of the process (native: one run; node: all 3 runs)."
  if [ "$method" = cart ]; then
    echo "targets: census ≤ 1 s, flights ≤ 10 s and < 1 GB, military ≤ 15 s native; wasm ≤ 1.5x native"
  else
    echo "targets: census ≤ 0.5 s, military ≤ 10 s native; wasm ≤ 1.5x native"
  fi
  for note in "${notes[@]}"; do printf "%s\n" "$note"; done
}

if [ -z "$only" ] || [ "$only" = analyze ]; then analyze_table; fi
# The evaluate table: each real table against its synthetic copy (made natively first), writing
# the PDF, HTML and JSON report. Best of 3 runs (1 for military and flights).
evaluate_table() {
  local f name reps nm nr wr wm ratio out
  printf "%-14s %14s %9s %14s %11s %12s %12s\n" "dataset" "rows x cols" "native s" "native peak MB" "wasm run s" "node peak MB" "ratio wasm/n"
  for f in "${files[@]}" .build/bench-data/census.csv .build/bench-data/flights.csv; do
    name=$(basename "$f" .csv)
    case "$name" in military | flights) reps=1 ;; *) reps=3 ;; esac
    "$native" synth "$f" -o "$work/real-synth.csv" --seed 1 --no-report >/dev/null 2>&1 || continue
    out=("$f" "$work/real-synth.csv" --report "$work/r.pdf" --html "$work/r.html" --json "$work/r.json")
    /usr/bin/time -f "%M" -o "$work/time" "$native" evaluate "${out[@]}" --threads 1 >/dev/null 2>"$work/err" || { echo "$name: $(head -c 300 "$work/err")"; continue; }
    nm=$(($(tail -n 1 "$work/time") / 1024))
    nr=$(walltime "$reps" "$native" evaluate "${out[@]}" --threads 1)
    BENCH_RUNS=$reps /usr/bin/time -f "%M" -o "$work/time" node scripts/bench-wasm.mjs evaluate "${out[@]}" >"$work/wout" 2>"$work/werr" || true
    wr=$(tail -n 1 "$work/wout" 2>/dev/null || echo failed)
    wm=$(($(tail -n 1 "$work/time") / 1024))
    if [[ -z $wr || $wr == failed ]]; then wr=failed ratio=-; else ratio=$(python3 -c "print(f'{$wr / max($nr, 0.001):.2f}')"); fi
    printf "%-14s %14s %9s %14s %11s %12s %12s\n" "$name" "$(shape "$f")" "$nr" "$nm" "$wr" "$wm" "$ratio"
  done
  echo "evaluate = read both files, every measure, PDF + HTML + JSON report. native s: whole process, one thread;"
  echo "wasm run s: the core's run alone. target: census (~50k x 15, 105 pairs) ≤ 2 s native, wasm ≤ 1.5x"
}

# Synthesis keeping the rules analyze finds, against the same run without rules (native, no report).
rules_table() {
  local f name m rules plain ruled n
  printf "%-14s %12s %5s %6s %9s %9s %6s\n" "dataset" "rows x cols" "meth" "rules" "plain s" "rules s" "ratio"
  for f in ../shared/datasets/cps1985.csv ../shared/datasets/weather.csv ../shared/datasets/hotel_rates.csv ../shared/datasets/gss_wages.csv; do
    [ -f "$f" ] || continue
    name=$(basename "$f" .csv)
    rules=()
    while IFS= read -r r; do [ -n "$r" ] && rules+=(--rule "$r"); done < <("$native" analyze "$f" --json | python3 -c "import json,sys; print('\n'.join(r['rule'] for r in json.load(sys.stdin)['rules']))")
    n=$((${#rules[@]} / 2))
    for m in cart gc; do
      plain=$(walltime 3 "$native" synth "$f" -o "$work/p.csv" --method "$m" --no-report)
      ruled=$(walltime 3 "$native" synth "$f" -o "$work/r.csv" --method "$m" --no-report "${rules[@]}")
      printf "%-14s %12s %5s %6s %9s %9s %6s\n" "$name" "$(shape "$f")" "$m" "$n" "$plain" "$ruled" "$(python3 -c "print(f'{$ruled / max($plain, 0.001):.2f}')")"
    done
  done
  echo "rules s: the same synthesis keeping every rule analyze lists. target: ratio ≤ 3 (a rule that fixes most rows, as"
  echo "weather's combination of local-time parts with a UTC time under the copula, costs the most)"
}

# --tune within its default budget against the defaults (native, seed 1): the run time, the median
# pair S_pMSE of the whole synthetic table against the real one (evaluate) for the file-order CART
# of before `--visit auto`, today's defaults and --tune, and the choice.
tune_table() {
  local f name plain tuned mo mp mt choice
  printf "%-14s %12s %9s %9s %9s %9s %9s  %s\n" "dataset" "rows x cols" "plain s" "tune s" "file ord" "median" "tuned" "chosen; closer to training: defaults -> chosen"
  for f in ../shared/datasets/*.csv "$work/military.csv" .build/bench-data/flights.csv; do
    [ -f "$f" ] || continue
    name=$(basename "$f" .csv)
    "$native" synth "$f" -o "$work/o.csv" --no-report --visit columns >/dev/null 2>&1
    plain=$(walltime 1 "$native" synth "$f" -o "$work/p.csv" --no-report)
    tuned=$(walltime 1 "$native" synth "$f" -o "$work/t.csv" --no-report --tune --summary "$work/t.json")
    for k in o p t; do "$native" evaluate "$f" "$work/$k.csv" --json "$work/${k}m.json" --no-cart-propensity >/dev/null 2>&1; done
    read -r mo mp mt choice < <(python3 - "$work" <<'PY'
import json, sys
w = sys.argv[1]
m = lambda p: json.load(open(f"{w}/{p}"))["summary"]["medianPairSPMSE"]
t = json.load(open(f"{w}/t.json"))["tuning"]
last = {x["candidate"]: x for x in t["trials"] if x["rung"] == t["rungs"] - 1}
chosen = next((x for x in last.values() if x["settings"] == t["chosen"]), None)
closer = lambda x: f"{x['closerToTraining']:.1%}" if x else "-"
said = " ".join(f"{k} {v if not isinstance(v, list) else ','.join(v)}" for k, v in t["chosen"].items())
print(f"{m('om.json'):.2f} {m('pm.json'):.2f} {m('tm.json'):.2f} {said}; {closer(last.get(0))} -> {closer(chosen)}")
PY
)
    printf "%-14s %12s %9s %9s %9s %9s %9s  %s\n" "$name" "$(shape "$f")" "$plain" "$tuned" "$mo" "$mp" "$mt" "$choice"
  done
  echo "tune s: search (default budget 60 s of the cost model) plus the synthesis with the chosen settings. The search"
  echo "keeps DUO's bound (at most 55% of synthetic rows closer to the training half) before utility; target: tuned"
  echo "no worse than the file-order median (the defaults of before), within the bounds."
}

# Threads: synthesis (CART, no report) and evaluation (every measure and the reports) of the
# census-like and flights-like tables on 1 and 2 threads, best of 3 (1 for flights); then 2, 4 and
# 8 threads worked out from a 1-thread run's task trace (LOCALSYNTH_TASK_TRACE: every parallel
# loop's task times): the serial rest plus, per loop, the longest thread when the tasks go, longest
# first, to whichever thread is free (as the core orders them by their estimated cost).
threads_table() {
  local f name reps kind t1 t2 s
  printf "%-10s %-9s %8s %8s %8s %8s %8s %8s
" "table" "command" "1 thr s" "2 thr s" "speedup" "sim 2" "sim 4" "sim 8"
  for f in .build/bench-data/census.csv .build/bench-data/flights.csv; do
    name=$(basename "$f" .csv)
    case "$name" in flights) reps=1 ;; *) reps=3 ;; esac
    "$native" synth "$f" -o "$work/th-synth.csv" --seed 1 --no-report >/dev/null 2>&1
    for kind in synth evaluate; do
      local args=()
      if [ "$kind" = synth ]; then args=(synth "$f" -o "$work/th.csv" --seed 1 --no-report); else args=(evaluate "$f" "$work/th-synth.csv" --report "$work/th.pdf" --html "$work/th.html" --json "$work/th.json"); fi
      t1=$(walltime "$reps" "$native" "${args[@]}" --threads 1)
      t2=$(walltime "$reps" "$native" "${args[@]}" --threads 2)
      LOCALSYNTH_TASK_TRACE="$work/trace" "$native" "${args[@]}" --threads 1 >/dev/null 2>&1
      s=$(python3 - "$work/trace" "$t1" <<'PY'
import heapq, sys
loops = [[float(x) for x in line.split()] for line in open(sys.argv[1]) if line.strip()]
whole = float(sys.argv[2])
rest = max(whole - sum(sum(l) for l in loops), 0)
def makespan(tasks, n):
    free = [0.0] * n
    for t in sorted(tasks, reverse=True):
        heapq.heapreplace(free, free[0] + t)
    return max(free)
print(" ".join(f"{rest + sum(makespan(l, n) for l in loops):.2f}" for n in (2, 4, 8)))
PY
)
      printf "%-10s %-9s %8s %8s %8s %8s %8s %8s
" "$name" "$kind" "$t1" "$t2" "$(python3 -c "print(f'{$t1 / max($t2, 0.001):.2f}x')")" $s
    done
  done
  echo "1/2 thr s: whole process with --threads 1 or 2 on this machine's $(nproc) cores; sim N: from the 1-thread run's"
  echo "task times (reading, writing and the repair stay serial). target: speedup ≥ 1.8x on 2 threads."
}

# The page's Web Workers: synth with the page's report outputs in the wasm module on 1 and 2
# instances (scripts/wasm-pool.mjs under node; in headless Chromium by scripts/bench-page.py when
# the browser tests' environment is there), the same bytes for any number.
workers_table() {
  local f name reps n1 n2 p
  printf "%-10s %10s %10s %8s %11s %11s %8s\n" "table" "node 1 s" "node 2 s" "speedup" "page 1 s" "page 2 s" "speedup"
  for f in .build/bench-data/census.csv .build/bench-data/flights.csv; do
    name=$(basename "$f" .csv)
    case "$name" in flights) reps=1 ;; *) reps=3 ;; esac
    local args=(synth "$f" -o "$work/w.csv" --seed 1 --report "$work/w.pdf" --html "$work/w.html" --analyst-report "$work/wa.pdf" --summary "$work/w.json")
    n1=$(LOCALSYNTH_WORKERS=1 walltime "$reps" node scripts/wasm-run.mjs "${args[@]}")
    n2=$(LOCALSYNTH_WORKERS=2 walltime "$reps" node scripts/wasm-run.mjs "${args[@]}")
    p="- -"
    if [ "$name" = census ] && [ -x .build/venv/bin/python ] && [ -f dist/index.html ]; then
      p=$(.build/venv/bin/python scripts/bench-page.py "$native" "$f" 1 2 2>/dev/null | awk '{printf "%s ", $2}')
    fi
    read -r p1 p2 <<<"$p"
    printf "%-10s %10s %10s %8s %11s %11s %8s\n" "$name" "$n1" "$n2" "$(python3 -c "print(f'{$n1 / max($n2, 0.001):.2f}x')")" "$p1" "$p2" \
      "$(python3 -c "print(f'{float(\"$p1\") / float(\"$p2\"):.2f}x')" 2>/dev/null || echo -)"
  done
  echo "node: whole process (module loaded once, each helper starts its own thread); page: the result line's seconds,"
  echo "best of two runs. target: the page on 2 workers >= 1.7x faster than on 1 on census."
}

# The repair's worst case (issue: a cliff): month, day, departure time and carrier of the flights
# table, where CART draws most synthetic rows onto a real (month, day, time) that no other flight
# has; --unique-copies replace against keep, native, seed 1.
repair_table() {
  local f="$work/flights4.csv" keep replace
  python3 - .build/bench-data/flights.csv "$f" <<'PY'
import csv, sys
r = csv.reader(open(sys.argv[1])); head = next(r); ix = [head.index(c) for c in ("month", "day", "dep_time", "carrier")]
w = csv.writer(open(sys.argv[2], "w", newline=""))
w.writerow([head[i] for i in ix])
for row in r: w.writerow([row[i] for i in ix])
PY
  printf "%-22s %12s %9s %9s %7s  %s\n" "table" "rows x cols" "keep s" "replace s" "ratio" "copies found"
  keep=$(walltime 1 "$native" synth "$f" -o "$work/k.csv" --no-report --unique-copies keep --summary "$work/k.json")
  replace=$(walltime 1 "$native" synth "$f" -o "$work/r.csv" --no-report)
  printf "%-22s %12s %9s %9s %7s  %s\n" "flights month..carrier" "$(shape "$f")" "$keep" "$replace" "$(python3 -c "print(f'{$replace / $keep:.1f}x')")" \
    "$(python3 -c "import json; n = [x for x in json.load(open('$work/k.json'))['notes'] if x['code'] == 'uniqueCopiesKept']; print(n[0]['arguments']['rows'] if n else 0)" 2>/dev/null || echo -)"
  echo "target: replace within 2x keep (leaf partners are tried up to 16 times per row in all, then any row of the table)"
}

# Memory in the page: the wasm module's high-water mark for synth with the page's outputs (CSV,
# both PDF reports, HTML, summary; no JSON), against the estimate `analyze --json` gives the page
# before a run (synthesisBytes, which must not be below it) and the CSV's size. The flights-like
# table of 2,000,000 rows is flights six times over, once per year 2013-2018.
memory_table() {
  local big=.build/bench-data/flights-2m.csv
  python3 scripts/bench-data.py .build/bench-data --two-million >/dev/null
  printf "%-22s %16s %8s %12s %12s %9s %8s\n" "table" "rows x cols" "CSV MB" "estimate MB" "wasm MB" "x CSV" "wasm s"
  for f in .build/bench-data/census.csv .build/bench-data/flights.csv "$big"; do
    local estimate run
    estimate=$("$native" analyze "$f" --json | python3 -c "import json, sys; print(json.load(sys.stdin)['synthesisBytes'])")
    run=$(node scripts/wasm-memory.mjs synth "$f" -o "$work/m.csv" --report "$work/m.pdf" --html "$work/m.html" --analyst-report "$work/ma.pdf" --summary "$work/m.json")
    python3 - "$f" "$(shape "$f")" "$estimate" "$run" <<'PY'
import json, os, sys
f, shape, estimate, run = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
csv = os.path.getsize(f)
used = run["memoryBytes"] if run["exitCode"] == 0 else float("nan")
print(f"{os.path.basename(f):22} {shape:>16} {csv / 1e6:8.0f} {estimate / 1e6:12.0f} {used / 1e6:12.0f} {used / csv:9.1f} {run['seconds']:8.1f}")
PY
  done
  rm -f "$big"
  echo "target: the estimate never below the wasm high-water; 2,000,000 x 19 within the browser's 4,295 MB"
}

# Reading an Excel workbook: `analyze` of a 100,000-row .xlsx against its CSV twin, native and wasm.
workbook_table() {
  if ! .build/venv/bin/python -c "import openpyxl" 2>/dev/null; then
    [ -x .build/venv/bin/python ] || python3 -m venv .build/venv
    .build/venv/bin/pip install -q openpyxl
  fi
  .build/venv/bin/python scripts/bench-workbook.py .build/bench-data >/dev/null
  local x=.build/bench-data/people-100k.xlsx c=.build/bench-data/people-100k.csv
  printf "%-18s %9s %9s %6s %9s %9s %6s\n" "table" "xlsx s" "csv s" "ratio" "wasm xlsx" "wasm csv" "ratio"
  local nx nc wx wc
  nx=$(walltime 3 "$native" analyze "$x"); nc=$(walltime 3 "$native" analyze "$c")
  wx=$(node scripts/bench-wasm.mjs analyze "$x"); wc=$(node scripts/bench-wasm.mjs analyze "$c")
  printf "%-18s %9s %9s %6s %9s %9s %6s\n" "people 100k x 10" "$nx" "$nc" "$(python3 -c "print(f'{$nx / $nc:.2f}')")" "$wx" "$wc" "$(python3 -c "print(f'{$wx / $wc:.2f}')")"
  # The same table as SPSS and Stata files (written by localsynth itself).
  local s=.build/bench-data/people-100k.sav d=.build/bench-data/people-100k.dta ns nd ws wd
  "$native" convert "$c" -o "$s" >/dev/null; "$native" convert "$c" -o "$d" >/dev/null
  ns=$(walltime 3 "$native" analyze "$s"); nd=$(walltime 3 "$native" analyze "$d")
  ws=$(node scripts/bench-wasm.mjs analyze "$s"); wd=$(node scripts/bench-wasm.mjs analyze "$d")
  printf "%-18s %9s %9s %6s %9s %9s %6s\n" "  as .sav" "$ns" "$nc" "$(python3 -c "print(f'{$ns / $nc:.2f}')")" "$ws" "$wc" "$(python3 -c "print(f'{$ws / $wc:.2f}')")"
  printf "%-18s %9s %9s %6s %9s %9s %6s\n" "  as .dta" "$nd" "$nc" "$(python3 -c "print(f'{$nd / $nc:.2f}')")" "$wd" "$wc" "$(python3 -c "print(f'{$wd / $wc:.2f}')")"
  echo "analyze = read and type the table, best of 3; the workbook is inflated, its XML scanned, its cells typed."
  echo "target: the .xlsx within 3x the time of its CSV twin (the .sav and .dta rows have no target)"
}

if [ "$only" = workbook ]; then workbook_table; exit 0; fi
if [ "$only" = rules ]; then rules_table; exit 0; fi
if [ "$only" = memory ]; then python3 scripts/bench-data.py .build/bench-data; memory_table; exit 0; fi
if [ "$only" = repair ]; then python3 scripts/bench-data.py .build/bench-data; repair_table; exit 0; fi
if [ "$only" = threads ]; then python3 scripts/bench-data.py .build/bench-data; threads_table; exit 0; fi
if [ "$only" = workers ]; then python3 scripts/bench-data.py .build/bench-data; workers_table; exit 0; fi
if [ "$only" = tune ]; then python3 scripts/bench-data.py .build/bench-data; tune_table; exit 0; fi

if [ "$only" != analyze ] && [ "$only" != evaluate ]; then
  [ "$only" = synth ] || echo
  python3 scripts/bench-data.py .build/bench-data
  synth_table cart
  echo
  synth_table gc
fi
if [ "$only" != analyze ] && [ "$only" != synth ]; then
  echo
  python3 scripts/bench-data.py .build/bench-data
  evaluate_table
fi
if [ -z "$only" ]; then
  echo
  rules_table
  echo
  tune_table
  echo
  repair_table
  echo
  threads_table
  echo
  workers_table
  echo
  memory_table
  echo
  workbook_table
fi
