// `node host/node/cli.mjs [FILE|-]`: answers one request (a file, or standard input) like `panelcore run`:
// writes the response and one "\n" to standard output; exit status 0 for an ok response, 1 for an
// error response, 2 when the module cannot be loaded or traps.
import { readFileSync, writeSync } from 'node:fs';
import { Engine } from './panelcore.mjs';

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
