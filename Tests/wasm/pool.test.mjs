// The module on a pool of instances, as the page runs it on several Web Workers: the same bytes
// as one instance, with every member doing a share of the tasks that travel.
// Run: node --test Tests/wasm/  (after scripts/build-wasm.sh)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { abandonExchange, createExchange, loadCore } from '../../web/core.mjs';
import { runPooled } from '../../scripts/wasm-pool.mjs';

const wasm = readFileSync(new URL('../../dist/localsynth.wasm', import.meta.url));
const data = readFileSync(new URL('../../../shared/datasets/cps1985.csv', import.meta.url));
const inputs = [{ path: 'd.csv', bytes: data }];
const args = ['synth', 'd.csv', '-o', 's.csv', '--seed', '3', '--metrics', 'm.json', '--html', 'r.html', '--cart-propensity', '--holdout'];

const files = (result) => Object.fromEntries(result.files.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')]));

test('2 and 3 instances give the bytes of one, each doing a share', async () => {
  const alone = (await loadCore(wasm)).run(args, inputs);
  assert.equal(alone.exitCode, 0, new TextDecoder().decode(alone.stderr));
  assert.deepEqual(Object.keys(files(alone)).sort(), ['m.json', 'r.html', 's.csv']);
  for (const members of [2, 3]) {
    const { result, published } = await runPooled(wasm, args, inputs, members);
    assert.equal(result.exitCode, 0);
    assert.deepEqual(files(result), files(alone), `${members} members`);
    assert.deepEqual(result.stdout, alone.stdout);
    assert.equal(published.length, members);
    for (const count of published) assert.ok(count > 0, `every member published: ${published}`);
  }
});

test('a pool that has failed leaves every task to the member that is left', async () => {
  const alone = (await loadCore(wasm)).run(args, inputs);
  const exchange = createExchange(2);
  abandonExchange(exchange);
  const result = (await loadCore(wasm)).run(args, inputs, { pool: { exchange, member: 0 } });
  assert.deepEqual(files(result), files(alone));
});
