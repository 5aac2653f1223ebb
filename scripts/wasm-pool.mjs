// Runs one command on a pool of WebAssembly module instances, as the page's Web Workers do: this
// thread is member 0 and keeps the outputs; members 1.. run in worker threads, trade task results
// through the exchange (web/core.mjs) and drop their outputs. Used by wasm-run.mjs
// (LOCALSYNTH_WORKERS=N), the module's tests and the bench.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createExchange, loadCore } from '../web/core.mjs';

/**
 * @returns {Promise<{result: object, published: number[]}>} member 0's result, and how many
 *   results each member handed to the others.
 */
export async function runPooled(wasm, args, inputs, members, { onProgress, core: loaded } = {}) {
  const exchange = createExchange(members);
  const core = loaded ?? await loadCore(wasm, { onProgress });
  const helpers = [];
  for (let member = 1; member < members; member++) {
    const worker = new Worker(new URL(import.meta.url), { workerData: { wasm: core.module, args, inputs, exchange, member } });
    helpers.push(new Promise((resolve, reject) => {
      worker.on('message', resolve);
      worker.on('error', reject);
    }));
  }
  let result;
  try {
    result = core.run(args, inputs, { pool: { exchange, member: 0 } });
  } finally {
    await Promise.allSettled(helpers);
  }
  return { result, published: Array.from(new Int32Array(exchange.control).subarray(1)) };
}

if (!isMainThread && workerData?.exchange) {
  const { wasm, args, inputs, exchange, member } = workerData;
  const core = await loadCore(wasm);
  // A failure here abandons the exchange (core.mjs), so member 0 computes the rest itself.
  let exitCode = -1;
  try {
    exitCode = core.run(args, inputs, { pool: { exchange, member }, keepOutputs: false }).exitCode;
  } catch {
    // Member 0's result is what counts.
  }
  parentPort.postMessage(exitCode);
}
