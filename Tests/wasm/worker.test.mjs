// Tests of web/worker.js under node: the page's messages in, its answers out, fetch counted.
// Run: node --test Tests/wasm/  (after scripts/build-wasm.sh)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const wasm = readFileSync(new URL('../../dist/localsynth.wasm', import.meta.url));
const font = readFileSync(new URL('../../web/fonts/DejaVuSans.ttf', import.meta.url));

// The worker's globals: `self` receives its answers, `fetch` serves web/fonts/ and counts requests.
const answers = [];
const fetched = [];
globalThis.self = { postMessage: (message) => answers.push(message) };
globalThis.fetch = async (name) => {
  fetched.push(name);
  return name === 'fonts/DejaVuSans.ttf' ? { ok: true, arrayBuffer: async () => font.buffer.slice(font.byteOffset, font.byteOffset + font.length) } : { ok: false, status: 404 };
};
await import('../../web/worker.js');

async function send(message) {
  answers.length = 0;
  await self.onmessage({ data: message });
  return answers.find((a) => a.type === 'result' || a.type === 'error' || a.type === 'ready');
}

const latin1 = new TextDecoder('latin1');
let unicodeCSV = 'Ωμέγα,n\n';
let asciiCSV = 'letter,n\n';
for (let i = 0; i < 40; i++) {
  unicodeCSV += `${i % 2 ? 'α' : 'β'},${i % 7}\n`;
  asciiCSV += `${i % 2 ? 'a' : 'b'},${i % 7}\n`;
}
const run = (path) => ({ type: 'run', id: 1, args: ['synth', path, '-o', 'o.csv', '--report', 'r.pdf'] });
const pdf = (result) => latin1.decode(result.files.find((f) => f.path === 'r.pdf').bytes);

test('the worker fetches the font only for text beyond ASCII, once, and the PDF embeds it', async () => {
  assert.equal((await send({ type: 'init', wasm: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.length) })).type, 'ready');
  await send({ type: 'file', path: 'a.csv', bytes: new TextEncoder().encode(asciiCSV).buffer });
  const ascii = await send(run('a.csv'));
  assert.equal(ascii.exitCode, 0);
  assert.deepEqual(fetched, []);
  assert.doesNotMatch(pdf(ascii), /DejaVuSans/);
  assert.doesNotMatch(ascii.stdout, /was not found/);

  await send({ type: 'file', path: 'u.csv', bytes: new TextEncoder().encode(unicodeCSV).buffer });
  const unicode = await send(run('u.csv'));
  assert.equal(unicode.exitCode, 0, unicode.stderr);
  assert.match(pdf(unicode), /\/BaseFont \/[A-Z]{6}\+DejaVuSans \/Encoding \/Identity-H/);
  await send(run('u.csv'));
  assert.deepEqual(fetched, ['fonts/DejaVuSans.ttf']);
});

test('the one-file build passes the font inline and nothing is fetched', async () => {
  fetched.length = 0;
  const init = {
    type: 'init', wasm: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.length),
    bundled: { 'fonts/DejaVuSans.ttf': font.toString('base64') },
  };
  // A fresh worker state: the module keeps its font cache, so load a second copy.
  await import('../../web/worker.js?inline');
  assert.equal((await send(init)).type, 'ready');
  await send({ type: 'file', path: 'u.csv', bytes: new TextEncoder().encode(unicodeCSV).buffer });
  const unicode = await send(run('u.csv'));
  assert.match(pdf(unicode), /\+DejaVuSans \/Encoding \/Identity-H/);
  assert.deepEqual(fetched, []);
});
