// The LocalSynth page: pick a CSV, check its columns, choose the method, run the core in a Web
// Worker, show the report and offer the files. A classic script, so the one-file build can inline
// it and it runs from file://. Nothing here sends data anywhere.
'use strict';
(() => {
  const TEXT = self.LOCALSYNTH_TEXT;
  const Schema = self.LocalSynthSchema;
  const $ = (id) => document.getElementById(id);
  // Above this the core cannot hold a table and its synthesis in WebAssembly's 4 GB.
  const SIZE_LIMIT = 512 * 2 ** 20;
  const DEFAULT_MIN_COUNT = 5;
  // A run on several workers holds the table once in each: together at most this much memory.
  const POOL_MEMORY = 2 * 2 ** 30;
  const MAX_WORKERS = 4;
  const OUTPUT = {
    csv: 'synthetic.csv', json: 'synthetic.json', pdf: 'synthetic-report.pdf', html: 'synthetic-report.html',
    analyst: 'synthetic-report-analyst.pdf', summary: 'synthetic-summary.json',
    xlsx: 'synthetic.xlsx', sav: 'synthetic.sav', dta: 'synthetic.dta',
  };
  // The media types of the formats a synthetic table is also written in when the input was one.
  const SAME_FORMAT_TYPES = {
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', sav: 'application/x-spss-sav', dta: 'application/x-stata-dta',
  };

  /** The input's own format when it was not CSV (`xlsx`, `sav`, `dta`), to write the synthetic table in too. */
  function sameFormat(analysis) {
    if (analysis.dialect.sheet) return 'xlsx';
    return { SPSS: 'sav', Stata: 'dta' }[analysis.dialect.statistical] ?? null;
  }

  const state = {
    lang: 'en',
    // One per chosen file: {file: {name, path, bytes}, analysis (analyze --json), edits (by column name)}.
    session: null,
    // The last finished run: {file, files, args, seconds, summary}; it names the file it came from.
    result: null,
    // The run under way: {args, session}.
    run: null,
    worker: null,
    ready: null,
    // The core's settings catalogue (settings --json), by key: labels, choices, bounds, defaults.
    catalogue: null,
    pending: new Map(),
    nextId: 1,
  };

  // MARK: Language

  function initialLanguage() {
    const asked = new URLSearchParams(location.search).get('lang');
    if (Object.hasOwn(TEXT, asked ?? '')) return asked;
    const browser = (navigator.language || '').toLowerCase();
    return Object.keys(TEXT).find((lang) => browser.startsWith(lang)) ?? 'en';
  }

  function t(key, values) {
    let text = TEXT[state.lang][key] ?? TEXT.en[key] ?? key;
    if (values) text = text.replace(/\{(\w+)\}/g, (_, name) => (values[name] ?? ''));
    return text;
  }

  const locale = () => TEXT[state.lang].locale;

  function number(n) {
    return new Intl.NumberFormat(locale()).format(n);
  }

  /** One decimal, with the language's decimal mark. */
  function decimal(x) {
    return new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
  }

  /** A share as a percentage: one decimal, two below 0.1%. */
  function percent(share) {
    const digits = share < 0.001 ? 2 : 1;
    return new Intl.NumberFormat(locale(), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
  }

  function size(bytes) {
    const units = ['bytes', 'KB', 'MB', 'GB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit += 1; }
    const digits = unit === 0 ? 0 : 1;
    return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
  }

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
    for (const element of document.querySelectorAll('[data-i18n-label]')) element.setAttribute('aria-label', t(element.dataset.i18nLabel));
    for (const button of document.querySelectorAll('button.lang')) button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
    updatePoolLabel();
    renderSettings();
    sayAgain();
    if (state.session?.analysis) showAnalysis();
    // The verdicts and notes stay in the run's language until the run in the new language replaces them.
    if (state.result) { showResultLine(); showCopyChoice(); }
  }

  /** The page, the columns' reasons and a run or its result follow the language. */
  async function setLanguage(lang) {
    if (lang === state.lang) return;
    // A run under way stops first and starts again in the new language.
    const interrupted = state.run ? state.run.args : null;
    if (state.run) stopRun();
    state.lang = lang;
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
    applyLanguage();
    const session = state.session;
    // While a file loads, its analysis follows the language by itself (analyze()).
    if (!session?.analysis) return;
    if (!(await analyze(session)) || state.session !== session) return;
    showAnalysis();
    // The same run again (same seed, same data, same edits) in the other language.
    const again = interrupted ?? state.result?.args;
    if (again && !state.run && state.lang === lang) run(again.map((a, i, all) => (all[i - 1] === '--lang' ? lang : a)));
  }

  // MARK: Messages

  // Each place has a status region (information, warnings) and an alert region (errors) beside
  // the control the message is about; both stay in the page so screen readers announce changes.
  const PLACES = { file: ['file-status', 'file-error'], run: ['run-status', 'run-error'], download: ['download-status', 'download-error'] };

  // The message shown at each place, as a function of the language, so it can be said again in another.
  const said = new Map();

  /**
   * Shows a message of kind 'info', 'warning' or 'error' at a place; errors and information take
   * focus. `words` gives the text in the page's language.
   */
  function say(place, kind, words, { focus = kind !== 'warning' } = {}) {
    const [statusId, alertId] = PLACES[place];
    $(statusId).textContent = '';
    $(alertId).textContent = '';
    const region = $(kind === 'error' ? alertId : statusId);
    region.className = `message ${kind}`;
    region.textContent = words();
    said.set(place, { region, words });
    if (focus) {
      region.focus({ preventScroll: true });
      region.scrollIntoView({ block: 'nearest' });
    }
  }

  function sayAgain() {
    for (const { region, words } of said.values()) region.textContent = words();
  }

  function clearMessages(place) {
    for (const id of PLACES[place]) $(id).textContent = '';
    said.delete(place);
  }

  // MARK: Worker

  function startWorker() {
    const embedded = document.getElementById('worker-source');
    let worker;
    let init = { type: 'init' };
    if (embedded) {
      // The one-file build: no server to fetch from, so the worker and the module come inline.
      const url = URL.createObjectURL(new Blob([embedded.textContent], { type: 'text/javascript' }));
      worker = new Worker(url);
      init = { type: 'init', wasm: base64Bytes(document.getElementById('wasm-base64').textContent).buffer, bundled: {} };
      // Files the core may ask for (the PDF's Unicode font), decoded by the worker when a run needs one.
      for (const script of document.querySelectorAll('script[data-bundled]')) init.bundled[script.dataset.bundled] = script.textContent;
    } else {
      worker = new Worker('worker.js', { type: 'module' });
    }
    state.worker = worker;
    state.ready = new Promise((resolve, reject) => {
      worker.onmessage = (event) => {
        const message = event.data;
        if (message.type === 'ready') resolve();
        else if (message.type === 'progress') showProgress(message.stage, message.fraction);
        else if (message.type === 'result' || message.type === 'error') {
          if (message.id === undefined) { reject(new Error(message.message)); return; }
          const waiting = state.pending.get(message.id);
          state.pending.delete(message.id);
          if (!waiting) return;
          if (message.type === 'result') waiting.resolve(message);
          else waiting.reject(Object.assign(new Error(message.message), { outOfMemory: message.outOfMemory, files: message.files }));
        }
      };
      worker.onerror = (event) => reject(new Error(event.message || 'worker failed'));
    });
    worker.postMessage(init);
    // A fresh worker gets the session's file before any run is asked of it.
    const file = state.session?.file;
    if (file) state.ready = state.ready.then(() => sendFile(worker, file));
  }

  /** Hands the file's bytes to the worker (moved, not copied: the page keeps only its Blob). */
  async function sendFile(worker, file) {
    const buffer = await file.blob.arrayBuffer();
    worker.postMessage({ type: 'file', path: file.path, bytes: buffer }, [buffer]);
  }

  function base64Bytes(text) {
    const clean = text.replace(/\s+/g, '');
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(clean);
    const binary = atob(clean);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  /** Runs a command in the worker; `workers` module instances may share it (see worker.js). */
  async function call(args, workers = 1) {
    await state.ready;
    const id = state.nextId++;
    return new Promise((resolve, reject) => {
      state.pending.set(id, { resolve, reject });
      state.worker.postMessage({ type: 'run', id, args, workers });
    });
  }

  /**
   * How many Web Workers a synthesis of the session's file may use: one per core up to
   * MAX_WORKERS (?workers=N asks for N), as many as fit POOL_MEMORY by the core's estimate, and
   * one when the page cannot share memory between workers (not cross-origin isolated, or the
   * one-file build). The output is the same for any number.
   */
  function workerCount(session) {
    if (!self.crossOriginIsolated || document.getElementById('worker-source')) return 1;
    const asked = Number(new URLSearchParams(location.search).get('workers'));
    const wanted = Number.isInteger(asked) && asked > 0 ? Math.min(asked, 16) : Math.min(navigator.hardwareConcurrency || 1, MAX_WORKERS);
    const fit = Math.floor(POOL_MEMORY / Math.max(session.analysis?.synthesisBytes ?? POOL_MEMORY, 1));
    return Math.max(1, Math.min(wanted, fit));
  }

  /** Stops whatever the worker does (a run, an analysis) and starts a fresh one with the current file. */
  function restartWorker() {
    state.worker.terminate();
    for (const waiting of state.pending.values()) waiting.reject(new Error('cancelled'));
    state.pending.clear();
    startWorker();
  }

  // MARK: Step 1, the file

  /**
   * A new file starts a new session: its own schema and edits; a run under way stops first. Another
   * sheet of the same workbook is a new session too (`sheet`: its name; null: the core's choice).
   */
  async function loadFile(name, byteCount, readBytes, sheet = null) {
    // rules: the discovered rules (unticked) and the user's own, {text, found, support, rows, on}.
    const session = { file: null, analysis: null, edits: new Map(), rules: null, models: [], sheet };
    state.session = session;
    if (state.run) stopRun();
    state.result = null;
    // The last file's result line stays out of the new session, for screen readers too.
    $('live').textContent = '';
    clearMessages('file');
    clearMessages('run');
    clearMessages('download');
    for (const id of ['step-schema', 'step-settings', 'step-run', 'step-report']) $(id).hidden = true;
    // Another file hides the last one's sheets; another sheet keeps the choice (and its focus) in place.
    if (sheet === null) $('sheet-choice').hidden = true;
    $('report').onload = null;
    $('report').srcdoc = '';
    if (byteCount > SIZE_LIMIT) {
      $('file-info').hidden = true;
      say('file', 'error', () => t('tooLarge', { name, size: size(byteCount), limit: size(SIZE_LIMIT) }));
      return;
    }
    $('file-info').hidden = false;
    $('file-info').textContent = t('reading', { name, size: size(byteCount) });
    let bytes;
    try {
      bytes = new Uint8Array(await readBytes());
    } catch (e) {
      if (state.session === session) say('file', 'error', () => t('failed') + e.message);
      return;
    }
    if (state.session !== session) return;
    // A name starting with "-" would read as an option.
    const path = name.startsWith('-') ? `./${name}` : name;
    // The page keeps a Blob (which the browser may keep on disk) and the preview's first bytes;
    // the worker gets the bytes themselves.
    session.file = { name, path, size: bytes.length, head: bytes.slice(0, 256 * 1024), blob: new Blob([bytes]) };
    await state.ready.catch(() => {});
    if (state.session !== session) return;
    state.worker.postMessage({ type: 'file', path, bytes: bytes.buffer }, [bytes.buffer]);
    bytes = null;
    if (!(await analyze(session)) || state.session !== session) return;
    // The core's estimate of the run's memory, said before any run: refused runs fail in seconds.
    const { synthesisBytes: need, browserBytes: limit } = session.analysis;
    if (need > limit) say('file', 'error', () => t('tooMuchMemory', { name, memory: size(need), limit: size(limit) }));
    else if (need > limit / 4) say('file', 'warning', () => t('largeWarning', { name, memory: size(need) }));
    $('rows').value = session.analysis.rows;
    // The report's target and key columns name the last file's columns: they start empty too.
    $('target').replaceChildren();
    $('keys').replaceChildren();
    renderPreview();
    showAnalysis();
    $('step-schema').hidden = false;
    $('step-settings').hidden = false;
  }

  /**
   * Analyses the session's file in the page's language with the current minimum count; asks again
   * when either changed meanwhile. False when it failed (the message is shown) or was overtaken.
   */
  async function analyze(session) {
    for (;;) {
      const lang = state.lang;
      const minCount = minCountValue();
      const args = ['analyze', session.file.path, '--json', '--lang', lang, ...sheetArguments(session)];
      if (minCount !== DEFAULT_MIN_COUNT) args.push('--min-count', String(minCount));
      let result;
      try {
        result = await call(args);
      } catch (e) {
        if (state.session === session && e.message !== 'cancelled') say('file', 'error', () => (e.outOfMemory ? t('outOfMemory') : t('failed') + e.message));
        return false;
      }
      if (state.session !== session) return false;
      if (result.exitCode !== 0) {
        if (!session.analysis) $('file-info').hidden = true;
        say('file', 'error', () => cleanError(result.stderr));
        return false;
      }
      if (lang !== state.lang || minCount !== minCountValue()) continue;
      session.analysis = JSON.parse(result.stdout);
      return true;
    }
  }

  /** The core's message without the command line's frame ("localsynth: error: ", "localsynth: fout: ", its help hint). */
  function cleanError(stderr) {
    return stderr.split('\n').filter((line) => line && (line.startsWith('localsynth: ') || !/'localsynth( [a-z]+)? --help'/.test(line))).map((line) => line.replace(/^localsynth: [a-z]+: /, '')).join('\n');
  }

  /** Everything drawn from the analysis: the file line, the reading notices, the columns, step 3's lists. */
  function showAnalysis() {
    renderFileLine();
    renderNotices();
    Schema.render($('schema'), state.session.analysis, state.session.edits, {
      t, number, percent, types: TEXT[state.lang].types, methods: state.catalogue?.columnMethods?.choices ?? [], lang: state.lang,
      catalogue: Object.values(state.catalogue ?? {}),
    });
    renderTargetAndKeys();
    renderModelBuilder();
    updateSuggestion();
    renderRules();
  }

  // MARK: Rules

  /**
   * The rules step: each rule the core found in the file with how often it holds (offered, never
   * ticked for the user), and the user's own; each can be ticked, edited or removed.
   */
  function renderRules() {
    const session = state.session;
    if (!session.rules) {
      session.rules = (session.analysis.rules ?? []).map((r) => ({ text: r.rule, found: r.rule, support: r.support, rows: r.rows, on: false }));
    }
    const list = $('rules');
    // Drawn again in another language: the focus stays on the same control.
    const focused = list.contains(document.activeElement) ? document.activeElement.id : null;
    list.replaceChildren();
    session.rules.forEach((rule, i) => {
      const n = i + 1;
      const item = document.createElement('li');
      const use = document.createElement('input');
      use.type = 'checkbox';
      use.checked = rule.on;
      use.id = `rule-use-${n}`;
      use.setAttribute('aria-label', t('ruleUse', { n }));
      use.addEventListener('change', () => { rule.on = use.checked; });
      const text = document.createElement('input');
      text.type = 'text';
      text.id = `rule-text-${n}`;
      text.value = rule.text;
      text.spellcheck = false;
      text.setAttribute('aria-label', t('ruleText', { n }));
      const support = cell('span', '', 'support');
      support.id = `rule-support-${n}`;
      text.setAttribute('aria-describedby', support.id);
      const showSupport = () => {
        // How often a found rule holds speaks only for its text as found.
        if (rule.found !== undefined && rule.text === rule.found) {
          const share = rule.support >= 1 ? null : rule.support > 0.999 ? '> 99.9%' : percent(rule.support);
          support.textContent = share === null ? t('ruleSupportAll', { rows: number(rule.rows) }) : t('ruleSupport', { share, rows: number(rule.rows) });
        } else {
          support.textContent = t('ruleOwn');
        }
      };
      text.addEventListener('input', () => { rule.text = text.value; showSupport(); });
      showSupport();
      const remove = cell('button', t('removeRule'), 'secondary');
      remove.type = 'button';
      remove.setAttribute('aria-label', t('removeRuleLabel', { n }));
      remove.addEventListener('click', () => {
        session.rules.splice(i, 1);
        renderRules();
        $(session.rules.length ? `rule-text-${Math.min(n, session.rules.length)}` : 'add-rule').focus();
      });
      const keep = document.createElement('label');
      keep.className = 'check';
      keep.append(use, ' ', t('ruleKeep'));
      item.append(keep, text, support, remove);
      list.append(item);
    });
    $('rules-none').hidden = session.rules.length > 0 || (session.analysis.rules ?? []).length > 0;
    if (focused && document.getElementById(focused)) $(focused).focus();
  }

  function addRule() {
    const session = state.session;
    if (!session?.rules) return;
    session.rules.push({ text: '', on: true });
    renderRules();
    $(`rule-text-${session.rules.length}`).focus();
  }

  /** The rules ticked, as --rule arguments. */
  function ruleArguments() {
    return (state.session.rules ?? []).filter((r) => r.on && r.text.trim()).flatMap((r) => ['--rule', r.text.trim()]);
  }

  // MARK: Models

  /** A column name as a formula writes it: bare when it is a plain name, else in backticks. */
  function formulaName(name) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : '`' + name.replaceAll('`', '``') + '`';
  }

  /** The builder's outcome and predictors (the file's columns), keeping what was chosen. */
  function renderModelBuilder() {
    renderColumnChoices($('model-outcome'), $('model-predictors'));
    renderModels();
  }

  /** The models to compare, each an editable formula the core checks when the run starts. */
  function renderModels() {
    const session = state.session;
    const list = $('models');
    const focused = list.contains(document.activeElement) ? document.activeElement.id : null;
    list.replaceChildren();
    session.models.forEach((model, i) => {
      const n = i + 1;
      const item = document.createElement('li');
      const text = document.createElement('input');
      text.type = 'text';
      text.id = `model-text-${n}`;
      text.value = model.text;
      text.spellcheck = false;
      text.setAttribute('aria-label', t('modelText', { n }));
      text.addEventListener('input', () => { model.text = text.value; });
      const remove = cell('button', t('removeRule'), 'secondary');
      remove.type = 'button';
      remove.setAttribute('aria-label', t('removeModelLabel', { n }));
      remove.addEventListener('click', () => {
        session.models.splice(i, 1);
        renderModels();
        $(session.models.length ? `model-text-${Math.min(n, session.models.length)}` : 'add-model').focus();
      });
      item.append(text, remove);
      list.append(item);
    });
    if (focused && document.getElementById(focused)) $(focused).focus();
  }

  /** Adds "outcome ~ a + b" from the builder; without predictors, every other column ("y ~ ."). */
  function addModel() {
    const session = state.session;
    if (!session?.analysis) return;
    const outcome = $('model-outcome').value;
    if (!outcome) return;
    const predictors = Array.from(document.querySelectorAll('#model-predictors input:checked')).map((input) => input.value).filter((name) => name !== outcome);
    const right = predictors.length ? predictors.map(formulaName).join(' + ') : '.';
    session.models.push({ text: `${formulaName(outcome)} ~ ${right}` });
    renderModels();
    $(`model-text-${session.models.length}`).focus();
  }

  /** The models, as --model arguments. */
  function modelArguments() {
    return (state.session.models ?? []).filter((m) => m.text.trim()).flatMap((m) => ['--model', m.text.trim()]);
  }

  /** After the run: the real and synthetic rows keeping each rule, for the copy shown. */
  function showRuleResults() {
    const result = state.result;
    const checks = (result.summary.rules ?? []).filter((r) => !r.copy || r.copy === result.copy);
    const table = $('rule-results');
    table.replaceChildren();
    const head = document.createElement('tr');
    for (const key of ['ruleResultsRule', 'ruleResultsReal', 'ruleResultsSynthetic']) {
      const th = cell('th', t(key));
      th.scope = 'col';
      head.append(th);
    }
    table.append(head);
    for (const check of checks) {
      const row = document.createElement('tr');
      row.className = check.keptAsReal ? 'good' : 'warning';
      const share = (kept, rows) => `${percent(kept / Math.max(rows, 1))} (${number(kept)} / ${number(rows)})`;
      row.append(cell('td', check.rule), cell('td', share(check.realKept, check.realRows), 'num'), cell('td', share(check.syntheticKept, check.syntheticRows), 'num'));
      table.append(row);
    }
    $('rule-results-box').hidden = checks.length === 0;
  }

  function renderFileLine() {
    const { file, analysis: s } = state.session;
    const delimiters = { ',': t('comma'), ';': t('semicolon'), '\t': 'tab', '|': '|' };
    $('file-info').textContent = s.dialect.sheet
      ? t('fileLineSheet', { name: file.name, rows: number(s.rows), columns: number(s.columns), size: size(file.size), sheet: s.dialect.sheet })
      : s.dialect.statistical
      ? t('fileLineStatistical', { name: file.name, rows: number(s.rows), columns: number(s.columns), size: size(file.size), format: s.dialect.statistical })
      : t('fileLine', {
        name: file.name, rows: number(s.rows), columns: number(s.columns), size: size(file.size),
        delimiter: delimiters[s.dialect.delimiter] ?? s.dialect.delimiter, encoding: s.dialect.encoding,
      });
    // A workbook of several sheets: any of them can be read instead.
    const sheets = s.dialect.sheets ?? [];
    const select = $('sheet');
    select.replaceChildren(...sheets.map((name) => {
      const option = document.createElement('option');
      option.value = option.textContent = name;
      option.selected = name === s.dialect.sheet;
      return option;
    }));
    $('sheet-choice').hidden = sheets.length < 2;
  }

  /** The sheet chosen in the page, as an option of every command on the file. */
  function sheetArguments(session) {
    return session.sheet ? ['--sheet', session.sheet] : [];
  }

  // MARK: Step 2, preview and notices (the columns are schema.js)

  function renderNotices() {
    const list = $('notices');
    list.replaceChildren();
    for (const notice of state.session.analysis.notices) {
      // Which sheet was read is the sheet list's to say (the core's note names the command line's --sheet).
      if (notice.code === 'workbookSheet') continue;
      list.append(cell('li', sentence(notice.message)));
    }
    list.hidden = !list.childElementCount;
  }

  /** The first rows of the file, split as RFC 4180 CSV with the detected delimiter. */
  function previewRows(limit) {
    const { file, analysis: s } = state.session;
    // A workbook is no text: the core sends its first rows.
    if (s.preview) return s.preview.slice(0, limit);
    const head = file.head;
    const label = { 'UTF-8': 'utf-8', 'Windows-1252': 'windows-1252', 'ISO-8859-1': 'iso-8859-1', 'UTF-16LE': 'utf-16le', 'UTF-16BE': 'utf-16be' }[s.dialect.encoding] ?? 'utf-8';
    const text = new TextDecoder(label).decode(head).replace(/^\uFEFF/, '');
    const delimiter = s.dialect.delimiter;
    const rows = [];
    let row = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length && rows.length <= limit; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
      } else if (c === '"' && field === '') quoted = true;
      else if (c === delimiter) { row.push(field); field = ''; }
      else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        row.push(field); rows.push(row); row = []; field = '';
      } else field += c;
    }
    return rows.slice(1, limit + 1);
  }

  /** The core's notes start in lower case (the terminal prints them after "Note: "); the page shows sentences. */
  function sentence(text) {
    return text ? text[0].toUpperCase() + text.slice(1) : text;
  }

  function cell(tag, text, className) {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  function renderPreview() {
    const columns = state.session.analysis.schema;
    const table = $('preview');
    table.replaceChildren();
    const head = document.createElement('tr');
    for (const column of columns) head.append(cell('th', column.name));
    const thead = document.createElement('thead');
    thead.append(head);
    const tbody = document.createElement('tbody');
    for (const row of previewRows(8)) {
      const tr = document.createElement('tr');
      for (let i = 0; i < columns.length; i++) tr.append(cell('td', row[i] ?? ''));
      tbody.append(tr);
    }
    table.append(thead, tbody);
  }

  // MARK: Step 3, settings

  function renderTargetAndKeys() {
    renderColumnChoices($('target'), $('keys'), t('targetAuto'));
  }

  /**
   * A select of one of the file's columns and a set of its columns as checkboxes (the report's
   * target and keys, a model's outcome and predictors), keeping what was chosen. With `none`, the
   * select starts with that option (value '').
   */
  function renderColumnChoices(select, boxes, none = null) {
    const chosen = select.value;
    const checked = new Set(Array.from(boxes.querySelectorAll('input:checked')).map((input) => input.value));
    select.replaceChildren();
    boxes.replaceChildren();
    if (none !== null) {
      const option = cell('option', none);
      option.value = '';
      select.append(option);
    }
    for (const column of state.session.analysis.schema) {
      const option = cell('option', column.name);
      option.value = column.name;
      select.append(option);
      const label = document.createElement('label');
      label.className = 'key';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = column.name;
      box.checked = checked.has(column.name);
      label.append(box, document.createTextNode(` ${column.name}`));
      boxes.append(label);
    }
    if (Array.from(select.options).some((o) => o.value === chosen)) select.value = chosen;
    else if (none !== null) select.value = '';
  }

  function method() {
    return document.querySelector('input[name=method]:checked').value;
  }

  /** The core's rule (SynthCommand.copulaSuggestion): over 1,000 categories or 50 million cells. */
  function updateSuggestion() {
    const box = $('suggestion');
    let reason = '';
    const analysis = state.session?.analysis;
    if (analysis) {
      const many = analysis.schema.find((c) => c.type === 'categorical' && !c.excluded && c.distinct > 1000);
      const cells = analysis.rows * analysis.columns;
      if (many) reason = t('reasonLevels', { column: many.name, levels: number(many.distinct) });
      else if (cells > 50e6) reason = t('reasonCells', { cells: number(cells) });
    }
    box.replaceChildren();
    if (reason) {
      const use = cell('button', t('useGC'), 'secondary');
      use.type = 'button';
      use.id = 'use-gc';
      use.addEventListener('click', () => {
        document.querySelector('input[name=method][value=gc]').checked = true;
        updateSuggestion();
        renderSettings();
      });
      box.append(document.createTextNode(`${t('suggestGC', { reason })} `), use);
    }
    box.hidden = !reason || method() === 'gc';
    document.body.classList.toggle('gc', method() === 'gc');
  }

  /** The minimum count field as a whole number from 1 to 1,000, or the default when it is not one. */
  function minCountValue() {
    const text = $('min-count').value.trim();
    const k = Number(text);
    return /^\d+$/.test(text) && k >= 1 && k <= 1000 ? k : DEFAULT_MIN_COUNT;
  }

  function updatePoolLabel() {
    $('pool-rare-label').textContent = t('poolRare', { k: number(minCountValue()) });
  }

  let minCountTimer = null;

  /** A new minimum count changes which categories are rare: the columns are analysed again. */
  function minCountChanged() {
    updatePoolLabel();
    clearTimeout(minCountTimer);
    const session = state.session;
    if (!session?.analysis || (session.analysis.minCount ?? DEFAULT_MIN_COUNT) === minCountValue()) return;
    minCountTimer = setTimeout(async () => {
      if (state.session === session && (await analyze(session)) && state.session === session) showAnalysis();
    }, 300);
  }

  // MARK: Settings from the core's catalogue

  // The settings step 3 offers, rendered from the catalogue; the page writes no label, choice,
  // bound or default of its own.
  const MAIN_SETTINGS = ['missingValues'];
  // Every other setting with one value goes under "advanced", in the catalogue's order, except the
  // ones step 3 asks for itself; per-column settings are the columns table's.
  const OWN_FIELDS = ['method', 'rows', 'seed', ...MAIN_SETTINGS];
  const SCALAR_KINDS = ['toggle', 'whole', 'number', 'choice', 'choiceOrColumns'];
  let ADVANCED_SETTINGS = [];

  async function loadCatalogue() {
    const result = await call(['settings', '--json']);
    const settings = JSON.parse(result.stdout).settings;
    state.catalogue = Object.fromEntries(settings.map((s) => [s.key, s]));
    ADVANCED_SETTINGS = settings.filter((s) => s.flag && SCALAR_KINDS.includes(s.kind) && !OWN_FIELDS.includes(s.key)).map((s) => s.key);
    renderSettings();
    if (state.session?.analysis) showAnalysis();
  }

  /** The default of a setting as the page uses it: for the method it is shown with. */
  function defaultOf(setting, shownWith = method()) {
    return setting.defaultByMethod ? setting.defaultByMethod[setting.method ?? shownWith] : setting.default;
  }

  // The method the settings were last drawn for: a value left at that method's default follows
  // the new method's default (the strata: none for CART, auto for the copula).
  let drawnFor = null;

  /** The control of a setting: its element id is its flag without the dashes. */
  const settingId = (setting) => setting.flag.slice(2);

  /** The choice of a choice-or-columns setting that names the columns instead (visit order A, B, C). */
  const NAMED = '\u0000named';
  const listOf = (text) => text.split(',').map((name) => name.trim()).filter((name) => name).join(',');

  /** The current value of a control as text, or the default before the control exists. */
  function settingValue(setting) {
    const control = $(settingId(setting));
    const fallback = String(defaultOf(setting) ?? '');
    // Before the catalogue's controls exist (the page's empty placeholders), the default.
    if (!control || (control.tagName === 'SELECT' && control.value === '')) return fallback;
    if (control.value === NAMED) return listOf($(`${settingId(setting)}-columns`).value) || fallback;
    return control.type === 'checkbox' ? String(control.checked) : control.value.trim();
  }

  function settingControl(setting, value) {
    let control;
    if (setting.kind === 'toggle') {
      control = document.createElement('input');
      control.type = 'checkbox';
      control.checked = value === 'true';
    } else if (setting.choices) {
      control = document.createElement('select');
      // A choice of one method (the copula's automatic strata) only while that method is chosen.
      const choices = setting.choices.filter((c) => !c.method || c.method === method()).map((c) => [c.token, c[state.lang] ?? c.en]);
      // A list of columns instead of a choice: an option that shows a field for the names.
      if (setting.kind === 'choiceOrColumns') choices.push([NAMED, t('settingNamedColumns')]);
      for (const [token, text] of choices) {
        const option = document.createElement('option');
        option.value = token;
        option.textContent = text;
        control.append(option);
      }
      const named = setting.kind === 'choiceOrColumns' && value !== '' && !setting.choices.some((c) => c.token === value);
      control.value = named ? NAMED : choices.some(([token]) => token === value) ? value : String(defaultOf(setting));
    } else {
      control = document.createElement('input');
      if (setting.kind === 'whole') {
        control.type = 'number';
        control.step = '1';
        control.min = String(setting.minimum);
        control.max = String(setting.maximum);
      } else {
        control.type = 'text';
        control.inputMode = 'decimal';
      }
      control.value = value;
    }
    control.id = settingId(setting);
    return control;
  }

  /** Draws the catalogue's settings in the current language, keeping what the user chose. */
  function renderSettings() {
    const catalogue = state.catalogue;
    if (!catalogue) return;
    const mv = catalogue.missingValues;
    const mvValue = settingValue(mv);
    $('missing-values-label').textContent = mv.label[state.lang];
    $('missing-values').replaceWith(settingControl(mv, mvValue));
    const fields = $('setting-fields');
    const values = ADVANCED_SETTINGS.map((key) => {
      const setting = catalogue[key];
      const value = settingValue(setting);
      const wasDefault = drawnFor && setting.defaultByMethod && value === String(defaultOf(setting, drawnFor));
      return wasDefault ? String(defaultOf(setting)) : value;
    });
    drawnFor = method();
    fields.replaceChildren();
    ADVANCED_SETTINGS.forEach((key, i) => {
      const setting = catalogue[key];
      const control = settingControl(setting, values[i]);
      const label = document.createElement('label');
      const only = setting.method;
      if (only) label.className = `${only === 'gc' ? 'gc' : 'cart'}-only`;
      const text = document.createElement('span');
      text.textContent = setting.label[state.lang];
      if (setting.kind === 'toggle') { label.classList.add('check'); label.append(control, ' ', text); } else label.append(text, ' ', control);
      fields.append(label);
      if (setting.kind === 'choiceOrColumns') fields.append(columnsField(setting, control, values[i]));
    });
  }

  /** The names of a choice-or-columns setting ("age, sex, income"), shown while its select says so. */
  function columnsField(setting, select, value) {
    const label = document.createElement('label');
    label.className = 'named-columns';
    const text = document.createElement('span');
    text.textContent = t('settingColumnsOf', { setting: setting.label[state.lang] });
    const input = document.createElement('input');
    input.id = `${settingId(setting)}-columns`;
    input.placeholder = t('settingColumnsList');
    input.value = select.value === NAMED ? value.split(',').join(', ') : '';
    label.append(text, ' ', input);
    const show = () => { label.hidden = select.value !== NAMED; };
    select.addEventListener('change', show);
    show();
    return label;
  }

  /** True when `value` (a control's text) differs from the setting's default. */
  function changed(setting, value) {
    const initial = defaultOf(setting);
    if (setting.kind === 'whole' || setting.kind === 'number') return value !== '' && Number(value) !== initial;
    return value !== String(initial);
  }

  function settingsArguments() {
    const args = ['--method', method()];
    const rows = $('rows').value.trim();
    if (rows && Number(rows) !== state.session.analysis.rows) args.push('--rows', rows);
    args.push('--seed', $('seed').value.trim() || '1');
    const minCount = minCountValue();
    if (minCount !== DEFAULT_MIN_COUNT) args.push('--min-count', String(minCount));
    if ($('pool-rare').checked) args.push('--pool-rare', String(minCount));
    for (const key of [...MAIN_SETTINGS, ...ADVANCED_SETTINGS]) {
      const setting = state.catalogue?.[key];
      const only = setting?.method;
      if (!setting || (only && only !== method())) continue;
      const value = settingValue(setting);
      if (!changed(setting, value)) continue;
      if (setting.kind === 'toggle') args.push(setting.flag); else args.push(setting.flag, value);
    }
    if (method() === 'cart') args.push(...Schema.methodArguments(state.session.analysis, state.session.edits));
    args.push(...Schema.columnSettingArguments(state.session.analysis, state.session.edits, Object.values(state.catalogue ?? {}), method()));
    if ($('target').value) args.push('--target', $('target').value);
    const keys = Array.from(document.querySelectorAll('#keys input:checked')).map((input) => input.value);
    if (keys.length) args.push('--keys', keys.join(','));
    args.push(...ruleArguments());
    args.push(...modelArguments());
    return args;
  }

  // MARK: Step 4, running

  // Each stage reports its own 0–1; the bar runs over reading, synthesis, the evaluation and the
  // report's rendering in turn, and never goes back (an unknown stage leaves it where it is).
  const PHASES = [
    { stages: ['reading'], start: 0, width: 0.08, label: 'phaseReading' },
    { stages: ['typing'], start: 0.08, width: 0.04, label: 'phaseTyping' },
    { stages: ['tuning', 'synthesising', 'stratifying', 'fitting', 'drawing'], start: 0.12, width: 0.58, label: 'phaseSynthesis' },
    { stages: ['evaluating'], start: 0.7, width: 0.26, label: 'phaseReport' },
    { stages: ['rendering'], start: 0.96, width: 0.04, label: 'phaseRendering' },
  ];
  let shownFraction = 0;
  let shownPhase = 0;
  let clock = null;

  function showProgress(stage, fraction) {
    const phase = PHASES.findIndex((p) => p.stages.includes(stage));
    // Copies and the report read tables again: the bar stays in the latest phase.
    if (phase >= shownPhase) {
      shownPhase = phase;
      shownFraction = Math.max(shownFraction, Math.min(1, PHASES[phase].start + PHASES[phase].width * fraction));
    }
    const percent = Math.floor(shownFraction * 100);
    $('bar').style.width = `${percent}%`;
    $('bar').setAttribute('aria-valuenow', String(percent));
    $('percent').textContent = `${percent}%`;
    $('stage').textContent = t(PHASES[shownPhase].label);
    // A screen reader hears each phase once, not every percent.
    if (announcedPhase !== shownPhase) {
      announcedPhase = shownPhase;
      $('live').textContent = t(PHASES[shownPhase].label);
    }
  }

  let announcedPhase = -1;

  /** While a run is under way, leaving or reloading the page asks first: the run would be lost. */
  function warnBeforeLeaving(event) {
    event.preventDefault();
    event.returnValue = '';
  }

  async function run(args) {
    if (state.run) return;
    const session = state.session;
    const current = { args, session };
    state.run = current;
    shownFraction = 0;
    shownPhase = 0;
    announcedPhase = -1;
    showProgress('reading', 0);
    clearMessages('run');
    clearMessages('download');
    $('step-run').hidden = false;
    $('run').disabled = true;
    window.addEventListener('beforeunload', warnBeforeLeaving);
    $('running-title').focus({ preventScroll: true });
    const started = performance.now();
    clock = setInterval(() => { $('elapsed').textContent = `${decimal((performance.now() - started) / 1000)} s`; }, 100);
    $('step-run').scrollIntoView({ block: 'nearest' });
    const workers = workerCount(session);
    let result;
    try {
      result = await call(args, workers);
    } catch (e) {
      if (state.run !== current) return;
      endRun();
      say('run', 'error', () => (e.outOfMemory ? t('outOfMemory') : t('failed') + e.message));
      offerData(e.files, session);
      return;
    }
    // Cancelled, or another file or language took over: this run's files are not shown.
    if (state.run !== current) return;
    endRun();
    if (result.exitCode !== 0) {
      say('run', 'error', () => t('failed') + cleanError(result.stderr));
      offerData(result.files, session);
      return;
    }
    const files = new Map(result.files.map((file) => [file.path, file.bytes]));
    // The run's summary: rows, notes and settings, so nothing is read from the printed text.
    const summary = JSON.parse(decoder.decode(files.get(OUTPUT.summary)));
    state.result = { file: session.file, analysis: session.analysis, files, args, seconds: (performance.now() - started) / 1000, summary, copy: 1, workers };
    showResult();
  }

  /** An output's name for one copy: as the core names it, `_k` before the extension when there are several. */
  function copyName(name, copy, copies) {
    return copies > 1 ? name.replace(/(\.[^.]*)$/, `_${copy}$1`) : name;
  }

  /** The bytes of an output of the copy the result shows. */
  function resultFile(result, name) {
    return result.files.get(copyName(name, result.copy, result.summary.copies));
  }

  /** After a failed run: the synthetic data, when it was finished before the failure (the report failed). */
  function offerData(files, session) {
    const bytes = (files ?? []).find((file) => file.path === OUTPUT.csv || file.path === copyName(OUTPUT.csv, 1, 2))?.bytes;
    if (!bytes) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.id = 'dl-partial';
    button.textContent = t('partialData');
    button.addEventListener('click', () => download(bytes, downloadName({ file: session.file }, OUTPUT.csv), 'text/csv'));
    $(PLACES.run[1]).append(' ', button);
  }

  function endRun() {
    window.removeEventListener('beforeunload', warnBeforeLeaving);
    clearInterval(clock);
    state.run = null;
    $('run').disabled = false;
    $('step-run').hidden = true;
  }

  /** Ends the run under way: the worker is stopped and a fresh one takes over. */
  function stopRun() {
    restartWorker();
    endRun();
  }

  function cancel() {
    if (!state.run) return;
    stopRun();
    say('run', 'info', () => t('cancelled'));
  }

  function startRun() {
    const seed = $('seed').value.trim() || '1';
    if (!/^\d+$/.test(seed) || BigInt(seed) > 18446744073709551615n) {
      say('run', 'error', () => t('failed') + `--seed: ${seed}`);
      return;
    }
    const session = state.session;
    // No JSON here: it is three times the CSV in the module's memory, so it is made when asked for.
    const same = sameFormat(session.analysis);
    const args = ['synth', session.file.path, '-o', OUTPUT.csv, ...(same ? ['-o', OUTPUT[same]] : []), '--report', OUTPUT.pdf, '--html', OUTPUT.html,
      '--analyst-report', OUTPUT.analyst, '--summary', OUTPUT.summary, ...sheetArguments(session),
      ...settingsArguments(), '--lang', state.lang, ...Schema.commandArguments(session.analysis, session.edits)];
    run(args);
  }

  // MARK: Results

  const decoder = new TextDecoder();

  function showResultLine() {
    const result = state.result;
    $('result-line').textContent = t('resultLine', { name: result.file.name, rows: number(result.summary.rows), seconds: decimal(result.seconds) });
    // For the tests and the bench: how many workers the run shared.
    $('result-line').dataset.workers = String(result.workers);
  }

  function showResult() {
    const result = state.result;
    showResultLine();
    // Every note of the run, in the language it ran in (the run follows the page's language).
    const notes = $('notes');
    notes.replaceChildren();
    for (const note of result.summary.notes) notes.append(cell('li', sentence(note.message)));
    notes.hidden = !notes.childElementCount;
    showVerdicts();
    // The synthetic table in the input's own format too (labels and formats kept), when it was not CSV.
    const same = sameFormat(result.analysis);
    const button = $('dl-same');
    button.hidden = !same || !resultFile(result, OUTPUT[same]);
    if (same) {
      button.dataset.i18n = `dlSame_${same}`;
      button.textContent = t(button.dataset.i18n);
    }
    showRuleResults();
    const frame = $('report');
    frame.onload = () => {
      const doc = frame.contentDocument;
      if (!doc || !doc.body) return;
      fitReport();
      doc.addEventListener('click', (event) => followReportLink(frame, event));
    };
    frame.srcdoc = decoder.decode(resultFile(result, OUTPUT.html));
    showCopyChoice();
    $('cli').textContent = commandLine(result);
    $('step-report').hidden = false;
    $('step-report').scrollIntoView({ block: 'start' });
    // Focus and a screen reader follow the run to its result.
    $('result-title').focus({ preventScroll: true });
    $('live').textContent = $('result-line').textContent;
  }

  /** With several copies, a choice of the copy whose report and files the step shows. */
  function showCopyChoice() {
    const result = state.result;
    const copies = result?.summary.copies ?? 1;
    $('copy-choice').hidden = copies < 2;
    if (copies < 2) return;
    const select = $('copy');
    select.replaceChildren();
    for (let k = 1; k <= copies; k++) {
      const option = document.createElement('option');
      option.value = String(k);
      option.textContent = t('copyNumber', { copy: k });
      select.append(option);
    }
    select.value = String(result.copy);
  }

  function copyChanged() {
    const result = state.result;
    if (!result) return;
    result.copy = Number($('copy').value);
    $('report').srcdoc = decoder.decode(resultFile(result, OUTPUT.html));
    showVerdicts();
    showRuleResults();
  }

  /**
   * The report summary's verdicts for the copy shown, worded by the core: counted by label in one
   * line ("5 × Good · 2 × Attention"), each with its reason when opened.
   */
  function showVerdicts() {
    const result = state.result;
    const verdicts = $('verdicts');
    verdicts.replaceChildren();
    const counts = new Map();
    for (const verdict of result.summary.verdicts ?? []) {
      if (verdict.copy && verdict.copy !== result.copy) continue;
      const item = cell('li', '', verdict.level);
      item.append(cell('strong', `${verdict.label}.`), ` ${verdict.message}`);
      verdicts.append(item);
      counts.set(verdict.label, (counts.get(verdict.label) ?? 0) + 1);
    }
    const tally = [...counts].map(([label, n]) => `${number(n)} × ${label}`).join(' · ');
    $('verdicts-summary').textContent = t('verdictsSummary', { tally });
    $('verdicts-box').hidden = !verdicts.childElementCount;
  }

  /** The report frame is as tall as its document, so the page scrolls, not the frame. */
  function fitReport(again = 2) {
    const frame = $('report');
    const doc = frame.contentDocument;
    if (!doc || !doc.body || $('step-report').hidden) return;
    // The html element's own height, which (unlike scrollHeight) shrinks when the window widens.
    const height = `${Math.ceil(doc.documentElement.getBoundingClientRect().height) + 20}px`;
    if (frame.style.height === height) return;
    frame.style.height = height;
    // The frame's document lays out at its new width a frame later: measure once more then.
    if (again > 0) requestAnimationFrame(() => fitReport(again - 1));
  }

  /**
   * The report's own links (its contents) would navigate the sandboxed frame away from the
   * report; the frame is as tall as its document, so the page scrolls to the target instead.
   */
  function followReportLink(frame, event) {
    const link = event.target.closest?.('a[href^="#"]');
    if (!link) return;
    event.preventDefault();
    const doc = frame.contentDocument;
    const id = decodeURIComponent(link.getAttribute('href').slice(1));
    const target = doc.getElementById(id) ?? doc.getElementsByName(id)[0];
    if (!target) return;
    const top = window.scrollY + frame.getBoundingClientRect().top + target.getBoundingClientRect().top;
    window.scrollTo({ top: Math.max(0, top - 8) });
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }

  /** A file's download name: the run's input name before it, e.g. lawschool-synthetic.csv. */
  function downloadName(result, name) {
    return `${result.file.name.replace(/\.[^.]*$/, '') || 'data'}-${name}`;
  }

  /** The download name of an output of the copy shown: lawschool-synthetic_2.csv. */
  function copyDownloadName(result, name) {
    return downloadName(result, copyName(name, result.copy, result.summary.copies));
  }

  /** The settings file that repeats the run (the summary's "settings"). */
  function settingsFile(result) {
    return `${JSON.stringify(result.summary.settings, null, 2)}\n`;
  }

  function quote(word) {
    return /^[A-Za-z0-9_./=,:-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
  }

  function commandLine(result) {
    const outputs = Object.values(OUTPUT);
    const args = result.args.map((a) => (outputs.includes(a) ? downloadName(result, a) : a));
    return `localsynth ${args.map(quote).join(' ')}\n\n# ${t('cliSettings')}:\nlocalsynth synth ${quote(result.file.path)} --settings ${quote(downloadName(result, 'settings.json'))} -o ${quote(downloadName(result, OUTPUT.csv))}\n`;
  }

  /**
   * The JSON records, made on first request: the run's command again with only --json and no
   * report. The same seed and settings give the same rows, so it matches the CSV.
   */
  async function downloadJSON() {
    const result = state.result;
    if (!result) return;
    if (!resultFile(result, OUTPUT.json)) {
      const button = $('dl-json');
      const asked = [];
      const dropped = new Set(['-o', '--report', '--html', '--analyst-report', '--summary']);
      for (let i = 0; i < result.args.length; i++) {
        if (dropped.has(result.args[i])) i++; else asked.push(result.args[i]);
      }
      asked.splice(2, 0, '--json', OUTPUT.json, '--no-report');
      button.disabled = true;
      button.setAttribute('aria-busy', 'true');
      clearMessages('download');
      say('download', 'info', () => t('preparingJSON'), { focus: false });
      let made;
      try {
        made = await call(asked, workerCount(state.session));
      } catch (e) {
        made = { exitCode: 1, stderr: e.message };
      } finally {
        button.disabled = false;
        button.removeAttribute('aria-busy');
      }
      // Another run or file took over meanwhile.
      if (state.result !== result) return;
      if (made.exitCode !== 0) {
        say('download', 'error', () => t('failed') + cleanError(made.stderr));
        return;
      }
      clearMessages('download');
      for (const file of made.files) result.files.set(file.path, file.bytes);
    }
    download(resultFile(result, OUTPUT.json), copyDownloadName(result, OUTPUT.json), 'application/json');
  }

  function download(bytes, name, type) {
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  // MARK: Wiring

  function wire() {
    for (const button of document.querySelectorAll('button.lang')) button.addEventListener('click', () => setLanguage(button.dataset.lang));
    $('file').addEventListener('change', () => {
      const file = $('file').files[0];
      if (file) loadFile(file.name, file.size, () => file.arrayBuffer());
      // The same file chosen again is a new session too.
      $('file').value = '';
    });
    // Another sheet of the same workbook: read again from the kept Blob, as a new session.
    $('sheet').addEventListener('change', () => {
      const { file } = state.session;
      if (file) loadFile(file.name, file.size, () => file.blob.arrayBuffer(), $('sheet').value);
    });
    const drop = $('drop');
    drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('over');
      const file = event.dataTransfer.files[0];
      if (file) loadFile(file.name, file.size, () => file.arrayBuffer());
    });
    $('demo').addEventListener('click', () => {
      const embedded = document.getElementById('demo-base64');
      if (embedded) {
        const bytes = base64Bytes(embedded.textContent);
        loadFile('lawschool.csv', bytes.length, async () => bytes.buffer);
      } else {
        loadFile('lawschool.csv', 705393, async () => {
          const response = await fetch('demo/lawschool.csv');
          if (!response.ok) throw new Error(`demo/lawschool.csv: HTTP ${response.status}`);
          return response.arrayBuffer();
        });
      }
    });
    for (const radio of document.querySelectorAll('input[name=method]')) {
      radio.addEventListener('change', () => { updateSuggestion(); renderSettings(); });
    }
    $('min-count').addEventListener('input', minCountChanged);
    $('run').addEventListener('click', startRun);
    $('add-rule').addEventListener('click', addRule);
    $('add-model').addEventListener('click', addModel);
    $('cancel').addEventListener('click', cancel);
    $('copy').addEventListener('change', copyChanged);
    // A narrower window makes the report taller.
    let resizeTimer = null;
    window.addEventListener('resize', () => { clearTimeout(resizeTimer); resizeTimer = setTimeout(() => fitReport(), 100); });
    const files = [['dl-csv', OUTPUT.csv, 'text/csv'], ['dl-pdf', OUTPUT.pdf, 'application/pdf'], ['dl-analyst', OUTPUT.analyst, 'application/pdf']];
    for (const [button, name, type] of files) {
      $(button).addEventListener('click', () => download(resultFile(state.result, name), copyDownloadName(state.result, name), type));
    }
    $('dl-same').addEventListener('click', () => {
      const same = sameFormat(state.result.analysis);
      download(resultFile(state.result, OUTPUT[same]), copyDownloadName(state.result, OUTPUT[same]), SAME_FORMAT_TYPES[same]);
    });
    $('dl-json').addEventListener('click', downloadJSON);
    $('dl-settings').addEventListener('click', () => download(new TextEncoder().encode(settingsFile(state.result)), downloadName(state.result, 'settings.json'), 'application/json'));
  }

  state.lang = initialLanguage();
  wire();
  applyLanguage();
  startWorker();
  state.ready.catch((e) => say('file', 'error', () => t('loadFailed') + e.message));
  loadCatalogue().catch(() => {});
})();
