// The page's side of the engine: a pool of Web Workers sharing one compiled module (the SIMD build, or the baseline
// build where the browser lacks SIMD). Requests queue and go to the first idle worker, each worker keeping its
// instance of the module for the next; cancelling terminates every worker, and the pool starts new ones (with the
// same compiled module) when the next request comes.
import { compileModule, supportsSIMD } from './panelcore-browser.js';

/** Raised by `run` when the user cancels; the engine is ready again at once. */
export class Cancelled extends Error {}

/** The pool's size: one worker per core, at most four. */
export function defaultPoolSize() {
  return Math.max(1, Math.min(navigator.hardwareConcurrency || 1, 4));
}

/** The engine in `size` workers. `await EngineClient.start(simdURL, baselineURL)`, then `run(bytes)`, `cancel()`. */
export class EngineClient {
  #module;
  #workers = [];
  #queue = [];

  /** Loads the SIMD module where the browser supports SIMD (unless `forceBaseline`), else the baseline module. */
  static async start(simdURL, baselineURL, { forceBaseline = false, size = defaultPoolSize() } = {}) {
    const simd = !forceBaseline && supportsSIMD();
    const module = await compileModule(simd ? simdURL : baselineURL);
    return new EngineClient(module, simd, size);
  }

  constructor(module, simd, size) {
    this.#module = module;
    this.simd = simd;
    this.size = size;
  }

  /**
   * Answers request text or bytes in the first idle worker: resolves to {status, bytes, text}. `file` (a File or Blob),
   * when given, is a data file beside the request that the worker reads in pieces where the module asks.
   */
  run(request, file = null) {
    const bytes = typeof request === 'string' ? new TextEncoder().encode(request) : request;
    return new Promise((resolve, reject) => {
      this.#queue.push({ bytes, file, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops every request (their promises reject with `Cancelled`) and every worker. */
  cancel() {
    const stopped = [...this.#queue, ...this.#workers.flatMap((slot) => (slot.job ? [slot.job] : []))];
    for (const slot of this.#workers) slot.worker.terminate();
    this.#workers = [];
    this.#queue = [];
    for (const job of stopped) job.reject(new Cancelled('cancelled'));
  }

  #dispatch() {
    while (this.#queue.length > 0) {
      const slot = this.#workers.find((candidate) => candidate.job === null) ?? this.#newWorker();
      if (slot === null) return;
      slot.job = this.#queue.shift();
      slot.worker.postMessage({ bytes: slot.job.bytes, file: slot.job.file });
    }
  }

  /** A new worker holding the compiled module, or null when the pool is full. */
  #newWorker() {
    if (this.#workers.length >= this.size) return null;
    const slot = { worker: new Worker(new URL('./engine-worker.js', import.meta.url), { type: 'module' }), job: null };
    slot.worker.onmessage = ({ data }) => {
      const job = slot.job;
      slot.job = null;
      if (job === null) return;
      if (data.error) job.reject(new Error(data.error));
      else job.resolve({ status: data.status, bytes: data.bytes, text: new TextDecoder().decode(data.bytes) });
      this.#dispatch();
    };
    slot.worker.onerror = (event) => {
      slot.worker.terminate();
      this.#workers = this.#workers.filter((other) => other !== slot);
      slot.job?.reject(new Error(event.message || 'the engine worker failed'));
      this.#dispatch();
    };
    slot.worker.postMessage({ module: this.#module });
    this.#workers.push(slot);
    return slot;
  }
}
