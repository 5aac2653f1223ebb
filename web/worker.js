// Runs the LocalSynth core off the page's thread, so the page stays responsive while it works.
// Messages in:  {type: 'init', wasm?: ArrayBuffer or WebAssembly.Module, bundled?}  (without wasm it fetches localsynth.wasm;
//                                                           bundled: {name: base64} in the one-file build)
//               {type: 'file', path, bytes: ArrayBuffer}     (the page's one file, kept for the runs that name it)
//               {type: 'run', id, args: string[], workers?}  (workers: how many module instances may share it)
// Messages out: {type: 'ready'} · {type: 'progress', stage, fraction} · {type: 'result', id, ...}
//               {type: 'error', id?, message, outOfMemory}
// With workers > 1 (only when the page is cross-origin isolated, so SharedArrayBuffer exists) this
// worker starts helpers: more of these workers, each with its own module and a copy of the file
// (kept until the next file), that run the same command as pool members and trade task results
// (core.mjs createExchange).
// A helper gets {type: 'run', args, pool: {exchange, member}} and answers {type: 'done', failed};
// its outputs are dropped. Helpers end with this worker, so cancelling a run stops them too.
// The one-file build joins core.mjs and this file into one classic script, dropping the import.
import { abandonExchange, createExchange, loadCore } from './core.mjs';

let core = null;
const files = new Map();
const text = new TextDecoder();
/** Started helpers: {worker, ready: Promise, busy: Promise}. */
const helpers = [];

// Files that ship with the app, named "bundled:fonts/DejaVuSans.ttf" by the core (the PDF's font
// for text beyond WinAnsi). Each is fetched from this origin once, and only for a run whose
// arguments or files go beyond ASCII: the core reads the font for no other text, so leaving it
// out changes nothing else. The one-file build has them inline instead.
const BUNDLED = 'bundled:';
const bundled = new Map();
/** The one-file build's {name: base64}; then nothing is fetched. */
let inlineBundled = null;

async function bundledFile(name) {
  if (!bundled.has(name)) {
    let bytes = null;
    if (inlineBundled) {
      if (inlineBundled[name]) bytes = base64Bytes(inlineBundled[name]);
    } else {
      try {
        const response = await fetch(name);
        if (response.ok) bytes = new Uint8Array(await response.arrayBuffer());
      } catch {
        // Offline or blocked: the report does without (the core says so).
      }
    }
    bundled.set(name, bytes);
  }
  return bundled.get(name);
}

