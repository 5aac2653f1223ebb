#!/usr/bin/env bash
# Runs the same commands through the native CLI and through the WebAssembly module (node) on every
# CSV in ../shared/datasets and Tests/SynthCoreTests/Fixtures, and checks that standard output,
# standard error, exit code and every written file are byte-identical.
# Needs: a native build (swift build) and dist/localsynth.wasm (scripts/build-wasm.sh).
# PARITY_ONLY=REGEX runs only the comparisons whose name matches (e.g. PARITY_ONLY=unicode).
set -uo pipefail
cd "$(dirname "$0")/.."
native=${LOCALSYNTH_NATIVE:-$(swift build --show-bin-path)/localsynth}
[ -x "$native" ] || { echo "parity: no native build at $native (run swift build)" >&2; exit 1; }
[ -f dist/localsynth.wasm ] || { echo "parity: no dist/localsynth.wasm (run scripts/build-wasm.sh)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

# run_both NAME ARGS...: runs the command natively, then in wasm; @OUT@ in ARGS is one output folder
# for both (reports name their files), moved to $work/native and $work/wasm after each run.
run_both() {
  local name=$1; shift
  if [ -n "${PARITY_ONLY:-}" ] && ! [[ $name =~ $PARITY_ONLY ]]; then return; fi
  for side in native wasm; do
    rm -rf "$work/$side" "$work/out"; mkdir -p "$work/out"
    local args=()
    for a in "$@"; do args+=("${a//@OUT@/$work/out}"); done
    if [ $side = native ]; then
      "$native" "${args[@]}" >"$work/$side.stdout" 2>"$work/$side.stderr"; echo $? >"$work/$side.code"
    else
      LOCALSYNTH_WORKERS=${wasm_workers:-1} node scripts/wasm-run.mjs "${args[@]}" >"$work/$side.stdout" 2>"$work/$side.stderr"; echo $? >"$work/$side.code"
    fi
    mv "$work/out" "$work/$side"
  done
  local ok=1
  for part in stdout stderr code; do cmp -s "$work/native.$part" "$work/wasm.$part" || { ok=0; echo "  $part differs"; }; done
  if ! diff -rq "$work/native" "$work/wasm" >/dev/null; then ok=0; diff -rq "$work/native" "$work/wasm" | sed 's/^/  /'; fi
  if [ $ok = 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL parity: $name"; fi
}

files=()
for f in ../shared/datasets/*.csv Tests/SynthCoreTests/Fixtures/*.csv; do [ -f "$f" ] && files+=("$f"); done
if [ -n "${PARITY_LARGE:-}" ] && [ -f ../shared/datasets/military.csv.gz ]; then
  gunzip -c ../shared/datasets/military.csv.gz >"$work/military.csv"; files+=("$work/military.csv")
fi
for f in "${files[@]}"; do
  base=$(basename "$f" .csv)
  run_both "analyze $base" analyze "$f"
  run_both "analyze --json $base" analyze "$f" --json
  run_both "convert $base" convert "$f" -o @OUT@/out.csv --json @OUT@/out.json --schema @OUT@/schema.json --missing-as code
  run_both "synth $base" synth "$f" -o @OUT@/synth.csv --json @OUT@/synth.json --seed 11
  run_both "synth gc $base" synth "$f" -o @OUT@/gc.csv --method gc --seed 4 --no-report
done
# Excel workbooks: the inflater, the ZIP and XML readers and the dates, natively and in wasm.
for f in Tests/SynthCoreTests/Fixtures/workbooks/*.xlsx; do
  base=$(basename "$f" .xlsx)
  run_both "workbook analyze $base" analyze "$f" --json
  run_both "workbook convert $base" convert "$f" -o @OUT@/out.csv --sheet Gegevens
  run_both "workbook synth $base" synth "$f" -o @OUT@/synth.csv --seed 3 --sheet Gegevens
  run_both "workbook write $base" convert "$f" -o @OUT@/out.xlsx
done
run_both "workbook write dutch_excel_amounts" synth Tests/SynthCoreTests/Fixtures/dutch_excel_amounts.csv -o @OUT@/s.xlsx --seed 2 --no-report
# SPSS and Stata files: reading (bytecode, zlib blocks, releases 117-119) and writing, with labels.
for f in Tests/SynthCoreTests/Fixtures/statistical/*.sav Tests/SynthCoreTests/Fixtures/statistical/*.zsav Tests/SynthCoreTests/Fixtures/statistical/*.dta; do
  base=$(basename "$f")
  run_both "statistical analyze $base" analyze "$f" --json
  run_both "statistical write $base" convert "$f" -o @OUT@/out.sav --missing-as code
  run_both "statistical write dta $base" convert "$f" -o @OUT@/out.dta --missing-as code
done
mkdir -p "$work/stat"
"$native" convert ../shared/datasets/hotel_rates.csv -o "$work/stat/hotel.sav" >/dev/null
"$native" convert ../shared/datasets/hotel_rates.csv -o "$work/stat/hotel.dta" >/dev/null
run_both "statistical synth sav" synth "$work/stat/hotel.sav" -o @OUT@/s.sav --seed 4
run_both "statistical synth dta" synth "$work/stat/hotel.dta" -o @OUT@/s.dta --seed 4 --no-report
for f in ../shared/datasets/weather.csv ../shared/datasets/gss_wages.csv; do
  [ -f "$f" ] || continue
  base=$(basename "$f" .csv)
  run_both "synth gc parametric $base" synth "$f" -o @OUT@/gc.csv --method gc --marginals parametric --rows 2001 --copies 2 --metrics @OUT@/m.json
  run_both "synth gc drop $base" synth "$f" -o @OUT@/gc.csv --method gc --missing-values drop --no-report
  run_both "synth gc smooth tails $base" synth "$f" -o @OUT@/gc.csv --method gc --smooth-tails --no-report
  run_both "synth gc one copula $base" synth "$f" -o @OUT@/gc.csv --method gc --strata none --unique-copies keep --no-report
done
# Rules: computed columns, conditional values, constraints and combinations, with both methods,
# and the report's rules section; then the rules analyze finds, checked by evaluate.
d=../shared/datasets
if [ -f $d/cps1985.csv ]; then
  for m in cart gc; do
    run_both "synth rules $m cps1985" synth $d/cps1985.csv -o @OUT@/r.csv --method $m --seed 5 --metrics @OUT@/m.json --summary @OUT@/s.json \
      --rule 'experience = age - education - 6' --rule 'age >= education + 6' --rule 'if union == "yes" then married = "yes"' \
      --rule 'keep combinations of occupation, sector' --rule 'if wage > 20 then gender = "male"'
  done
  run_both "evaluate rules cps1985" evaluate $d/cps1985.csv $d/cps1985.csv --json @OUT@/e.json --rule 'wage < 20' --rule 'keep combinations of region, sector'
fi
# --tune: the same search and choice natively and in wasm (the budget counts work, not time),
# with its report section and chart; CART and the copula.
if [ -f $d/lawschool.csv ]; then
  run_both "synth tune cart lawschool" synth $d/lawschool.csv -o @OUT@/t.csv --tune --seed 4 --metrics @OUT@/m.json --summary @OUT@/s.json --html @OUT@/r.html
  run_both "synth tune gc weather" synth $d/weather.csv -o @OUT@/t.csv --method gc --tune --tune-budget 20 --seed 4 --summary @OUT@/s.json --no-report
  run_both "synth tune cart cps1985 nl" synth $d/cps1985.csv -o @OUT@/t.csv --tune --seed 2 --report @OUT@/r.pdf --lang nl
fi
for f in $d/weather.csv $d/hotel_rates.csv $d/gss_wages.csv; do
  [ -f "$f" ] || continue
  base=$(basename "$f" .csv)
  rules=()
  while IFS= read -r r; do [ -n "$r" ] && rules+=(--rule "$r"); done < <("$native" analyze "$f" --json | sed -n 's/^ *"rule": "\(.*\)",$/\1/p' | sed 's/\\"/"/g')
  for m in cart gc; do run_both "synth found rules $m $base" synth "$f" -o @OUT@/r.csv --method $m --rows 3000 --seed 2 --no-report "${rules[@]}"; done
done
# Every per-column model, with a missingness variable in front of realrinc and prestg10.
run_both "synth column methods gss_wages" synth ../shared/datasets/gss_wages.csv -o @OUT@/cm.csv --rows 3000 --seed 9 \
  --column-method realrinc=normrank --column-method prestg10=norm --column-method childs=sample --column-method gender=logreg \
  --column-method maritalcat=polyreg --predictors maritalcat=year,age,gender --proper --metrics @OUT@/m.json
run_both "synth column methods cps1985" synth ../shared/datasets/cps1985.csv -o @OUT@/cm.csv --seed 2 \
  --column-method experience=norm --column-method wage=lognorm --column-method union=logreg --column-method occupation=polyreg \
  --predictors union=wage,education,gender --predictors occupation=wage,education,gender --json @OUT@/cm.json --no-report
run_both "synth cart strata cps1985" synth ../shared/datasets/cps1985.csv -o @OUT@/st.csv --strata gender,union --rows 400 --seed 3 --json @OUT@/st.json --lang nl
run_both "synth gc strata named" synth ../shared/datasets/gss_wages.csv -o @OUT@/gc.csv --method gc --strata maritalcat,gender --lang nl --report @OUT@/r.pdf
# Publication and analyst reports, the run summary and a small data set.
run_both "synth analyst and summary" synth ../shared/datasets/cps1985.csv -o @OUT@/s.csv --analyst-report @OUT@/a.pdf --analyst-report @OUT@/a.html --summary @OUT@/sum.json --lang nl
# Every synthesis option once, on data with missing values, dates and many levels.
for f in ../shared/datasets/gss_wages.csv ../shared/datasets/hotel_rates.csv ../shared/datasets/weather.csv; do
  [ -f "$f" ] || continue
  base=$(basename "$f" .csv)
  run_both "synth proper $base" synth "$f" -o @OUT@/s.csv --proper --seed 18446744073709551615 --rows 3001 --copies 2
  run_both "synth auto order $base" synth "$f" -o @OUT@/s.csv --visit auto --minbucket 12 --cp 0.0001 --max-depth 8 --smoothing density
  run_both "synth drop $base" synth "$f" -o @OUT@/s.csv --missing-values drop --smoothing none --missing-as empty
  run_both "synth impute $base" synth "$f" -o @OUT@/s.csv --missing-values impute
  run_both "synth impute-tree $base" synth "$f" -o @OUT@/s.csv --missing-values impute-tree --rows 500
  run_both "synth near copies $base" synth "$f" -o @OUT@/s.csv --near-copies 2 --json @OUT@/s.json --metrics @OUT@/m.json
  run_both "synth unique copies $base" synth "$f" -o @OUT@/s.csv --unique-copies replace --predictors "$(head -1 "$f" | cut -d, -f3)=" --smooth "$(head -1 "$f" | cut -d, -f2)=on"
done
# evaluate on synthetic files made beforehand (the same input for both sides), every report format.
mkdir -p "$work/inputs"
for f in ../shared/datasets/*.csv; do
  base=$(basename "$f" .csv)
  "$native" synth "$f" -o "$work/inputs/$base.csv" --seed 5 --no-report >/dev/null 2>&1 || continue
  run_both "evaluate $base" evaluate "$f" "$work/inputs/$base.csv" --report @OUT@/r.pdf --html @OUT@/r.html --json @OUT@/r.json
done
if [ -f ../shared/datasets/lawschool.csv ]; then
  head -n 11001 ../shared/datasets/lawschool.csv >"$work/inputs/train.csv"
  (head -n 1 ../shared/datasets/lawschool.csv; tail -n +11002 ../shared/datasets/lawschool.csv) >"$work/inputs/holdout.csv"
  "$native" synth "$work/inputs/train.csv" -o "$work/inputs/train-synth.csv" --no-report >/dev/null 2>&1
  run_both "evaluate nl holdout cart" evaluate "$work/inputs/train.csv" "$work/inputs/train-synth.csv" --holdout "$work/inputs/holdout.csv" \
    --lang nl --cart-propensity --keys sex,race1 --target ugpa --groups 25 --seed 9 --report @OUT@/r.pdf --html @OUT@/r.html --json @OUT@/r.json
  run_both "synth holdout nl" synth ../shared/datasets/lawschool.csv -o @OUT@/s.csv --holdout --lang nl --metrics @OUT@/m.json
fi
# Model fits (--model): three copies pooled, every family, the report's interval chart in both languages.
if [ -f ../shared/datasets/cps1985.csv ]; then
  for s in 1 2 3; do "$native" synth ../shared/datasets/cps1985.csv -o "$work/inputs/cps-$s.csv" --seed $s --no-report >/dev/null 2>&1; done
  run_both "evaluate models cps1985" evaluate ../shared/datasets/cps1985.csv "$work/inputs/cps-1.csv" "$work/inputs/cps-2.csv" "$work/inputs/cps-3.csv" \
    --model 'wage ~ education + experience * gender + sector' --model 'union ~ age + occupation' --report @OUT@/r.pdf --html @OUT@/r.html --json @OUT@/r.json
  run_both "evaluate models nl poisson cps1985" evaluate ../shared/datasets/cps1985.csv "$work/inputs/cps-1.csv" "$work/inputs/cps-2.csv" \
    --model 'education ~ .' --family poisson --proper --lang nl --html @OUT@/r.html --json @OUT@/r.json
  run_both "synth copies models cps1985" synth ../shared/datasets/cps1985.csv -o @OUT@/s.csv --copies 2 --seed 3 --model 'wage ~ age + gender' --metrics @OUT@/m.json
  run_both "evaluate model typo" evaluate ../shared/datasets/cps1985.csv "$work/inputs/cps-1.csv" --model 'wage ~ educaton'
fi
model=Tests/SynthCoreTests/Fixtures/model/table.csv
run_both "evaluate models fixture" evaluate "$model" "$model" "$model" --model 'member ~ age + region + visits + age:visits' --json @OUT@/r.json
# Identifiers, kept answers, special codes, coarsening and pooling, worded in Dutch.
personal=Tests/SynthCoreTests/Fixtures/personal_identifiers.csv
run_both "analyze nl personal" analyze "$personal" --json --lang nl --min-count 3
run_both "synth privacy options" synth "$personal" -o @OUT@/p.csv --json @OUT@/p.json --lang nl \
  --coarsen postcode=pc4 --coarsen geboortedatum=month --pool-rare 5 --pool-rare comment=40 --not-missing income=NA --missing score=-9,999
run_both "synth coarsen year" synth "$personal" -o @OUT@/p.csv --method gc --coarsen geboortedatum=year --no-report
# Column names and categories beyond WinAnsi: the PDFs embed the same DejaVu Sans subset (web/fonts).
unicode=Tests/SynthCoreTests/Fixtures/unicode_columns.csv
run_both "synth analyst unicode" synth "$unicode" -o @OUT@/u.csv --analyst-report @OUT@/a.pdf --lang nl
run_both "evaluate unicode" evaluate "$unicode" "$unicode" --report @OUT@/r.pdf --html @OUT@/r.html
# Threads and workers: the native CLI on 1, 2 and 4 threads against the module on as many
# instances (the page's Web Workers; scripts/wasm-pool.mjs): the same bytes.
for n in 1 2 4; do
  wasm_workers=$n
  run_both "synth threads $n gss_wages" synth ../shared/datasets/gss_wages.csv -o @OUT@/s.csv --seed 6 --threads "$n" --metrics @OUT@/m.json --html @OUT@/r.html --cart-propensity
  run_both "synth threads $n strata proper" synth ../shared/datasets/cps1985.csv -o @OUT@/s.csv --seed 6 --threads "$n" --proper --copies 2 --strata occupation,gender --no-report
done
run_both "synth threads 4 tune" synth ../shared/datasets/cps1985.csv -o @OUT@/s.csv --seed 6 --threads 4 --tune --tune-budget 10 --metrics @OUT@/m.json
run_both "evaluate threads 4 holdout" evaluate "$work/inputs/train.csv" "$work/inputs/train-synth.csv" --holdout "$work/inputs/holdout.csv" --threads 4 --json @OUT@/r.json
wasm_workers=1
run_both "evaluate help" evaluate --help
run_both "evaluate bad synthetic" evaluate ../shared/datasets/lawschool.csv Tests/SynthCoreTests/Fixtures/ragged.csv
run_both "help" --help
run_both "selfcheck" selfcheck
run_both "analyze help" analyze --help
run_both "convert help" convert --help
run_both "synth help" synth --help
run_both "synth unknown column" synth ../shared/datasets/lawschool.csv -o x.csv --visit ugpa,nope
run_both "usage error" analyze --jsn x.csv
run_both "missing file" analyze does-not-exist.csv
run_both "type override" analyze ../shared/datasets/lawschool.csv --type sex=categorical --type ugpa=integer
echo "parity: $passed passed, $failed failed"
[ $failed = 0 ]
