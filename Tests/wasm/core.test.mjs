// Tests of the WebAssembly module through web/core.mjs, the way the browser uses it.
// Run: node --test Tests/wasm/  (after scripts/build-wasm.sh)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputStatus, loadCore } from '../../web/core.mjs';

const wasm = readFileSync(new URL('../../dist/localsynth.wasm', import.meta.url));
const text = (bytes) => new TextDecoder().decode(bytes);
const bytes = (s) => new TextEncoder().encode(s);

test('the module imports only the progress callback, the early output, the clock and the pool exchange', () => {
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  assert.deepEqual(imports.map((i) => `${i.module}.${i.name}:${i.kind}`).sort(), [
    'env.ls_clock:function', 'env.ls_output_file:function', 'env.ls_pool_publish:function', 'env.ls_pool_take:function',
    'env.ls_pool_wait:function', 'env.ls_progress:function',
  ]);
});

test('synth hands over the synthetic data before its report, and a failed report keeps it', async () => {
  const core = await loadCore(wasm);
  const data = bytes('a,b\n1,x\n2,y\n3,x\n4,y\n5,x\n');
  const result = core.run(['synth', 'in.csv', '-o', 's.csv', '--target', 'nope'], [{ path: 'in.csv', bytes: data }]);
  assert.equal(result.exitCode, 1);
  assert.deepEqual(result.files.map((f) => f.path), ['s.csv']);
  assert.match(new TextDecoder().decode(result.stderr), /the synthetic data is written \(s\.csv\); only the report could not be made/);
  const refused = core.run(['synth', 'in.csv', '-o', './in.csv'], [{ path: 'in.csv', bytes: data }]);
  assert.equal(refused.exitCode, 2);
  assert.deepEqual(refused.files, []);
});

test('analyze reports progress from 0 to 1 and returns the schema', async () => {
  const seen = [];
  const core = await loadCore(wasm, { onProgress: (stage, fraction) => seen.push([stage, fraction]) });
  const args = ['analyze', 'd.csv', '--json'];
  assert.deepEqual(core.inputsFor(args), ['d.csv']);
  const result = core.run(args, [{ path: 'd.csv', bytes: bytes('age;city\n30;Utrecht\n41,5;Delft\n') }]);
  assert.equal(result.exitCode, 0);
  assert.equal(text(result.stderr), '');
  const schema = JSON.parse(text(result.stdout));
  assert.equal(schema.dialect.delimiter, ';');
  assert.equal(schema.schema[0].type, 'decimal');
  // Each stage runs from 0 to 1 without going back; reading comes before typing.
  assert.deepEqual([...new Set(seen.map(([stage]) => stage))], ['reading', 'typing']);
  for (const stage of ['reading', 'typing']) {
    const fractions = seen.filter(([s]) => s === stage).map(([, f]) => f);
    assert.equal(fractions[0], 0);
    assert.equal(fractions.at(-1), 1);
    assert.deepEqual(fractions, [...fractions].sort((a, b) => a - b));
  }
  assert.deepEqual(seen.filter(([s]) => s === 'typing'), [['typing', 0], ['typing', 0.5], ['typing', 1]]);
});

test('convert returns the written files by name', async () => {
  const core = await loadCore(wasm);
  const result = core.run(['convert', 'in.csv', '-o', 'out.csv', '--json', 'out.json'], [{ path: 'in.csv', bytes: bytes('a,b\n1,ja\n2,nee\n') }]);
  assert.equal(result.exitCode, 0);
  assert.deepEqual(result.files.map((f) => f.path), ['out.csv', 'out.json']);
  assert.deepEqual(JSON.parse(text(result.files[1].bytes)), [{ a: 1, b: true }, { a: 2, b: false }]);
});

test('bad input is an exit code and a message, never a trap', async () => {
  const core = await loadCore(wasm);
  const ragged = core.run(['analyze', 'r.csv'], [{ path: 'r.csv', bytes: bytes('a,b\n1,2\n3\n') }]);
  assert.equal(ragged.exitCode, 1);
  assert.equal(text(ragged.stderr), 'localsynth: error: r.csv:3:2: row 2 has 1 field but the header has 2; every row needs the same number of fields\n');
  const missing = core.run(['analyze', 'gone.csv'], [{ path: 'gone.csv', status: InputStatus.notFound }]);
  assert.equal(missing.exitCode, 1);
  assert.equal(text(missing.stderr), 'localsynth: error: gone.csv: no such file\n');
  const empty = core.run(['analyze', 'e.csv'], [{ path: 'e.csv', bytes: new Uint8Array(0) }]);
  assert.equal(empty.exitCode, 1);
  const binary = core.run(['analyze', 'b.bin'], [{ path: 'b.bin', bytes: new Uint8Array([0x50, 0x4b, 3, 0, 4, 0xff, 0xfe]) }]);
  assert.equal(binary.exitCode, 1);
  assert.match(text(binary.stderr), /NUL byte/);
  const usage = core.run(['analyze'], []);
  assert.equal(usage.exitCode, 2);
});

