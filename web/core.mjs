// Loads the LocalSynth core (dist/localsynth.wasm) and runs commands in it. The browser's worker
// and scripts/wasm-run.mjs both use this file, so both drive the module the same way.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Input file status codes, as InputFile.Status in the core. */
export const InputStatus = { ok: 0, notFound: 1, isDirectory: 2, unreadable: 3 };

/** A member's log of results may grow to this; past it the pool gives up and each computes alone. */
const LOG_LIMIT = 2 ** 30;

/**
 * The exchange of a pool of module instances that run one command on the same inputs (one per Web
 * Worker; see Workers.Pool in the core). `control` holds a failure flag and then, per member, the
 * count of results it has published; `logs` holds each member's results in the order it published
 * them, each as loop, task and length (int32) and the bytes, padded to 4. Only a member writes its
 * own log, and every member reads another's log in the order it was written.
 */
export function createExchange(members) {
  return {
    control: new SharedArrayBuffer(4 * (members + 1)),
    logs: Array.from({ length: members }, () => new SharedArrayBuffer(1 << 16, { maxByteLength: LOG_LIMIT })),
  };
}

/** Tells every member that the pool failed (a member ran out of memory): each computes alone. */
export function abandonExchange(exchange) {
  const control = new Int32Array(exchange.control);
  Atomics.store(control, 0, 1);
  for (let i = 0; i < control.length; i++) Atomics.notify(control, i);
}

/**
 * @param {BufferSource | WebAssembly.Module} wasmBytes the module, or the module compiled
 * @param {{onProgress?: (stage: string, fraction: number) => void}} [options]
 */
