#!/usr/bin/env bash
# The hostile corpus (Tests/SynthCoreTests/Fixtures/hostile, and large files that
# scripts/hostile-corpus.py makes here) through analyze, synth with CART and with the copula, and
# evaluate, natively and in wasm. Fails on a trap, a signal or a hang (over $HOSTILE_TIMEOUT s), on
# any byte that differs between the two, and when an exit code or the first line of an error
# differs from Tests/SynthCoreTests/Golden/hostile.txt (UPDATE_GOLDEN=1 rewrites it).
# Needs: a native build (swift build) and dist/localsynth.wasm (scripts/build-wasm.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
native=${LOCALSYNTH_NATIVE:-$(swift build --show-bin-path)/localsynth}
[ -x "$native" ] || { echo "hostile: no native build at $native (run swift build)" >&2; exit 1; }
[ -f dist/localsynth.wasm ] || { echo "hostile: no dist/localsynth.wasm (run scripts/build-wasm.sh)" >&2; exit 1; }
timeout_s=${HOSTILE_TIMEOUT:-300}
golden=Tests/SynthCoreTests/Golden/hostile.txt

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Relative paths in every message, the same on every machine.
cd "$work"
ln -s "$repo/Tests/SynthCoreTests/Fixtures/hostile" hostile
python3 "$repo/scripts/hostile-corpus.py" --large large
passed=0 failed=0
: >results.txt

