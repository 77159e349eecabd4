// host/node as an npm package: `npm pack` carries the module, the packed package answers a request from a
// fresh folder, and its command prints no ExperimentalWarning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
const request = '{"abi":1,"model":{"estimator":"evaluate","function":"exp","arguments":[[0]]}}';

test('the command prints the answer and nothing on standard error', () => {
  const completed = spawnSync(join(here, 'cli.mjs'), ['-'], { input: request });
  assert.equal(completed.status, 0);
  assert.equal(completed.stderr.toString(), '');
  assert.equal(JSON.parse(completed.stdout).ok, true);
});

test('npm pack makes a package that carries the module and runs outside the checkout', () => {
  const folder = mkdtempSync(join(tmpdir(), 'panelcore-npm-'));
  try {
    const packed = spawnSync('npm', ['pack', '--silent', '--pack-destination', folder, here], { encoding: 'utf8' });
    assert.equal(packed.status, 0, packed.stderr);
    const tarball = join(folder, packed.stdout.trim().split('\n').pop());
    assert.equal(spawnSync('tar', ['-xzf', tarball, '-C', folder]).status, 0);
    const listed = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout;
    for (const name of ['package/panelcore.wasm', 'package/panelcore-baseline.wasm', 'package/cli.mjs']) {
      assert.ok(listed.includes(name), `${name} missing from ${listed}`);
    }
    const environment = { ...process.env };
    delete environment.PANELCORE_WASM;
    const answered = spawnSync(process.execPath, [join(folder, 'package', 'cli.mjs'), '-'],
      { input: request, cwd: folder, env: environment });
    assert.equal(answered.status, 0, answered.stderr.toString());
    assert.equal(answered.stderr.toString(), '');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
