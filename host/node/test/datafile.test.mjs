// Data files beside a request, read by the module in pieces where it asks (pc_run_with_file): a path, the file's
// bytes, and cli.mjs --data give the response of the same file sent inside the request as {"file": BASE64}.
// Byte identity with the native `panelcore run --data FILE` is checked by Tests/Parity/check_streamed_files.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine, encodeRequest, run } from '../panelcore.mjs';

const checkout = (path) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const cli = fileURLToPath(new URL('../cli.mjs', import.meta.url));
const columns = { abi: 1, model: { estimator: 'columns' } };
const files = ['examples/nqpf_panel.csv', 'Tests/PanelCoreTests/Fixtures/encodings/gb18030.csv',
  'Tests/PanelCoreTests/Fixtures/dta/pandas_117.dta', 'Tests/PanelCoreTests/Fixtures/xlsx/xlsxwriter.xlsx'].map(checkout);

/** The request with the file inside it as base64. */
const inline = (path) => encodeRequest({ ...columns, data: { file: readFileSync(path).toString('base64') } });

for (const path of files) {
  test(`a streamed ${path.split('/').pop()} answers as the same file inside the request`, () => {
    const engine = new Engine();
    const streamed = engine.runWithStatus(encodeRequest(columns), path);
    assert.deepEqual(streamed, engine.runWithStatus(inline(path)));
    assert.deepEqual(engine.runWithStatus(encodeRequest(columns), new Uint8Array(readFileSync(path))), streamed);
  });
}

test('a malformed CSV answers the core\'s error, an empty file an error response', () => {
  const bytes = new TextEncoder().encode('a,b\n1,2\n3\n');
  const response = run(columns, bytes);
  assert.equal(response.ok, false);
  assert.ok(response.error.where.startsWith('/data'));
  assert.equal(run(columns, new Uint8Array(0)).ok, false);
});

test('a directory is refused before the module runs, and the engine keeps working', () => {
  const engine = new Engine();
  assert.throws(() => engine.runWithStatus(encodeRequest(columns), tmpdir()), /not a regular file/);
  assert.equal(engine.runWithStatus(encodeRequest(columns), files[0]).status, 0);
});

test('cli.mjs --data FILE answers as runWithStatus with the file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'panelcore-'));
  const requestPath = join(folder, 'request.json');
  writeFileSync(requestPath, JSON.stringify(columns));
  const completed = spawnSync(process.execPath, ['--no-warnings', cli, '--data', files[1], requestPath]);
  assert.equal(completed.status, 0);
  const expected = new Engine().runWithStatus(encodeRequest(columns), files[1]).bytes;
  assert.deepEqual(new Uint8Array(completed.stdout), new Uint8Array([...expected, 10]));
});
