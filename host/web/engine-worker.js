// The engine's Web Worker: the page posts the compiled module once ({module}), then requests ({id, bytes}); the
// worker answers {id, status, bytes} or {id, error}. Running here keeps the page responsive during long loops;
// cancelling terminates this worker (the page starts a new one with the same compiled module).
import { Engine } from './panelcore-browser.js';

let engine = null;

self.onmessage = async ({ data }) => {
  if (data.module) {
    engine = new Engine(data.module);
    return;
  }
  try {
    const answer = await engine.run(data.bytes);
    self.postMessage({ id: data.id, status: answer.status, bytes: answer.bytes }, [answer.bytes.buffer]);
  } catch (error) {
    self.postMessage({ id: data.id, error: error.message });
  }
};
