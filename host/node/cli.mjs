#!/usr/bin/env node
// `panelcore-node [FILE|-]` (or `node host/node/cli.mjs [FILE|-]`): answers one request (a file, or standard input) like `panelcore run`:
// writes the response and one "\n" to standard output; exit status 0 for an ok response, 1 for an
// error response, 2 when the module cannot be loaded or traps.
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
  if (args.length > 1) {
    process.stderr.write('usage: node cli.mjs [FILE|-]\n');
    return 2;
  }
  try {
    const source = args.length === 0 || args[0] === '-' ? 0 : args[0];
    const { status, bytes } = new Engine().runWithStatus(new Uint8Array(readFileSync(source)));
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
