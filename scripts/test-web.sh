#!/usr/bin/env bash
# Browser and server tests: builds the web app (scripts/build-web.sh) and the native CLI, then runs
# Tests/browser with Selenium and Debian's chromium + chromedriver. Installs chromium,
# chromium-driver and python3-venv from Debian and selenium + pytest from PyPI (into .build/venv)
# when missing. Screenshots of every step go to .build/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
# The tests read the page's PDFs with pdftotext.
command -v pdftotext >/dev/null || need+=(poppler-utils)
python3 -c "import ensurepip, venv" 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  echo "test-web: installing ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi
if [ ! -x .build/venv/bin/pytest ] || ! .build/venv/bin/python -c "import selenium" 2>/dev/null; then
  python3 -m venv .build/venv
  .build/venv/bin/pip install -q selenium pytest
fi
swift build -c release --product localsynth 2>&1 | grep -E "error|warning: " | grep -v "should be located" || true
scripts/build-web.sh
LOCALSYNTH="$(swift build -c release --show-bin-path)/localsynth" .build/venv/bin/python -m pytest -q -p no:cacheprovider Tests/browser
