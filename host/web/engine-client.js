// The page's side of the engine worker: compiles the module once (the SIMD build, or the baseline build where the
// browser lacks SIMD), runs requests in a Web Worker, and cancels by terminating the worker and starting another
// with the same compiled module.
import { compileModule, supportsSIMD } from './panelcore-browser.js';

/** Raised by `run` when the user cancels; the engine is ready again at once. */
export class Cancelled extends Error {}

/** The engine in a worker. `await EngineClient.start(simdURL, baselineURL)`, then `run(bytes)`, `cancel()`. */
export class EngineClient {
  #module;
  #worker = null;
  #pending = new Map();
  #nextId = 1;

  /** Loads the SIMD module where the browser supports SIMD (unless `forceBaseline`), else the baseline module. */
  static async start(simdURL, baselineURL, { forceBaseline = false } = {}) {
    const simd = !forceBaseline && supportsSIMD();
    const module = await compileModule(simd ? simdURL : baselineURL);
    return new EngineClient(module, simd);
  }

  constructor(module, simd) {
    this.#module = module;
    this.simd = simd;
    this.#startWorker();
  }

  #startWorker() {
    this.#worker = new Worker(new URL('./engine-worker.js', import.meta.url), { type: 'module' });
    this.#worker.onmessage = ({ data }) => {
      const waiting = this.#pending.get(data.id);
      if (!waiting) return;
      this.#pending.delete(data.id);
      if (data.error) waiting.reject(new Error(data.error));
      else waiting.resolve({ status: data.status, bytes: data.bytes, text: new TextDecoder().decode(data.bytes) });
    };
    this.#worker.onerror = (event) => {
      for (const waiting of this.#pending.values()) waiting.reject(new Error(event.message || 'the engine worker failed'));
      this.#pending.clear();
    };
    this.#worker.postMessage({ module: this.#module });
  }

  /** Answers request text or bytes in the worker: resolves to {status, bytes, text}. */
  run(request) {
    const bytes = typeof request === 'string' ? new TextEncoder().encode(request) : request;
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, bytes });
    });
  }

  /** Whether a request is running. */
  get busy() {
    return this.#pending.size > 0;
  }

  /** Stops the running request (its promise rejects with `Cancelled`) and starts a fresh worker. */
  cancel() {
    this.#worker.terminate();
    for (const waiting of this.#pending.values()) waiting.reject(new Cancelled('cancelled'));
    this.#pending.clear();
    this.#startWorker();
  }
}
