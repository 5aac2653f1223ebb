#!/usr/bin/env bash
# Builds SynthCore + SynthWasm as Embedded Swift for wasm32 (a WASI reactor) into dist/localsynth.wasm.
# Installs wasi-libc, the wasm32 compiler runtime and binaryen from Debian when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -f /usr/lib/wasm32-wasi/libc.a ] || need+=(wasi-libc)
[ -f /usr/lib/llvm-16/lib/clang/16/lib/wasi/libclang_rt.builtins-wasm32.a ] || need+=(libclang-rt-16-dev-wasm32)
command -v wasm-opt >/dev/null || need+=(binaryen)
if [ ${#need[@]} -gt 0 ]; then
  echo "build-wasm: installing ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >&2
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! swift build --triple wasm32-unknown-none-wasm --toolset wasm-toolset.json \
  --product SynthWasm -c release --scratch-path .build-wasm >"$log" 2>&1; then
  grep -v "^\[" "$log" >&2
  echo "build-wasm: the wasm build failed" >&2
  exit 1
fi
grep -E "warning|error" "$log" | grep -v "should be located" >&2 || true
built=.build-wasm/wasm32-unknown-none-wasm/release/SynthWasm.wasm
mkdir -p dist
# -O3, not -Oz: the trees run about 10% faster for 7% more bytes.
wasm-opt -O3 --strip-debug --strip-producers "$built" -o dist/localsynth.wasm
echo "build-wasm: dist/localsynth.wasm ($(wc -c < dist/localsynth.wasm) bytes)" >&2
