#!/usr/bin/env node
// Runs a localsynth command through the WebAssembly module the browser loads, with the native
// CLI's arguments, files and exit codes:  node scripts/wasm-run.mjs analyze data.csv --json
// The module comes from dist/localsynth.wasm (scripts/build-wasm.sh) or $LOCALSYNTH_WASM;
// LOCALSYNTH_WORKERS=N runs it on N instances, as the page does on N Web Workers.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputStatus, loadCore } from '../web/core.mjs';
import { runPooled } from './wasm-pool.mjs';

const args = process.argv.slice(2);
if (args[0] === 'serve') {
  process.stderr.write("localsynth: error: 'serve' runs only in the native CLI\n");
  process.exit(2);
}
const wasmPath = process.env.LOCALSYNTH_WASM ?? fileURLToPath(new URL('../dist/localsynth.wasm', import.meta.url));

// A progress bar on a terminal for runs over a second, as the native CLI draws it.
const started = Date.now();
let drawn = -1;
function onProgress(stage, fraction) {
  if (!process.stderr.isTTY || Date.now() - started < 1000) return;
  const percent = Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
  if (percent === drawn) return;
  drawn = percent;
  const filled = Math.floor((percent * 30) / 100);
  process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(30 - filled)}] ${percent}% ${stage}\x1b[K`);
}

function fail(message) {
  process.stderr.write(`localsynth: error: ${message}\n`);
  process.exit(1);
}

// Files that ship with LocalSynth ("bundled:fonts/DejaVuSans.ttf") come from web/, as the native
// CLI reads them from its source tree; the core still sees the bundled name.
const BUNDLED = 'bundled:';
const onDisk = (path) => path.startsWith(BUNDLED) ? fileURLToPath(new URL(`../web/${path.slice(BUNDLED.length)}`, import.meta.url)) : path;

function readInput(path) {
  const file = onDisk(path);
  let isDirectory;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch (error) {
    return { path, status: error.code === 'ENOENT' ? InputStatus.notFound : InputStatus.unreadable };
  }
  if (isDirectory) return { path, status: InputStatus.isDirectory };
  try {
    return { path, status: InputStatus.ok, bytes: readFileSync(file) };
  } catch (error) {
    // Node cannot hold a file over 2 GB in one buffer; the native CLI can.
    if (error.code === 'ERR_FS_FILE_TOO_LARGE') fail(`${path}: the file is larger than 2 GB, more than the WebAssembly core can hold; use the localsynth command line`);
    return { path, status: InputStatus.unreadable };
  }
}

// LOCALSYNTH_WORKERS=N runs the command on N module instances, as the page's pool of Web Workers.
const workers = Number(process.env.LOCALSYNTH_WORKERS ?? 1);
const wasm = readFileSync(wasmPath);
const core = await loadCore(wasm, { onProgress });
let result;
try {
  const inputs = core.inputsFor(args).map(readInput);
  result = workers > 1 ? (await runPooled(wasm, args, inputs, workers, { core })).result : core.run(args, inputs);
} catch (error) {
  // A trap is a bug in the core: input errors come back as exit codes with a message. What it
  // finished before (the synthetic data) is still written.
  for (const file of error.files ?? []) writeFileSync(file.path, file.bytes);
  fail(`internal error in the WebAssembly core (${error.message}); please report it with the command you ran`);
}
if (drawn >= 0) process.stderr.write('\r\x1b[K');
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
let exitCode = result.exitCode;
for (const file of result.files) {
  try {
    writeFileSync(file.path, file.bytes);
  } catch (error) {
    process.stderr.write(`localsynth: error: ${file.path}: cannot write the file (${error.message})\n`);
    exitCode = 1;
    break;
  }
}
process.exitCode = exitCode;
