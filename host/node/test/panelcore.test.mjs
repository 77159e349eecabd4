// The Node host against the built module (wasm/build.sh): request forms, instance reuse without
// _start, and cli.mjs as a command like `panelcore run`. Run with `node --test host/node/test/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine, encodeRequest, run, runBytes } from '../panelcore.mjs';

const request = { abi: 1, model: { estimator: 'ols', formula: 'y ~ x' } };
const cli = fileURLToPath(new URL('../cli.mjs', import.meta.url));

function checkEnvelope(response) {
  assert.equal(response.abi, 1);
  assert.equal(typeof response.ok, 'boolean');
}

test('run accepts an object or a JSON string alike', () => {
  const fromObject = run(request);
  checkEnvelope(fromObject);
  assert.deepEqual(run(JSON.stringify(request)), fromObject);
});

test('runBytes returns the raw response that run decodes', () => {
  const raw = runBytes(encodeRequest(request));
  assert.ok(raw instanceof Uint8Array);
  assert.deepEqual(JSON.parse(new TextDecoder().decode(raw)), run(request));
});

test('one instance answers many requests without _start and returns the same bytes', () => {
  const engine = new Engine();
  const first = engine.runWithStatus(encodeRequest('{"abi":1}'));
  assert.equal(first.status, JSON.parse(new TextDecoder().decode(first.bytes)).ok ? 0 : 1);
  for (let i = 0; i < 300; i++) {
    assert.deepEqual(engine.runWithStatus(encodeRequest('{"abi":1}')), first);
    engine.runWithStatus(new Uint8Array(100_000).fill(120));
  }
});

for (const viaFile of [false, true]) {
  test(`cli.mjs prints the response and one newline, status from "ok" (${viaFile ? 'file' : 'stdin'})`, () => {
    const file = join(mkdtempSync(join(tmpdir(), 'panelcore-')), 'request.json');
    writeFileSync(file, '{"abi":1}');
    const args = viaFile ? [cli, file] : [cli, '-'];
    const completed = spawnSync(process.execPath, ['--no-warnings', ...args], { input: '{"abi":1}' });
    const expected = Buffer.concat([runBytes(encodeRequest('{"abi":1}')), Buffer.from('\n')]);
    assert.deepEqual(completed.stdout, expected);
    assert.equal(completed.status, JSON.parse(completed.stdout).ok ? 0 : 1);
  });
}

test('cli.mjs reports an unreadable file with status 2', () => {
  const completed = spawnSync(process.execPath, ['--no-warnings', cli, '/nonexistent/request.json']);
  assert.equal(completed.status, 2);
  assert.equal(completed.stdout.length, 0);
});

test('options.max_seconds is measured inside the module (node:wasi clock) and answers time_limit', () => {
  const rows = [];
  for (let unit = 0; unit < 12; unit++) for (let year = 2010; year < 2018; year++) rows.push([unit, year]);
  const columns = {
    id: rows.map(([u]) => u), year: rows.map(([, y]) => y),
    y: rows.map(([u, y]) => ((u * 7 + y * 3) % 11) / 3), x: rows.map(([u, y]) => ((u * 5 + y) % 7) / 2),
    d: rows.map(([u, y]) => (u < 4 && y >= 2014 ? 1 : 0)),
  };
  const response = run({
    abi: 1, data: { columns }, panel: { id: 'id', time: 'year' },
    model: { estimator: 'placebo', formula: 'y ~ x | id + year', treatment: 'd',
             options: { replications: 1_000_000, seed: 1, max_seconds: 0.2 } },
  });
  assert.equal(response.error.code, 'time_limit');
  assert.equal(response.error.where, '/model');
});
