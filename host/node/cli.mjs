#!/usr/bin/env node
// `panelcore-node [--data DATAFILE] [FILE|-]` (or `node host/node/cli.mjs …`): answers one request (a file, or
// standard input) like `panelcore run`, with DATAFILE (CSV, .dta, .xlsx) beside it as `panelcore run --data` does,
// read in pieces where the module asks: writes the response and one "\n" to standard output; exit status 0 for an ok
// response, 1 for an error response, 2 when the module cannot be loaded or traps.
import { readFileSync, writeSync } from 'node:fs';
import { Engine } from './panelcore.mjs';

// node:wasi announces itself as experimental whenever a WASI object is made; a command should print only its
// answer, so that one warning is dropped and every other warning still printed.
const printers = process.listeners('warning');
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name === 'ExperimentalWarning' && warning.message.startsWith('WASI')) return;
  for (const print of printers) print(warning);
});

function main(args) {
  const dataAt = args.indexOf('--data');
  const data = dataAt === -1 ? undefined : args[dataAt + 1];
  if (dataAt !== -1) args = args.filter((_, index) => index !== dataAt && index !== dataAt + 1);
  if (args.length > 1 || (dataAt !== -1 && data === undefined)) {
    process.stderr.write('usage: node cli.mjs [--data DATAFILE] [FILE|-]\n');
    return 2;
  }
  try {
    const source = args.length === 0 || args[0] === '-' ? 0 : args[0];
    const { status, bytes } = new Engine().runWithStatus(new Uint8Array(readFileSync(source)), data);
    writeAll(Buffer.concat([bytes, Buffer.from('\n')]));
    return status;
  } catch (error) {
    process.stderr.write(`panelcore: ${error.message}\n`);
    return 2;
  }
}

function writeAll(buffer) {
  for (let offset = 0; offset < buffer.length;) offset += writeSync(1, buffer, offset);
}

process.exitCode = main(process.argv.slice(2));
