#!/usr/bin/env node
// Runs one localsynth command in the WebAssembly module, as the page does (outputs stay in
// memory), and prints its exit code, seconds and the module's memory high-water mark in bytes as
// JSON (WebAssembly memory only grows, so its final size is the peak). For scripts/bench.sh:
//   node scripts/wasm-memory.mjs synth data.csv -o s.csv --report r.pdf
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCore } from '../web/core.mjs';

const args = process.argv.slice(2);
const wasm = process.env.LOCALSYNTH_WASM ?? fileURLToPath(new URL('../dist/localsynth.wasm', import.meta.url));
const core = await loadCore(readFileSync(wasm));
const inputs = core.inputsFor(args).map((path) => {
  try {
    return { path, bytes: new Uint8Array(readFileSync(path)) };
  } catch {
    return { path, status: 1 };
  }
});
const started = performance.now();
const result = core.run(args, inputs);
process.stdout.write(JSON.stringify({ exitCode: result.exitCode, seconds: (performance.now() - started) / 1000, memoryBytes: core.memoryBytes() }) + '\n');
