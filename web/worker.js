// Runs the LocalSynth core off the page's thread, so the page stays responsive while it works.
// Messages in:  {type: 'init', wasm?: ArrayBuffer}          (without wasm it fetches localsynth.wasm)
//               {type: 'file', path, bytes: ArrayBuffer}     (the page's one file, kept for the runs that name it)
//               {type: 'run', id, args: string[]}
// Messages out: {type: 'ready'} · {type: 'progress', stage, fraction} · {type: 'result', id, ...}
//               {type: 'error', id?, message, outOfMemory}
// The one-file build joins core.mjs and this file into one classic script, dropping the import.
import { loadCore } from './core.mjs';

let core = null;
const files = new Map();
const text = new TextDecoder();

function describe(error) {
  const message = error && error.message ? error.message : String(error);
  // A failed memory.grow or allocation shows up as one of these; say it plainly.
  const outOfMemory = error instanceof RangeError || /memory|unreachable|allocation/i.test(message);
  return { message, outOfMemory };
}

self.onmessage = async (event) => {
  const message = event.data;
  try {
    if (message.type === 'init') {
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
    } else if (message.type === 'run') {
      const inputs = core.inputsFor(message.args).map((path) =>
        files.has(path) ? { path, bytes: files.get(path) } : { path, status: 1 });
      const result = core.run(message.args, inputs);
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
