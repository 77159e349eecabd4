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

/**
 * A module of 43 bytes that imports a JavaScript function of the type the module's pc_run_with_file calls,
 * read(offset: i64, destination: i32, length: i32) -> copied: i32, and exports it as a WebAssembly function —
 * the only kind a WebAssembly.Table holds.
 */
const READER_MODULE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 1, 96, 3, 126, 127, 127, 1, 127, 2, 13, 1, 4, 104,
  111, 115, 116, 4, 114, 101, 97, 100, 0, 0, 7, 8, 1, 4, 114, 101, 97, 100, 0, 0]);

/**
 * A data file (a File or Blob, e.g. from <input type=file>) read in pieces where the module asks: in a worker
 * synchronously with FileReaderSync and `Blob.slice`, so the file is never held whole; on the main thread, where
 * there is no synchronous reading, its bytes are read first. `read(offset, view)` fills `view` and says how many it copied.
 */
async function openDataFile(blob) {
  if (typeof FileReaderSync === 'undefined') {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return { byteCount: bytes.length, read: (offset, view) => copyInto(view, bytes.subarray(offset, offset + view.length)) };
  }
  const reader = new FileReaderSync();
  return {
    byteCount: blob.size,
    read: (offset, view) => copyInto(view, new Uint8Array(reader.readAsArrayBuffer(blob.slice(offset, offset + view.length)))),
  };
}

function copyInto(view, piece) {
  view.set(piece);
  return piece.length;
}

/** One instance of the module; `run` answers one request at a time. A trap discards the instance. */
export class Engine {
  #module;
  #exports = null;
  #readerIndex = 0;
  #file = null;

  static async load(url) {
    return new Engine(await compileModule(url));
  }

  constructor(module) {
    this.#module = module;
  }

  /**
   * Answers request bytes (Uint8Array) or text; resolves to { status: 0 ok | 1 error response, bytes, text }. `file`, when
   * given, is a data file (File or Blob: CSV, .dta, .xlsx) beside the request, read where the module asks
   * (pc_run_with_file, `openDataFile`): the response is the native `panelcore run --data FILE`'s.
   */
  async run(request, file = null) {
    const bytes = typeof request === 'string' ? new TextEncoder().encode(request) : request;
    try {
      const e = await this.#instanceExports();
      const dataFile = file === null ? null : await openDataFile(file);
      const pointer = e.pc_alloc(bytes.length);
      if (pointer === 0 && bytes.length > 0) throw new Error(`panelcore.wasm cannot allocate ${bytes.length} bytes`);
      new Uint8Array(e.memory.buffer, pointer, bytes.length).set(bytes);
      const status = dataFile === null ? e.pc_run_consuming(pointer, bytes.length) : this.#runWithFile(e, pointer, bytes.length, dataFile);
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
      const read = (offset, destination, length) => {
        try {
          return this.#file.read(Number(offset), new Uint8Array(exports.memory.buffer, destination, length));
        } catch {
          return -1; // the module answers an error naming the offset
        }
      };
      const reader = new WebAssembly.Instance(new WebAssembly.Module(READER_MODULE), { host: { read } }).exports.read;
      this.#readerIndex = exports.__indirect_function_table.grow(1, reader);
      this.#exports = exports;
    }
    return this.#exports;
  }

  /** pc_run_with_file on the request at `pointer` (which stays ours: freed here) with `dataFile` read on demand. */
  #runWithFile(e, pointer, length, dataFile) {
    this.#file = dataFile;
    let status;
    try {
      status = e.pc_run_with_file(pointer, length, BigInt(dataFile.byteCount), this.#readerIndex);
    } finally {
      this.#file = null;
    }
    e.pc_free(pointer, length);
    return status;
  }
}
