// One of the engine's Web Workers (engine-client.js keeps a pool of them): the page posts the compiled module once
// ({module}), then one request at a time ({bytes, file?}: a data file read in pieces, synchronously, as the module
// asks); the worker answers {status, bytes} or {error}, keeping its
// instance of the module for the next request. Running here keeps the page responsive during long loops; cancelling
// terminates the workers (the page starts new ones with the same compiled module).
import { Engine } from './panelcore-browser.js';

let engine = null;

self.onmessage = async ({ data }) => {
  if (data.module) {
    engine = new Engine(data.module);
    return;
  }
  try {
    const answer = await engine.run(data.bytes, data.file ?? null);
    self.postMessage({ status: answer.status, bytes: answer.bytes }, [answer.bytes.buffer]);
  } catch (error) {
    self.postMessage({ error: error.message });
  }
};
