// PanelCore's WebAssembly module on Node (node:wasi): JSON request in, JSON response out, through the
// module's pc_* library exports (docs/ABI.md, "The WebAssembly module"). One instance is created lazily and reused.
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WASI } from 'node:wasi';

/** The ABI version this host speaks, checked against pc_abi_version when an instance is created. */
export const SUPPORTED_ABI_VERSION = 1;

const packageCopy = fileURLToPath(new URL('./panelcore.wasm', import.meta.url));
const checkoutBuild = fileURLToPath(new URL('../../.build-wasm/panelcore.wasm', import.meta.url));

/** The module to load: $PANELCORE_WASM, else the copy in the npm package, else the checkout's build. */
export function locateWasm() {
  const chosen = process.env.PANELCORE_WASM;
  const path = chosen || [packageCopy, checkoutBuild].find((candidate) => existsSync(candidate));
  if (!path || !existsSync(path)) {
    throw new Error(`panelcore.wasm not found (${chosen || `${packageCopy}, ${checkoutBuild}`}): `
      + 'set PANELCORE_WASM or run wasm/build.sh');
  }
  return path;
}

/** The request as bytes: Uint8Array passes through, strings are UTF-8-encoded, other values JSON-encoded. */
export function encodeRequest(request) {
  if (request instanceof Uint8Array) return request;
  const text = typeof request === 'string' ? request : JSON.stringify(request);
  return new TextEncoder().encode(text);
}

/**
 * A module of 43 bytes that imports a JavaScript function of the type the module's pc_run_with_file calls,
 * read(offset: i64, destination: i32, length: i32) -> copied: i32, and exports it as a WebAssembly function —
 * the only kind a WebAssembly.Table holds.
 */
const READER_MODULE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 1, 96, 3, 126, 127, 127, 1, 127, 2, 13, 1, 4, 104,
  111, 115, 116, 4, 114, 101, 97, 100, 0, 0, 7, 8, 1, 4, 114, 101, 97, 100, 0, 0]);

/**
 * A data file read in pieces: a path (read with fs.readSync where the module asks, never whole) or the file's bytes
 * (Uint8Array). `read(offset, view)` fills `view` from `offset` and says how many bytes it copied.
 */
export function openDataFile(data) {
  if (data instanceof Uint8Array) {
    return {
      byteCount: data.length,
      read(offset, view) {
        const piece = data.subarray(offset, offset + view.length);
        view.set(piece);
        return piece.length;
      },
      close() {},
    };
  }
  const descriptor = openSync(data, 'r');
  if (!fstatSync(descriptor).isFile()) {
    closeSync(descriptor);
    throw new Error(`${data} is not a regular file`);
  }
  return {
    byteCount: fstatSync(descriptor).size,
    read: (offset, view) => readSync(descriptor, view, 0, view.length, offset),
    close: () => closeSync(descriptor),
  };
}

/**
 * One instance of the module answering requests through pc_alloc/pc_run_consuming/pc_result_*. Each new
 * instance's pc_abi_version must equal SUPPORTED_ABI_VERSION. A trap (a WebAssembly.RuntimeError)
 * propagates and discards the instance; the next request gets a fresh one.
 */
export class Engine {
  #module;
  #exports = null;
  #readerIndex = 0;
  #file = null;

  constructor(wasmPath = locateWasm()) {
    this.#module = new WebAssembly.Module(readFileSync(wasmPath));
  }

  /**
   * Answers request bytes; returns { status: 0 ok response | 1 error response, bytes: response }. `data`, when given,
   * is a data file beside the request (a path or the file's bytes, `openDataFile`) that the module reads in pieces
   * where it asks (pc_run_with_file): the response is the native `panelcore run --data FILE`'s.
   */
  runWithStatus(requestBytes, data = undefined) {
    const file = data === undefined ? null : openDataFile(data);
    try {
      return this.#call(this.#instanceExports(), requestBytes, file);
    } catch (error) {
      this.#exports = null;
      throw error;
    } finally {
      file?.close();
    }
  }

  #instanceExports() {
    // The library exports call WASI (random_get seeds Swift's hashing), and node:wasi refuses calls from
    // an instance it has not started; so the WASI object is bound to this instance's memory by starting a
    // stand-in whose _start does nothing — the command itself never runs.
    if (this.#exports === null) {
      const wasi = new WASI({ version: 'preview1', args: ['panelcore'], env: {} });
      const exports = new WebAssembly.Instance(this.#module, wasi.getImportObject()).exports;
      wasi.start({ exports: { memory: exports.memory, _start() {} } });
      const version = exports.pc_abi_version();
      if (version !== SUPPORTED_ABI_VERSION) {
        throw new Error(`panelcore.wasm speaks ABI ${version}; this host speaks ${SUPPORTED_ABI_VERSION}`);
      }
      this.#readerIndex = exports.__indirect_function_table.grow(1, this.#reader(exports));
      this.#exports = exports;
    }
    return this.#exports;
  }

  /** The module's file reader: copies the current file's bytes into its memory (-1 when they cannot be read). */
  #reader(exports) {
    const read = (offset, destination, length) => {
      try {
        return this.#file.read(Number(offset), new Uint8Array(exports.memory.buffer, destination, length));
      } catch {
        return -1;
      }
    };
    return new WebAssembly.Instance(new WebAssembly.Module(READER_MODULE), { host: { read } }).exports.read;
  }

  #call(e, requestBytes, file) {
    const pointer = e.pc_alloc(requestBytes.length);
    if (pointer === 0) throw new Error(`panelcore.wasm cannot allocate ${requestBytes.length} bytes`);
    new Uint8Array(e.memory.buffer, pointer, requestBytes.length).set(requestBytes);
    let status;
    if (file === null) {
      // The module frees the request once parsed (not beside the decoded data during the estimation).
      status = e.pc_run_consuming(pointer, requestBytes.length);
    } else {
      this.#file = file;
      try {
        status = e.pc_run_with_file(pointer, requestBytes.length, BigInt(file.byteCount), this.#readerIndex);
      } finally {
        this.#file = null;
      }
      e.pc_free(pointer, requestBytes.length);
    }
    if (status === 2) throw new Error('panelcore.wasm ran out of memory storing the response');
    // pc_run_consuming may have grown memory: take a fresh view of the buffer.
    const bytes = new Uint8Array(e.memory.buffer, e.pc_result_ptr(), e.pc_result_len()).slice();
    e.pc_result_free();
    return { status, bytes };
  }
}

let defaultEngine;

/** Answers request bytes (Uint8Array), with the data file `data` if given, with the shared engine; returns the response bytes. */
export function runBytes(requestBytes, data = undefined) {
  defaultEngine ??= new Engine();
  return defaultEngine.runWithStatus(requestBytes, data).bytes;
}

/**
 * Answers a request (object or JSON string) with the shared engine and returns the decoded response; `data` (a path
 * or a Uint8Array) is a data file beside it, e.g. `run({abi: 1, model: {...}}, 'panel.csv')`.
 */
export function run(request, data = undefined) {
  return JSON.parse(new TextDecoder().decode(runBytes(encodeRequest(request), data)));
}