function base64Bytes(encoded) {
  const binary = atob(encoded.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function beyondASCII(args, inputs) {
  for (const argument of args) if (/[^\x00-\x7f]/.test(argument)) return true;
  for (const { bytes } of inputs) {
    if (!bytes) continue;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return true;
  }
  return false;
}

function describe(error) {
  const message = error && error.message ? error.message : String(error);
  // A failed memory.grow or allocation shows up as one of these; say it plainly.
  const outOfMemory = error instanceof RangeError || /memory|unreachable|allocation/i.test(message);
  return { message, outOfMemory };
}

/** Up to `count` helpers, started once per file and kept; fewer when the browser refuses more workers. */
async function startHelpers(count) {
  while (helpers.length < count) {
    let worker;
    try {
      worker = new Worker(self.location.href, { type: 'module' });
    } catch {
      break;
    }
    const helper = { worker, busy: Promise.resolve() };
    helper.ready = new Promise((resolve, reject) => {
      worker.onmessage = (event) => { if (event.data.type === 'ready') resolve(); };
      worker.onerror = (event) => reject(new Error(event.message || 'helper failed'));
    });
    // The compiled module: the helper shares its machine code instead of compiling it again.
    worker.postMessage({ type: 'init', wasm: core.module });
    for (const [path, bytes] of files) worker.postMessage({ type: 'file', path, bytes: bytes.slice().buffer });
    helpers.push(helper);
  }
  const ready = await Promise.allSettled(helpers.slice(0, count).map((helper) => helper.ready));
  return helpers.slice(0, count).filter((_, i) => ready[i].status === 'fulfilled');
}

/** Runs a command here, with helpers as the pool's other members when there are any. */
async function runCommand(args, inputs, workers) {
  const pooled = workers > 1 && self.crossOriginIsolated ? await startHelpers(workers - 1) : [];
  if (pooled.length === 0) return core.run(args, inputs);
  // A helper still finishing the last run (its report) takes this one after it.
  await Promise.all(pooled.map((helper) => helper.busy));
  const exchange = createExchange(pooled.length + 1);
  pooled.forEach((helper, i) => {
    helper.busy = new Promise((resolve) => {
      const end = (failed) => {
        // A module that failed (out of memory) is not trusted again: the next run starts a new one.
        if (failed) {
          helper.worker.terminate();
          const index = helpers.indexOf(helper);
          if (index >= 0) helpers.splice(index, 1);
        }
        resolve();
      };
      helper.worker.onmessage = (event) => { if (event.data.type === 'done') end(event.data.failed); };
      helper.worker.onerror = () => { abandonExchange(exchange); end(true); };
    });
    helper.worker.postMessage({ type: 'run', args, pool: { exchange, member: i + 1 } });
  });
  return core.run(args, inputs, { pool: { exchange, member: 0 } });
}

/** The inputs a command names: the file, and the bundled files a run beyond ASCII needs. */
async function inputsFor(args) {
  const planned = core.inputsFor(args);
  const inputs = planned.filter((path) => !path.startsWith(BUNDLED)).map((path) =>
    files.has(path) ? { path, bytes: files.get(path) } : { path, status: 1 });
  const needed = beyondASCII(args, inputs);
  for (const path of planned.filter((p) => p.startsWith(BUNDLED))) {
    const bytes = needed ? await bundledFile(path.slice(BUNDLED.length)) : null;
    inputs.push(bytes ? { path, bytes } : { path, status: 1 });
  }
  return inputs;
}

self.onmessage = async (event) => {
  const message = event.data;
  if (message.type === 'run' && message.pool) {
    // A helper's part of a pooled run: the same command, its outputs dropped.
    let failed = false;
    try {
      core.run(message.args, await inputsFor(message.args), { pool: message.pool, keepOutputs: false });
    } catch {
      abandonExchange(message.pool.exchange);
      failed = true;
    }
    self.postMessage({ type: 'done', failed });
    return;
  }
  try {
    if (message.type === 'init') {
      if (message.bundled) inlineBundled = message.bundled;
      let bytes = message.wasm;
      if (!bytes) {
        const response = await fetch('localsynth.wasm');
        if (!response.ok) throw new Error(`localsynth.wasm: HTTP ${response.status}`);
        bytes = await response.arrayBuffer();
      }
      let last = -1;
      core = await loadCore(bytes, {
        onProgress(stage, fraction) {
          // Per-mille steps are enough for a progress bar and keep the messages few.
          const step = Math.floor(fraction * 1000);
          if (step === last) return;
          last = step;
          self.postMessage({ type: 'progress', stage, fraction });
        },
      });
      self.postMessage({ type: 'ready' });
    } else if (message.type === 'file') {
      // A new file replaces the last one, so the worker never holds two large files.
      files.clear();
      files.set(message.path, new Uint8Array(message.bytes));
      // Helpers of the last file go: a large file may run on this worker alone, and a helper
      // started later gets the file then.
      for (const helper of helpers) helper.worker.terminate();
      helpers.length = 0;
    } else if (message.type === 'run') {
      const result = await runCommand(message.args, await inputsFor(message.args), message.workers ?? 1);
      const transfer = result.files.map((file) => file.bytes.buffer);
      self.postMessage({
        type: 'result', id: message.id, exitCode: result.exitCode,
        stdout: text.decode(result.stdout), stderr: text.decode(result.stderr), files: result.files,
      }, transfer);
    }
  } catch (error) {
    // Outputs finished before a failure of the module (the synthetic data) still reach the page.
    self.postMessage({ type: 'error', id: message.id, files: error.files ?? [], ...describe(error) });
  }
};
