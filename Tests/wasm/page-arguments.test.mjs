// The page's argument builders (web/schema.js), run in node against the module's own catalogue
// and parser: what the page asks for is what the core accepts.
// Run: node --test Tests/wasm/  (after scripts/build-wasm.sh)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import vm from 'node:vm';
import { loadCore } from '../../web/core.mjs';

const wasm = readFileSync(new URL('../../dist/localsynth.wasm', import.meta.url));
const text = (bytes) => new TextDecoder().decode(bytes);

/** schema.js is a classic script that sets self.LocalSynthSchema. */
function loadSchema() {
  const context = { self: {} };
  vm.runInNewContext(readFileSync(new URL('../../web/schema.js', import.meta.url), 'utf8'), context);
  return context.self.LocalSynthSchema;
}

const csv = new TextEncoder().encode('age,income,sex,city\n30,1200.5,f,Delft\n41,2300.25,m,Utrecht\n35,1800.75,f,Delft\n52,3100.5,m,Gouda\n28,900.25,f,Utrecht\n47,2500,m,Delft\n');

test('column models chosen in the page are options synth accepts, and only models that suit the column are offered', async () => {
  const Schema = loadSchema();
  const core = await loadCore(wasm);
  const files = [{ path: 'd.csv', bytes: csv }];
  const analysis = JSON.parse(text(core.run(['analyze', 'd.csv', '--json'], files).stdout));
  const catalogue = JSON.parse(text(core.run(['settings', '--json'], []).stdout)).settings;
  const methods = catalogue.find((s) => s.key === 'columnMethods').choices;
  const offered = (name) => [...Schema.methodsFor(analysis.schema.find((c) => c.name === name), analysis.schema.find((c) => c.name === name).type, methods)].map((m) => m.token);
  assert.deepEqual(offered('income'), ['cart', 'sample', 'norm', 'normrank', 'lognorm']);
  assert.deepEqual(offered('sex'), ['cart', 'sample', 'logreg', 'polyreg']);
  assert.deepEqual(offered('city'), ['cart', 'sample', 'polyreg']);

  const edits = new Map([['income', { method: 'normrank' }], ['sex', { method: 'logreg' }], ['city', { type: 'categorical', method: 'cart' }]]);
  // Arrays from the script's own realm, copied into this one for deepStrictEqual.
  const args = [...Schema.methodArguments(analysis, edits)];
  assert.deepEqual(args, ['--column-method', 'income=normrank', '--column-method', 'sex=logreg']);
  // analyze takes the column edits but not the models; synth takes both.
  assert.equal(core.run(['analyze', 'd.csv', ...Schema.commandArguments(analysis, edits)], files).exitCode, 0);
  const run = core.run(['synth', 'd.csv', '-o', 's.csv', '--no-report', ...args, ...Schema.commandArguments(analysis, edits)], files);
  assert.equal(run.exitCode, 0, text(run.stderr));
  // A column left out is not given a model.
  edits.set('income', { method: 'norm', use: false });
  assert.deepEqual([...Schema.methodArguments(analysis, edits)], ['--column-method', 'sex=logreg']);
});

test('every setting the page renders comes with its flag, labels in both languages and a default the parser accepts', async () => {
  const core = await loadCore(wasm);
  const catalogue = JSON.parse(text(core.run(['settings', '--json'], []).stdout)).settings;
  for (const setting of catalogue) {
    assert.ok(setting.label.en && setting.label.nl, setting.key);
    for (const choice of setting.choices ?? []) assert.ok(choice.en && choice.nl && choice.en !== choice.nl || choice.token === 'cart', `${setting.key}.${choice.token}`);
  }
  // The defaults written back as flags are accepted (the page only passes values that differ).
  const files = [{ path: 'd.csv', bytes: csv }];
  const args = [];
  for (const s of catalogue) {
    if (!s.flag || s.method === 'gc' || s.default === null || typeof s.default === 'object') continue;
    if (s.kind === 'toggle') { if (s.default) args.push(s.flag); continue; }
    if (s.key === 'nearCopies') continue;  // parsed by the evaluation options, also a flag of synth
    args.push(s.flag, String(s.default));
  }
  const run = core.run(['synth', 'd.csv', '-o', 's.csv', '--no-report', ...args], files);
  assert.equal(run.exitCode, 0, text(run.stderr));
});

test('per-column settings of the catalogue chosen in the page are options synth accepts', async () => {
  const Schema = loadSchema();
  const core = await loadCore(wasm);
  const files = [{ path: 'd.csv', bytes: csv }];
  const analysis = JSON.parse(text(core.run(['analyze', 'd.csv', '--json'], files).stdout));
  const catalogue = JSON.parse(text(core.run(['settings', '--json'], []).stdout)).settings;
  const edits = new Map([
    ['income', { settings: { smooth: 'off', predictors: ' age ,sex,' } }],
    ['sex', { settings: { predictors: 'age' } }],
    ['city', { use: false, settings: { predictors: 'age' } }],
  ]);
  const args = [...Schema.columnSettingArguments(analysis, edits, catalogue, 'cart')];
  assert.deepEqual(args, ['--predictors', 'income=age,sex', '--predictors', 'sex=age', '--smooth', 'income=off']);
  const run = core.run(['synth', 'd.csv', '-o', 's.csv', '--no-report', '--json', 's.json', ...args, ...Schema.commandArguments(analysis, edits)], files);
  assert.equal(run.exitCode, 0, text(run.stderr));
  const settings = JSON.parse(text(run.files.find((f) => f.path === 's.json').bytes)).settings;
  assert.deepEqual(settings.smooth, { income: false });
  assert.deepEqual(settings.predictors, { income: ['age', 'sex'], sex: ['age'] });
  // They model CART's trees: the copula is given none.
  assert.deepEqual([...Schema.columnSettingArguments(analysis, edits, catalogue, 'gc')], []);
});