# run_both NAME ARGS...: the command natively, then in wasm, each writing into out/; compares
# their standard output, standard error, exit code and files, and records the exit code and the
# first line of standard error.
run_both() {
  local name=$1; shift
  for side in native wasm; do
    rm -rf out "$side"; mkdir -p out
    if [ $side = native ]; then
      timeout "$timeout_s" "$native" "$@" >"$side.stdout" 2>"$side.stderr"; echo $? >"$side.code"
    else
      timeout "$timeout_s" node "$repo/scripts/wasm-run.mjs" "$@" >"$side.stdout" 2>"$side.stderr"; echo $? >"$side.code"
    fi
    mv out "$side"
  done
  local ok=1 code
  code=$(cat native.code)
  # 124: the timeout; above 128: a signal (a trap natively); wasm-run says "internal error" on a trap.
  if [ "$code" -ge 124 ] || [ "$(cat wasm.code)" -ge 124 ] || grep -q "internal error" wasm.stderr; then
    ok=0; echo "  trap, signal or hang: native $code, wasm $(cat wasm.code)"; head -3 native.stderr wasm.stderr | sed 's/^/  /'
  fi
  for part in stdout stderr code; do cmp -s "native.$part" "wasm.$part" || { ok=0; echo "  $part differs"; }; done
  if ! diff -rq native wasm >/dev/null; then ok=0; diff -rq native wasm | sed 's/^/  /'; fi
  printf '%s: exit %s%s\n' "$name" "$code" "$(head -n 1 native.stderr | cut -c1-400 | sed 's/^/: /')" >>results.txt
  if [ $ok = 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL hostile: $name"; fi
}

for f in hostile/*.csv large/*.csv; do
  base=$(basename "$f" .csv)
  run_both "$base analyze" analyze "$f" --json
  if [[ $f == large/* ]]; then
    # Large files: the synthesis alone. Sequential CART on 10,000 columns fits 10,000 trees on up
    # to 10,000 predictors (minutes): twenty of them are visited here.
    visit=()
    [ "$base" = ten_thousand_columns_rows ] && visit=(--visit "$(seq -s, -f 'c%g' 0 19)")
    run_both "$base synth" synth "$f" -o out/s.csv --seed 3 --no-report "${visit[@]}"
    run_both "$base synth gc" synth "$f" -o out/g.csv --method gc --seed 3 --no-report
    continue
  fi
  run_both "$base synth" synth "$f" -o out/s.csv --json out/s.json --seed 3 --report out/r.pdf --html out/r.html --metrics out/m.json
  run_both "$base synth gc" synth "$f" -o out/g.csv --method gc --seed 3 --report out/r.pdf
  # The real file against a synthetic one made from it (itself when synthesis refuses it).
  synthetic=$f
  if "$native" synth "$f" -o "s-$base.csv" --seed 5 --no-report >/dev/null 2>&1; then synthetic="s-$base.csv"; fi
  run_both "$base evaluate" evaluate "$f" "$synthetic" --report out/r.pdf --html out/r.html --json out/r.json --lang nl
done

# Rules on hostile names and values: quoted names, overflow to missing, extreme dates, and the
# report's rules section escaping them.
run_both "hostile_names rules" synth hostile/hostile_names.csv -o out/s.csv --seed 3 --html out/r.html --report out/r.pdf \
  --rule "'<script>alert(1)</script>' <= '-1+1'" --rule "'@x' = '%PDF-1.4' + 0" --rule "keep combinations of '=cmd|'' /C calc''!A0', '../../etc/passwd'"
run_both "extreme_1e308 rules" synth hostile/extreme_1e308.csv -o out/s.csv --seed 3 --no-report --rule 'if c == "a" then x = x * 0 + 1e308 * 10'
run_both "dates_extreme rules" synth hostile/dates_extreme.csv -o out/s.csv --method gc --seed 3 --no-report --rule 'n = year(d) - 1' --rule 'd >= date(1, 1, 1)'
run_both "rule syntax error" synth hostile/hostile_names.csv -o out/s.csv --rule "'<script>' >>> 1"

# Every hostile table written as SPSS and Stata files (names made valid, strings of any length,
# extreme numbers and dates), and damaged SPSS and Stata files read.
for f in hostile/*.csv; do
  base=$(basename "$f" .csv)
  run_both "$base write sav" convert "$f" -o out/x.sav --missing-as code
  run_both "$base write dta" convert "$f" -o out/x.dta --missing-as code
done
python3 - "$repo/Tests/SynthCoreTests/Fixtures/statistical" <<'PY'
import struct, sys
folder = sys.argv[1]
sav = open(f"{folder}/survey.sav", "rb").read()
zsav = open(f"{folder}/survey.zsav", "rb").read()
dta = open(f"{folder}/survey_118.dta", "rb").read()
def put(name, data): open(name, "wb").write(data)
put("cut.sav", sav[:1000])
put("header_only.sav", sav[:176])
# The first variable's label length set to 2^31 - 1.
label = sav.index(b"nummer") + 8
put("huge_label.sav", sav[:label] + struct.pack("<i", 2**31 - 1) + sav[label + 4:])
put("bad_trailer.zsav", zsav[:-8] + struct.pack("<q", 2**62))
k = dta.index(b"<K>") + 3
put("huge_k.dta", dta[:k] + struct.pack("<H", 65535) + dta[k + 2:])
n = dta.index(b"<N>") + 3
put("huge_n.dta", dta[:n] + struct.pack("<q", 2**40) + dta[n + 8:])
put("cut.dta", dta[:2000])
put("release_116.dta", dta.replace(b"<release>118", b"<release>116", 1))
PY
for f in cut.sav header_only.sav huge_label.sav bad_trailer.zsav huge_k.dta huge_n.dta cut.dta release_116.dta; do
  run_both "statistical $f" analyze "$f" --json
done

if [ -n "${UPDATE_GOLDEN:-}" ]; then
  cp results.txt "$repo/$golden"
  echo "hostile: wrote $golden"
elif ! diff -u "$repo/$golden" results.txt; then
  echo "hostile: exit codes or messages differ from $golden (UPDATE_GOLDEN=1 scripts/hostile.sh after checking them)"
  failed=$((failed + 1))
fi
echo "hostile: $passed passed, $failed failed ($(ls hostile/*.csv large/*.csv | wc -l) files)"
[ $failed = 0 ]