test('one instance runs many commands without leaking state between them', async () => {
  const core = await loadCore(wasm);
  const input = [{ path: 'd.csv', bytes: bytes('x\n1\n2\n') }];
  const first = core.run(['analyze', 'd.csv', '--json'], input);
  for (let i = 0; i < 20; i++) core.run(['analyze', 'd.csv'], input);
  const again = core.run(['analyze', 'd.csv', '--json'], input);
  assert.deepEqual(again.stdout, first.stdout);
});

test('arbitrary bytes never trap the wasm core', async () => {
  const core = await loadCore(wasm);
  const alphabet = [[44], [59], [9], [34], [34, 34], [10], [13, 10], [13], [49], [50, 46, 53], [45], [46], [97], [78, 65],
    [0xc3, 0xa9], [0xe9], [0xef, 0xbb, 0xbf], [32], [49, 44, 53], [50, 48, 50, 52, 45, 48, 51, 45, 48, 49], [0], [0xff, 0xfe]];
  let state = 12345;
  const next = (n) => { state = (state * 1103515245 + 12345) % 2147483648; return state % n; };
  for (let round = 0; round < 300; round++) {
    const parts = [];
    const length = 1 + next(300);
    for (let i = 0; i < length; i++) parts.push(...alphabet[next(alphabet.length)]);
    const result = core.run(['convert', 'f.csv', '-o', 'o.csv', '--json', 'o.json'], [{ path: 'f.csv', bytes: new Uint8Array(parts) }]);
    assert.ok(result.exitCode === 0 || result.exitCode === 1, `round ${round}: exit ${result.exitCode}`);
    if (result.exitCode === 1) assert.match(text(result.stderr), /^localsynth: error: f\.csv/);
  }
});

test('synth reports its progress per column and writes the synthetic file and its report', async () => {
  const seen = [];
  const core = await loadCore(wasm, { onProgress: (stage, fraction) => seen.push([stage, fraction]) });
  let csv = 'age,city,income\n';
  for (let i = 0; i < 400; i++) csv += `${20 + (i % 50)},${['Utrecht', 'Delft', 'Zwolle'][i % 3]},${i % 9 ? 20000 + ((i * 7919) % 40000) : ''}\n`;
  const result = core.run(['synth', 'd.csv', '-o', 'out.csv', '--seed', '5'], [{ path: 'd.csv', bytes: bytes(csv) }]);
  assert.equal(result.exitCode, 0, text(result.stderr));
  assert.deepEqual(result.files.map((f) => f.path), ['out.csv', 'out-report.pdf', 'out-report.html']);
  assert.equal(text(result.files[1].bytes.slice(0, 8)), '%PDF-1.4');
  assert.match(text(result.files[2].bytes), /^<!doctype html>/i);
  const lines = text(result.files[0].bytes).trim().split('\n');
  assert.equal(lines[0], 'age,city,income');
  assert.equal(lines.length, 401);
  // Four variables (age, city, income's missingness, income's values): four fits take the stage
  // to 0.8 by fifths, then the four draws share the rest.
  const fractions = seen.filter(([s]) => s === 'synthesising').map(([, f]) => Math.round(f * 1000) / 1000);
  assert.deepEqual(fractions, [0, 0.2, 0.4, 0.6, 0.8, 0.85, 0.9, 0.95, 1]);
});

test('a PDF report asks for the bundled font and embeds a subset for text beyond WinAnsi', async () => {
  const core = await loadCore(wasm);
  const args = ['synth', 'u.csv', '-o', 'o.csv', '--report', 'r.pdf'];
  assert.deepEqual(core.inputsFor(args), ['u.csv', 'bundled:fonts/DejaVuSans.ttf']);
  assert.deepEqual(core.inputsFor([...args.slice(0, 4), '--no-report']), ['u.csv']);
  let csv = 'Ωμέγα,n\n';
  for (let i = 0; i < 40; i++) csv += `${i % 2 ? 'α' : 'β'},${i % 7}\n`;
  const font = readFileSync(new URL('../../web/fonts/DejaVuSans.ttf', import.meta.url));
  const result = core.run(args, [{ path: 'u.csv', bytes: bytes(csv) }, { path: 'bundled:fonts/DejaVuSans.ttf', bytes: font }]);
  assert.equal(result.exitCode, 0);
  const pdf = new TextDecoder('latin1').decode(result.files.find((f) => f.path === 'r.pdf').bytes);
  assert.match(pdf, /\/BaseFont \/[A-Z]{6}\+DejaVuSans \/Encoding \/Identity-H/);
  assert.ok(pdf.length < font.length);
  // Without the font the report still comes, with '?' and a note saying why.
  const without = core.run(args, [{ path: 'u.csv', bytes: bytes(csv) }, { path: 'bundled:fonts/DejaVuSans.ttf', status: InputStatus.notFound }]);
  assert.equal(without.exitCode, 0);
  assert.match(text(without.stdout), /r\.pdf prints characters outside Western European text as '\?'/);
});

