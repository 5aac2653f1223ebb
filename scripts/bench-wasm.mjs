#!/usr/bin/env node
// Times one localsynth command inside the WebAssembly core, without node's start-up:
// node scripts/bench-wasm.mjs analyze data.csv  ->  prints the best of 3 run times in seconds
// (BENCH_RUNS=1 for one run).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCore } from '../web/core.mjs';

const args = process.argv.slice(2);
const wasm = readFileSync(process.env.LOCALSYNTH_WASM ?? fileURLToPath(new URL('../dist/localsynth.wasm', import.meta.url)));
let best = Infinity;
const runs = Number(process.env.BENCH_RUNS ?? 3);
for (let i = 0; i < runs; i++) {
  const core = await loadCore(wasm);
  // Bundled files ("bundled:fonts/DejaVuSans.ttf") come from web/, as in scripts/wasm-run.mjs.
  const inputs = core.inputsFor(args).map((path) => ({
    path, bytes: readFileSync(path.startsWith('bundled:') ? fileURLToPath(new URL(`../web/${path.slice(8)}`, import.meta.url)) : path),
  }));
  const start = performance.now();
  const result = core.run(args, inputs);
  best = Math.min(best, (performance.now() - start) / 1000);
  if (result.exitCode !== 0) { process.stderr.write(result.stderr); process.exit(result.exitCode); }
}
console.log(best.toFixed(3));