export async function loadCore(wasmBytes, { onProgress } = {}) {
  // A compiled module may be passed on to other workers, which then share its machine code.
  const module = wasmBytes instanceof WebAssembly.Module ? wasmBytes : await WebAssembly.compile(wasmBytes);
  let exports;
  let early = [];
  let keepOutputs = true;
  // The run's pool: {exchange, control, member, written, cursors, pending}.
  let pool = null;
  // Pointers and lengths cross the ABI as signed i32: past 2 GB of memory they read as negative.
  const view = (pointer, length) => new Uint8Array(exports.memory.buffer, pointer >>> 0, length >>> 0);
  const imports = {
    env: {
      ls_progress(pointer, length, fraction) {
        if (onProgress) onProgress(decoder.decode(view(pointer, length)), fraction);
      },
      // An output finished during the run (the synthetic data before its report): kept here, so
      // that it survives a later failure of the module.
      ls_output_file(pathPointer, pathLength, pointer, length) {
        if (keepOutputs) early.push({ path: decoder.decode(view(pathPointer, pathLength)), bytes: view(pointer, length).slice() });
      },
      // Seconds, read only when a command is given --timing.
      ls_clock: () => performance.now() / 1000,
      ls_pool_publish(loop, task, pointer, length) {
        const log = pool.exchange.logs[pool.member];
        const end = pool.written + 12 + ((length + 3) & ~3);
        if (end > log.byteLength) {
          try {
            log.grow(Math.min(LOG_LIMIT, Math.max(end, 2 * log.byteLength)));
          } catch {
            // Past the limit: the others compute this member's results themselves.
          }
          if (end > log.byteLength) { abandonExchange(pool.exchange); return; }
        }
        new Int32Array(log, pool.written, 3).set([loop, task, length]);
        new Uint8Array(log, pool.written + 12, length).set(view(pointer, length));
        pool.written = end;
        // The count is written last: a member that reads it sees the record complete.
        Atomics.add(pool.control, 1 + pool.member, 1);
        Atomics.notify(pool.control, 1 + pool.member);
      },
      ls_pool_wait(from, loop, task) {
        const cursor = pool.cursors[from];
        for (;;) {
          if (Atomics.load(pool.control, 0) !== 0) return -1;
          if (Atomics.load(pool.control, 1 + from) > cursor.index) break;
          // The timeout only lets a failure flag be seen; a result wakes this at once.
          Atomics.wait(pool.control, 1 + from, cursor.index, 250);
        }
        const log = pool.exchange.logs[from];
        const [recordLoop, recordTask, length] = new Int32Array(log, cursor.offset, 3);
        // Every member makes the same loops in the same order; anything else is a defect, and
        // computing alone still gives the right bytes.
        if (recordLoop !== loop || recordTask !== task) { abandonExchange(pool.exchange); return -1; }
        pool.pending = new Uint8Array(log, cursor.offset + 12, length);
        cursor.offset += 12 + ((length + 3) & ~3);
        cursor.index += 1;
        return length;
      },
      ls_pool_take(pointer, length) {
        view(pointer, length).set(pool.pending.subarray(0, length));
        pool.pending = null;
      },
    },
  };
  const instance = await WebAssembly.instantiate(module, imports);
  exports = instance.exports;
  exports._initialize();

  // Copies bytes into wasm memory; the caller frees the pointer.
  function put(bytes) {
    // Lengths cross the ABI as 32-bit signed integers.
    if (bytes.length > 0x7fffffff) {
      throw new Error(`${(bytes.length / 2 ** 30).toFixed(1)} GB is more than the WebAssembly core can hold (2 GB); use the localsynth command line`);
    }
    const pointer = exports.ls_alloc(bytes.length) >>> 0;
    if (!pointer) throw new Error(`cannot allocate ${bytes.length} bytes in the WebAssembly memory`);
    view(pointer, bytes.length).set(bytes);
    return pointer;
  }
  // Views go stale when memory grows, so every read makes a fresh one and copies out.
  const copy = (pointer, length) => view(pointer, length).slice();

  function setArguments(args) {
    exports.ls_reset();
    for (const argument of args) {
      const bytes = encoder.encode(argument);
      const pointer = put(bytes);
      exports.ls_add_argument(pointer, bytes.length);
      exports.ls_free(pointer);
    }
  }

  return {
    /** The compiled module, for more instances of it (a pool's other workers). */
    module,

    /** Bytes of WebAssembly memory the module holds: its high-water mark, since memory never shrinks. */
    memoryBytes: () => exports.memory.buffer.byteLength,

    /** The paths of the input files a command line needs. */
    inputsFor(args) {
      setArguments(args);
      const count = exports.ls_plan();
      const paths = [];
      for (let i = 0; i < count; i++) {
        paths.push(decoder.decode(copy(exports.ls_input_path_ptr(i), exports.ls_input_path_len(i))));
      }
      return paths;
    },

    /**
     * Runs a command line.
     * @param {string[]} args
     * @param {{path: string, status?: number, bytes?: Uint8Array}[]} inputs
     * @param {{pool?: {exchange: object, member: number}, keepOutputs?: boolean}} [options] pool: this
     *   instance's place in a pool (createExchange) whose members all run these arguments and inputs;
     *   keepOutputs false drops the files (a pool's helper, whose files the first member has too).
     * @returns {{exitCode: number, stdout: Uint8Array, stderr: Uint8Array, files: {path: string, bytes: Uint8Array}[]}}
     * On a trap the error carries `files`: the outputs finished before it.
     */
    run(args, inputs, options = {}) {
      setArguments(args);
      const owned = [];
      early = [];
      keepOutputs = options.keepOutputs ?? true;
      pool = null;
      if (options.pool) {
        const { exchange, member } = options.pool;
        pool = {
          exchange, member, control: new Int32Array(exchange.control), written: 0, pending: null,
          cursors: exchange.logs.map(() => ({ offset: 0, index: 0 })),
        };
        exports.ls_set_pool(exchange.logs.length, member);
      }
      try {
        for (const file of inputs) {
          const path = encoder.encode(file.path);
          const pathPointer = put(path);
          owned.push(pathPointer);
          let dataPointer = 0;
          let dataLength = 0;
          if (file.bytes) {
            dataPointer = put(file.bytes);
            dataLength = file.bytes.length;
            owned.push(dataPointer);
          }
          exports.ls_add_input(pathPointer, path.length, dataPointer, dataLength, file.status ?? InputStatus.ok);
        }
        let exitCode;
        try {
          exitCode = exports.ls_run();
        } catch (error) {
          // The others must not wait for this member's results.
          if (pool) abandonExchange(pool.exchange);
          error.files = early;
          throw error;
        }
        const result = { exitCode, stdout: null, stderr: null, files: early };
        const count = keepOutputs ? exports.ls_output_count() : 2;
        for (let i = 0; i < count; i++) {
          const bytes = copy(exports.ls_output_ptr(i), exports.ls_output_len(i));
          if (i === 0) result.stdout = bytes;
          else if (i === 1) result.stderr = bytes;
          else result.files.push({ path: decoder.decode(copy(exports.ls_output_name_ptr(i), exports.ls_output_name_len(i))), bytes });
        }
        return result;
      } finally {
        pool = null;
        exports.ls_reset();
        for (const pointer of owned) exports.ls_free(pointer);
      }
    },
  };
}
