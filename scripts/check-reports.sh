#!/usr/bin/env bash
# Renders the report of every shared dataset (English, and Dutch for one) with the native CLI and
# checks each PDF with qpdf --check, that pdftotext finds every section title, and that the HTML
# names every section; a rare category only in the analyst report, which is marked on every page;
# Greek and Cyrillic names in an embedded DejaVu Sans subset that pdftotext reads back.
# Installs qpdf and poppler-utils from Debian when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v qpdf >/dev/null || ! command -v pdftotext >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq qpdf poppler-utils
fi
native=${LOCALSYNTH_NATIVE:-$(swift build --show-bin-path)/localsynth}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
english=("Summary" "Data and settings" "Columns" "Pairs of columns" "Overall utility" "Specific utility" "Disclosure risk" "How the method works and its limits" "Glossary")
dutch=("Samenvatting" "Data en instellingen" "Kolommen" "Paren van kolommen" "Algemene bruikbaarheid" "Specifieke bruikbaarheid" "Onthullingsrisico" "Hoe de methode werkt en haar beperkingen" "Woordenlijst")
checked=0 failed=0
check() {
  local pdf=$1 html=$2; shift 2
  local ok=1
  qpdf --check "$pdf" >"$work/qpdf.log" 2>&1 || { ok=0; echo "  qpdf --check failed:"; tail -5 "$work/qpdf.log"; }
  pdftotext -layout "$pdf" "$work/text.txt" 2>/dev/null || { ok=0; echo "  pdftotext failed"; }
  for title in "$@"; do
    grep -qF "$title" "$work/text.txt" || { ok=0; echo "  PDF lacks section '$title'"; }
    grep -qF "$title" "$html" || { ok=0; echo "  HTML lacks section '$title'"; }
  done
  if [ $ok = 1 ]; then checked=$((checked + 1)); else failed=$((failed + 1)); echo "FAIL report: $pdf"; fi
}
for f in ../shared/datasets/*.csv; do
  base=$(basename "$f" .csv)
  "$native" synth "$f" -o "$work/$base.csv" --seed 3 >/dev/null
  check "$work/$base-report.pdf" "$work/$base-report.html" "${english[@]}"
done
"$native" synth web/demo/lawschool.csv -o "$work/nl.csv" --lang nl --holdout >/dev/null
check "$work/nl-report.pdf" "$work/nl-report.html" "${dutch[@]}"
# Hostile column names must come out as text; a hostile category held by one row (a rare one)
# only in the analyst report, escaped, and never in the publication report.
printf '%s\n' '<script>alert(1)</script>,) Tj (,plain' >"$work/hostile.csv"
for i in $(seq 1 60); do echo "a$((i % 3)),$((i % 7)),$((i * 13 % 17))" >>"$work/hostile.csv"; done
echo '<i>Zyxwv</i>,3,4' >>"$work/hostile.csv"
"$native" synth "$work/hostile.csv" -o "$work/h.csv" --analyst-report "$work/h-analyst.pdf" --analyst-report "$work/h-analyst.html" >/dev/null
check "$work/h-report.pdf" "$work/h-report.html" "${english[@]}"
grep -qF '<script>alert' "$work/h-report.html" && { echo "FAIL: unescaped <script> in HTML"; failed=$((failed + 1)); }
grep -qF ') Tj (' "$work/text.txt" || { echo "FAIL: ') Tj (' not printed as text in the PDF"; failed=$((failed + 1)); }
grep -qF '<script>alert(1)</script>' "$work/text.txt" || { echo "FAIL: '<script>' name not printed as text in the PDF"; failed=$((failed + 1)); }
grep -qF 'Zyxwv' "$work/text.txt" "$work/h-report.html" && { echo "FAIL: a category of one row in the publication report"; failed=$((failed + 1)); }
check "$work/h-analyst.pdf" "$work/h-analyst.html" "${english[@]}"
grep -qF '<i>Zyxwv</i>' "$work/text.txt" || { echo "FAIL: the analyst PDF lacks the rare category"; failed=$((failed + 1)); }
grep -qF '&lt;i&gt;Zyxwv&lt;/i&gt;' "$work/h-analyst.html" || { echo "FAIL: the analyst HTML lacks the escaped rare category"; failed=$((failed + 1)); }
# The analyst marking on every page of the PDF (pdftotext ends each page with a form feed).
pages=$(pdfinfo "$work/h-analyst.pdf" | awk '/^Pages:/ {print $2}')
marked=$(tr '\f' '\n' <"$work/text.txt" | grep -cF 'Contains real values; not for publication' || true)
[ "$marked" -ge "$pages" ] || { echo "FAIL: the analyst marking on $marked of $pages pages"; failed=$((failed + 1)); }
grep -qF 'Contains real values; not for publication' "$work/h-analyst.html" || { echo "FAIL: the analyst HTML is not marked"; failed=$((failed + 1)); }
# Names beyond WinAnsi print in a subset of DejaVu Sans (web/fonts) that poppler renders without
# complaint, and pdftotext gives them back as written; a report that fits WinAnsi embeds nothing.
"$native" synth Tests/SynthCoreTests/Fixtures/unicode_columns.csv -o "$work/u.csv" --seed 2 >"$work/u.out"
check "$work/u-report.pdf" "$work/u-report.html" "${english[@]}"
for name in 'Ωμέγα' 'Кириллица' 'Αθήνα' 'Санкт-Петербург' 'Київ' 'naïve' 'emoji 😀'; do
  grep -qF "$name" "$work/text.txt" || { echo "FAIL: '$name' is not in the text of the Unicode PDF"; failed=$((failed + 1)); }
done
pdffonts "$work/u-report.pdf" >"$work/fonts.txt"
grep -qE '^[A-Z]{6}\+DejaVuSans +CID TrueType +Identity-H +yes +yes +yes' "$work/fonts.txt" ||
  { echo "FAIL: the Unicode PDF has no embedded DejaVu Sans subset with a ToUnicode map"; failed=$((failed + 1)); }
pdftoppm -png -r 40 "$work/u-report.pdf" "$work/u-page" 2>"$work/render.log" || true
[ ! -s "$work/render.log" ] || { echo "FAIL: poppler complains rendering the Unicode PDF:"; head -5 "$work/render.log"; failed=$((failed + 1)); }
grep -qF 'that DejaVu Sans lacks' "$work/u.out" || { echo "FAIL: no note on the CJK characters DejaVu Sans lacks"; failed=$((failed + 1)); }
if [ -f "$work/lawschool-report.pdf" ]; then
  pdffonts "$work/lawschool-report.pdf" >"$work/fonts.txt"
  grep -q DejaVuSans "$work/fonts.txt" && { echo "FAIL: a WinAnsi report embeds the Unicode font"; failed=$((failed + 1)); }
fi
echo "reports: $checked passed, $failed failed"
[ $failed = 0 ]
