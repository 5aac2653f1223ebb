// Loads the LocalSynth core (dist/localsynth.wasm) and runs commands in it. The browser's worker
// and scripts/wasm-run.mjs both use this file, so both drive the module the same way.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Input file status codes, as InputFile.Status in the core. */
export const InputStatus = { ok: 0, notFound: 1, isDirectory: 2, unreadable: 3 };

/**
 * @param {BufferSource} wasmBytes the module
 * @param {{onProgress?: (stage: string, fraction: number) => void}} [options]
 */
export async function loadCore(wasmBytes, { onProgress } = {}) {
  const module = await WebAssembly.compile(wasmBytes);
  let exports;
  let early = [];
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
        early.push({ path: decoder.decode(view(pathPointer, pathLength)), bytes: view(pointer, length).slice() });
      },
      // Seconds, read only when a command is given --timing.
      ls_clock: () => performance.now() / 1000,
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
     * @returns {{exitCode: number, stdout: Uint8Array, stderr: Uint8Array, files: {path: string, bytes: Uint8Array}[]}}
     * On a trap the error carries `files`: the outputs finished before it.
     */
    run(args, inputs) {
      setArguments(args);
      const owned = [];
      early = [];
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
          error.files = early;
          throw error;
        }
        const result = { exitCode, stdout: null, stderr: null, files: early };
        const count = exports.ls_output_count();
        for (let i = 0; i < count; i++) {
          const bytes = copy(exports.ls_output_ptr(i), exports.ls_output_len(i));
          if (i === 0) result.stdout = bytes;
          else if (i === 1) result.stderr = bytes;
          else result.files.push({ path: decoder.decode(copy(exports.ls_output_name_ptr(i), exports.ls_output_name_len(i))), bytes });
        }
        return result;
      } finally {
        exports.ls_reset();
        for (const pointer of owned) exports.ls_free(pointer);
      }
    },
  };
}
