// PanelCore's WebAssembly module in a browser: JSON request bytes in, response bytes out, through the module's
// pc_* library exports (docs/ABI.md, "The WebAssembly module"). Nothing leaves the page: the module runs locally.

/** The ABI version this page speaks; the module's pc_abi_version must equal it. */
export const SUPPORTED_ABI_VERSION = 1;

const ENOSYS = 52;

/**
 * The nine WASI imports the module names. The library exports call random_get and clock_time_get (the page's
 * monotonic clock in nanoseconds, for a model's options.max_seconds).
 */
function wasiImports(memory) {
  const unavailable = () => ENOSYS;
  return {
    wasi_snapshot_preview1: {
      args_get: unavailable, args_sizes_get: unavailable, fd_close: unavailable, fd_read: unavailable,
      fd_seek: unavailable, fd_write: unavailable,
      clock_time_get: (clock, precision, pointer) => {
        new DataView(memory().buffer).setBigUint64(pointer, BigInt(Math.round(performance.now() * 1e6)), true);
        return 0;
      },
      proc_exit: (code) => { throw new Error(`panelcore.wasm exited with ${code}`); },
      random_get: (pointer, length) => {
        crypto.getRandomValues(new Uint8Array(memory().buffer, pointer, length));
        return 0;
      },
    },
  };
}

/** A tiny module using one SIMD instruction: `WebAssembly.validate` accepts it only where SIMD is supported. */
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0,
  253, 15, 253, 98, 11]);

/** Whether this browser runs WebAssembly SIMD (the default module needs it; panelcore-baseline.wasm does not). */
export function supportsSIMD() {
  return WebAssembly.validate(SIMD_PROBE);
}

/**
 * Fetches and compiles a module once: streaming compilation when the server sends `application/wasm`, else from
 * the bytes. The compiled `WebAssembly.Module` can be posted to workers, so a restarted worker never refetches it.
 */
export async function compileModule(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
  if (WebAssembly.compileStreaming) {
    try {
      return await WebAssembly.compileStreaming(response.clone());
    } catch (error) {
      if (!(error instanceof TypeError)) throw error; // a wrong MIME type: compile the bytes instead
    }
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** One instance of the module; `run` answers one request at a time. A trap discards the instance. */
export class Engine {
  #module;
  #exports = null;

  static async load(url) {
    return new Engine(await compileModule(url));
  }

  constructor(module) {
    this.#module = module;
  }

  /** Answers request bytes (Uint8Array) or text; resolves to { status: 0 ok | 1 error response, bytes, text }. */
  async run(request) {
    const bytes = typeof request === 'string' ? new TextEncoder().encode(request) : request;
    try {
      const e = await this.#instanceExports();
      const pointer = e.pc_alloc(bytes.length);
      if (pointer === 0 && bytes.length > 0) throw new Error(`panelcore.wasm cannot allocate ${bytes.length} bytes`);
      new Uint8Array(e.memory.buffer, pointer, bytes.length).set(bytes);
      // The module frees the request once parsed (not beside the decoded data during the estimation).
      const status = e.pc_run_consuming(pointer, bytes.length);
      if (status === 2) throw new Error('panelcore.wasm ran out of memory storing the response');
      const answer = new Uint8Array(e.memory.buffer, e.pc_result_ptr(), e.pc_result_len()).slice();
      e.pc_result_free();
      return { status, bytes: answer, text: new TextDecoder().decode(answer) };
    } catch (error) {
      this.#exports = null;
      throw error;
    }
  }

  // Instantiated asynchronously: browsers refuse synchronous instantiation of large modules on the main thread.
  async #instanceExports() {
    if (this.#exports === null) {
      let exports = null;
      const instance = await WebAssembly.instantiate(this.#module, wasiImports(() => exports.memory));
      exports = instance.exports;
      const version = exports.pc_abi_version();
      if (version !== SUPPORTED_ABI_VERSION) {
        throw new Error(`panelcore.wasm speaks ABI ${version}; this page speaks ${SUPPORTED_ABI_VERSION}`);
      }
      this.#exports = exports;
    }
    return this.#exports;
  }
}
