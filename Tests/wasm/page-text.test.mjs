// The page's own catalogues (web/text-*.js), one per language: every language has every text,
// with the same {placeholders}, and its number locale. A missing text would show English on the
// Dutch page (t() falls back), which the browser tests' English scan would only find where shown.
// Run: node --test Tests/wasm/
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import vm from 'node:vm';

function loadTexts() {
  const context = { self: {} };
  const folder = new URL('../../web/', import.meta.url);
  for (const name of readdirSync(folder).filter((n) => /^text-[a-z]+\.js$/.test(n)).sort()) {
    vm.runInNewContext(readFileSync(new URL(name, folder), 'utf8'), context);
  }
  return context.self.LOCALSYNTH_TEXT;
}

const placeholders = (text) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every language of the page has every text, with the same placeholders', () => {
  const texts = loadTexts();
  assert.deepEqual(Object.keys(texts).sort(), ['en', 'nl']);
  const keys = Object.keys(texts.en).sort();
  assert.ok(keys.length > 100, 'the English texts were not read');
  for (const [lang, table] of Object.entries(texts)) {
    assert.deepEqual(Object.keys(table).sort(), keys, `${lang}: not the same texts as English`);
    assert.match(table.locale, /^[a-z]{2}-[A-Z]{2}$/);
    for (const key of keys) {
      if (typeof table[key] !== 'string') continue;
      assert.deepEqual(placeholders(table[key]), placeholders(texts.en[key]), `${lang}.${key}: other placeholders than English`);
    }
  }
});

test('the page loads every language file', () => {
  const page = readFileSync(new URL('../../web/index.html', import.meta.url), 'utf8');
  for (const lang of Object.keys(loadTexts())) {
    assert.ok(page.includes(`<script src="text-${lang}.js"></script>`), `index.html lacks text-${lang}.js`);
    assert.ok(page.includes(`data-lang="${lang}"`), `index.html has no button for ${lang}`);
  }
});
