// PanelCore's WebAssembly module on Node (node:wasi): JSON request in, JSON response out, through the
// module's pc_* library exports (docs/ABI.md, "The WebAssembly module"). One instance is created lazily and reused.
import { readFileSync, existsSync } from 'node:fs';
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
 * One instance of the module answering requests through pc_alloc/pc_run_consuming/pc_result_*. Each new
 * instance's pc_abi_version must equal SUPPORTED_ABI_VERSION. A trap (a WebAssembly.RuntimeError)
 * propagates and discards the instance; the next request gets a fresh one.
 */
export class Engine {
  #module;
  #exports = null;

  constructor(wasmPath = locateWasm()) {
    this.#module = new WebAssembly.Module(readFileSync(wasmPath));
  }

  /** Answers request bytes; returns { status: 0 ok response | 1 error response, bytes: response }. */
  runWithStatus(requestBytes) {
    try {
      return this.#call(this.#instanceExports(), requestBytes);
    } catch (error) {
      this.#exports = null;
      throw error;
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
      this.#exports = exports;
    }
    return this.#exports;
  }

  #call(e, requestBytes) {
    const pointer = e.pc_alloc(requestBytes.length);
    if (pointer === 0) throw new Error(`panelcore.wasm cannot allocate ${requestBytes.length} bytes`);
    new Uint8Array(e.memory.buffer, pointer, requestBytes.length).set(requestBytes);
    // The module frees the request once parsed (not beside the decoded data during the estimation).
    const status = e.pc_run_consuming(pointer, requestBytes.length);
    if (status === 2) throw new Error('panelcore.wasm ran out of memory storing the response');
    // pc_run_consuming may have grown memory: take a fresh view of the buffer.
    const bytes = new Uint8Array(e.memory.buffer, e.pc_result_ptr(), e.pc_result_len()).slice();
    e.pc_result_free();
    return { status, bytes };
  }
}

let defaultEngine;

/** Answers request bytes (Uint8Array) with the shared engine and returns the response bytes. */
export function runBytes(requestBytes) {
  defaultEngine ??= new Engine();
  return defaultEngine.runWithStatus(requestBytes).bytes;
}

/** Answers a request (object or JSON string) with the shared engine and returns the decoded response. */
export function run(request) {
  return JSON.parse(new TextDecoder().decode(runBytes(encodeRequest(request))));
}
