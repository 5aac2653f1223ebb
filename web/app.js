// The LocalSynth page: pick a CSV, check its columns, choose the method, run the core in a Web
// Worker, show the report and offer the files. A classic script, so the one-file build can inline
// it and it runs from file://. Nothing here sends data anywhere.
'use strict';
(() => {
  const TEXT = self.LOCALSYNTH_TEXT;
  const $ = (id) => document.getElementById(id);
  // Above this the core cannot hold a table and its synthesis in WebAssembly's 4 GB.
  const SIZE_LIMIT = 512 * 2 ** 20;
  const SIZE_WARNING = 150 * 2 ** 20;
  const KINDS = ['integer', 'decimal', 'categorical', 'boolean', 'date', 'datetime', 'identifier'];
  const OUTPUT = { csv: 'synthetic.csv', json: 'synthetic.json', pdf: 'synthetic-report.pdf', html: 'synthetic-report.html' };

  const state = {
    lang: 'en',
    file: null, // {name, path, bytes}
    schema: null, // analyze --json
    result: null, // {files, args, seconds, rows}
    worker: null,
    ready: null,
    pending: new Map(),
    nextId: 1,
    running: false,
  };

  // MARK: Language

  function initialLanguage() {
    const asked = new URLSearchParams(location.search).get('lang');
    if (asked === 'nl' || asked === 'en') return asked;
    return (navigator.language || '').toLowerCase().startsWith('nl') ? 'nl' : 'en';
  }

  function t(key, values) {
    let text = TEXT[state.lang][key] ?? TEXT.en[key] ?? key;
    if (values) text = text.replace(/\{(\w+)\}/g, (_, name) => (values[name] ?? ''));
    return text;
  }

  function number(n) {
    return new Intl.NumberFormat(state.lang === 'nl' ? 'nl-NL' : 'en-GB').format(n);
  }

  /** One decimal, with the language's decimal mark. */
  function decimal(x) {
    return new Intl.NumberFormat(state.lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
  }

  function size(bytes) {
    const units = ['bytes', 'KB', 'MB', 'GB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit += 1; }
    const digits = unit === 0 ? 0 : 1;
    return `${new Intl.NumberFormat(state.lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
  }

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
    for (const button of document.querySelectorAll('button.lang')) button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
    if (state.schema) { renderFileLine(); renderSchema(); renderTargetAndKeys(); updateSuggestion(); }
  }

  function setLanguage(lang) {
    if (lang === state.lang) return;
    state.lang = lang;
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
    applyLanguage();
    // The report follows the language: the same run again (same seed, same data) in the other language.
    if (state.result && !state.running) run(state.result.args.map((a, i, all) => (all[i - 1] === '--lang' ? lang : a)));
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
      init = { type: 'init', wasm: base64Bytes(document.getElementById('wasm-base64').textContent).buffer };
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
          else waiting.reject(Object.assign(new Error(message.message), { outOfMemory: message.outOfMemory }));
        }
      };
      worker.onerror = (event) => reject(new Error(event.message || 'worker failed'));
    });
    worker.postMessage(init);
    if (state.file) worker.postMessage({ type: 'file', path: state.file.path, bytes: state.file.bytes.slice().buffer });
  }

  function base64Bytes(text) {
    const clean = text.replace(/\s+/g, '');
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(clean);
    const binary = atob(clean);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  async function call(args) {
    await state.ready;
    const id = state.nextId++;
    return new Promise((resolve, reject) => {
      state.pending.set(id, { resolve, reject });
      state.worker.postMessage({ type: 'run', id, args });
    });
  }

  // MARK: Step 1, the file

  function showError(element, text) {
    element.textContent = text;
    element.hidden = !text;
  }

  async function loadFile(name, byteCount, readBytes) {
    const error = $('file-error');
    showError(error, '');
    $('file-info').hidden = false;
    if (byteCount > SIZE_LIMIT) {
      $('file-info').hidden = true;
      showError(error, t('tooLarge', { name, size: size(byteCount), limit: size(SIZE_LIMIT) }));
      return;
    }
    $('file-info').textContent = t('reading', { name, size: size(byteCount) });
    for (const id of ['step-schema', 'step-settings', 'step-run', 'step-report']) $(id).hidden = true;
    state.result = null;
    let bytes;
    try {
      bytes = new Uint8Array(await readBytes());
    } catch (e) {
      showError(error, t('failed') + e.message);
      return;
    }
    // A name starting with "-" would read as an option.
    const path = name.startsWith('-') ? `./${name}` : name;
    state.file = { name, path, bytes };
    await state.ready.catch(() => {});
    state.worker.postMessage({ type: 'file', path, bytes: bytes.slice().buffer });
    try {
      const result = await call(['analyze', path, '--json']);
      if (result.exitCode !== 0) {
        $('file-info').hidden = true;
        showError(error, cleanError(result.stderr));
        return;
      }
      state.schema = JSON.parse(result.stdout);
    } catch (e) {
      showError(error, e.outOfMemory ? t('outOfMemory') : t('failed') + e.message);
      return;
    }
    if (byteCount > SIZE_WARNING) showError(error, t('largeWarning', { name, size: size(byteCount) }));
    renderFileLine();
    renderPreview();
    renderSchema();
    renderTargetAndKeys();
    $('rows').value = state.schema.rows;
    updateSuggestion();
    $('step-schema').hidden = false;
    $('step-settings').hidden = false;
  }

  function cleanError(stderr) {
    return stderr.split('\n').filter((line) => line && !line.startsWith("Run 'localsynth")).map((line) => line.replace(/^localsynth: error: /, '')).join('\n');
  }

  function renderFileLine() {
    const s = state.schema;
    const delimiters = { ',': state.lang === 'nl' ? 'komma' : 'comma', ';': state.lang === 'nl' ? 'puntkomma' : 'semicolon', '\t': 'tab', '|': '|' };
    $('file-info').textContent = t('fileLine', {
      name: state.file.name, rows: number(s.rows), columns: number(s.columns), size: size(state.file.bytes.length),
      delimiter: delimiters[s.dialect.delimiter] ?? s.dialect.delimiter, encoding: s.dialect.encoding,
    });
  }

  // MARK: Step 2, preview and schema

  /** The first rows of the file, split as RFC 4180 CSV with the detected delimiter. */
  function previewRows(limit) {
    const s = state.schema;
    const head = state.file.bytes.subarray(0, 256 * 1024);
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

  function cell(tag, text, className) {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  function renderPreview() {
    const table = $('preview');
    table.replaceChildren();
    const head = document.createElement('tr');
    for (const column of state.schema.schema) head.append(cell('th', column.name));
    const thead = document.createElement('thead');
    thead.append(head);
    const tbody = document.createElement('tbody');
    for (const row of previewRows(8)) {
      const tr = document.createElement('tr');
      for (let i = 0; i < state.schema.schema.length; i++) tr.append(cell('td', row[i] ?? ''));
      tbody.append(tr);
    }
    table.append(thead, tbody);
  }

  function renderSchema() {
    const table = $('schema');
    const edits = readSchemaEdits();
    table.replaceChildren();
    const head = document.createElement('tr');
    for (const key of ['colName', 'colType', 'colMissing', 'colCodes', 'colUse', 'colWhy']) head.append(cell('th', t(key)));
    const thead = document.createElement('thead');
    thead.append(head);
    const tbody = document.createElement('tbody');
    state.schema.schema.forEach((column, index) => {
      const edit = edits[index];
      const tr = document.createElement('tr');
      tr.dataset.index = String(index);
      tr.append(cell('th', column.name, 'name'));
      const type = document.createElement('select');
      type.className = 'type';
      type.setAttribute('aria-label', `${t('colType')} ${column.name}`);
      const kinds = KINDS.includes(column.type) ? KINDS : [column.type, ...KINDS];
      for (const kind of kinds) {
        const option = cell('option', TEXT[state.lang].types[kind] ?? kind);
        option.value = kind;
        type.append(option);
      }
      type.value = edit ? edit.type : column.type;
      type.addEventListener('change', () => {
        const use = tr.querySelector('input.use');
        if (type.value === 'identifier') use.checked = false;
        else if (column.type === 'identifier' && type.value !== 'identifier') use.checked = true;
      });
      const typeCell = document.createElement('td');
      typeCell.append(type);
      tr.append(typeCell);
      const share = state.schema.rows ? column.missing.count / state.schema.rows : 0;
      tr.append(cell('td', column.missing.count ? `${number(column.missing.count)} (${(share * 100).toFixed(share < 0.001 ? 2 : 1)}%)` : '0', 'count'));
      const codes = document.createElement('input');
      codes.className = 'codes';
      codes.placeholder = '-8, 999';
      codes.setAttribute('aria-label', `${t('colCodes')} ${column.name}`);
      codes.value = edit ? edit.codes : '';
      const codesCell = document.createElement('td');
      codesCell.append(codes);
      tr.append(codesCell);
      const use = document.createElement('input');
      use.type = 'checkbox';
      use.className = 'use';
      use.setAttribute('aria-label', `${t('colUse')} ${column.name}`);
      use.checked = edit ? edit.use : !column.excluded;
      const useCell = document.createElement('td');
      useCell.append(use);
      tr.append(useCell);
      const why = document.createElement('td');
      why.className = 'why';
      const list = document.createElement('ul');
      for (const reason of column.reasons) list.append(cell('li', reason));
      why.append(list);
      tr.append(why);
      tbody.append(tr);
    });
    table.append(thead, tbody);
  }

  function readSchemaEdits() {
    return Array.from(document.querySelectorAll('#schema tbody tr')).map((tr) => ({
      type: tr.querySelector('select.type').value,
      codes: tr.querySelector('input.codes').value,
      use: tr.querySelector('input.use').checked,
    }));
  }

  /** The schema edits as command-line options. */
  function schemaArguments() {
    const args = [];
    const edits = readSchemaEdits();
    state.schema.schema.forEach((column, index) => {
      const edit = edits[index];
      if (!edit) return;
      if (edit.type !== column.type) args.push('--type', `${column.name}=${edit.type}`);
      const codes = edit.codes.split(',').map((code) => code.trim()).filter((code) => code !== '');
      if (codes.length) args.push('--missing', `${column.name}=${codes.join(',')}`);
      const usedByDefault = !column.excluded && edit.type !== 'identifier';
      if (edit.use && !usedByDefault) args.push('--include', column.name);
      if (!edit.use && usedByDefault) args.push('--exclude', column.name);
    });
    return args;
  }

  // MARK: Step 3, settings

  function renderTargetAndKeys() {
    const target = $('target');
    const chosen = target.value;
    target.replaceChildren();
    const auto = cell('option', t('targetAuto'));
    auto.value = '';
    target.append(auto);
    const keys = $('keys');
    const checked = new Set(Array.from(keys.querySelectorAll('input:checked')).map((input) => input.value));
    keys.replaceChildren();
    for (const column of state.schema.schema) {
      const option = cell('option', column.name);
      option.value = column.name;
      target.append(option);
      const label = document.createElement('label');
      label.className = 'key';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = column.name;
      box.checked = checked.has(column.name);
      label.append(box, document.createTextNode(` ${column.name}`));
      keys.append(label);
    }
    target.value = Array.from(target.options).some((o) => o.value === chosen) ? chosen : '';
  }

  function method() {
    return document.querySelector('input[name=method]:checked').value;
  }

  /** The core's rule (SynthCommand.copulaSuggestion): over 1,000 categories or 50 million cells. */
  function updateSuggestion() {
    const box = $('suggestion');
    let reason = '';
    if (state.schema) {
      const many = state.schema.schema.find((c) => c.type === 'categorical' && !c.excluded && c.distinct > 1000);
      const cells = state.schema.rows * state.schema.columns;
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
      });
      box.append(document.createTextNode(`${t('suggestGC', { reason })} `), use);
    }
    box.hidden = !reason || method() === 'gc';
    document.body.classList.toggle('gc', method() === 'gc');
  }

  function settingsArguments() {
    const args = ['--method', method()];
    const rows = $('rows').value.trim();
    if (rows && Number(rows) !== state.schema.rows) args.push('--rows', rows);
    args.push('--seed', $('seed').value.trim() || '1');
    if ($('missing-values').value !== 'model') args.push('--missing-values', $('missing-values').value);
    if (method() === 'cart') {
      if ($('minbucket').value.trim() && $('minbucket').value.trim() !== '5') args.push('--minbucket', $('minbucket').value.trim());
      if ($('smoothing').value !== 'auto') args.push('--smoothing', $('smoothing').value);
      if ($('visit').value === 'auto') args.push('--visit', 'auto');
      if ($('proper').checked) args.push('--proper');
    } else {
      if ($('marginals').value !== 'empirical') args.push('--marginals', $('marginals').value);
      if ($('strata').value !== 'auto') args.push('--strata', $('strata').value);
    }
    if ($('target').value) args.push('--target', $('target').value);
    const keys = Array.from(document.querySelectorAll('#keys input:checked')).map((input) => input.value);
    if (keys.length) args.push('--keys', keys.join(','));
    return args;
  }

  // MARK: Step 4, running

  // Each stage reports its own 0–1; the bar runs over reading, synthesis and the report in turn,
  // and never goes back (the report reads the synthetic table again).
  const PHASES = [
    { stages: ['reading'], start: 0, width: 0.08, label: 'phaseReading' },
    { stages: ['typing'], start: 0.08, width: 0.04, label: 'phaseTyping' },
    { stages: ['synthesising', 'stratifying', 'fitting', 'drawing'], start: 0.12, width: 0.58, label: 'phaseSynthesis' },
    { stages: [], start: 0.7, width: 0.3, label: 'phaseReport' },
  ];
  let shownFraction = 0;
  let shownPhase = 0;
  let clock = null;

  function showProgress(stage, fraction) {
    let phase = PHASES.findIndex((p) => p.stages.includes(stage));
    if (phase < 0 || phase < shownPhase) phase = Math.max(shownPhase, 3);
    shownPhase = phase;
    const overall = Math.max(shownFraction, Math.min(1, PHASES[phase].start + PHASES[phase].width * fraction));
    shownFraction = overall;
    const percent = Math.floor(overall * 100);
    $('bar').style.width = `${percent}%`;
    $('bar').setAttribute('aria-valuenow', String(percent));
    $('percent').textContent = `${percent}%`;
    $('stage').textContent = t(PHASES[phase].label);
  }

  async function run(args) {
    if (state.running) return;
    state.running = true;
    shownFraction = 0;
    shownPhase = 0;
    showProgress('reading', 0);
    showError($('file-error'), '');
    $('step-run').hidden = false;
    $('run').disabled = true;
    const started = performance.now();
    clock = setInterval(() => { $('elapsed').textContent = `${decimal((performance.now() - started) / 1000)} s`; }, 100);
    $('step-run').scrollIntoView({ block: 'nearest' });
    try {
      const result = await call(args);
      const seconds = (performance.now() - started) / 1000;
      if (result.exitCode !== 0) {
        showError($('file-error'), t('failed') + cleanError(result.stderr));
        $('step-file').scrollIntoView();
        return;
      }
      const files = new Map(result.files.map((file) => [file.path, file.bytes]));
      const rows = Number((/Synthesised (\d+) rows/.exec(result.stdout) ?? [])[1] ?? 0);
      state.result = { files, args, seconds, rows };
      showResult();
    } catch (e) {
      if (e.message !== 'cancelled') showError($('file-error'), e.outOfMemory ? t('outOfMemory') : t('failed') + e.message);
    } finally {
      clearInterval(clock);
      state.running = false;
      $('run').disabled = false;
      $('step-run').hidden = true;
    }
  }

  function cancel() {
    if (!state.running) return;
    state.worker.terminate();
    for (const waiting of state.pending.values()) waiting.reject(new Error('cancelled'));
    state.pending.clear();
    startWorker();
    $('file-info').textContent = t('cancelled');
    $('file-info').hidden = false;
  }

  function startRun() {
    const seed = $('seed').value.trim() || '1';
    if (!/^\d+$/.test(seed) || BigInt(seed) > 18446744073709551615n) {
      showError($('file-error'), t('failed') + `--seed: ${seed}`);
      return;
    }
    const args = ['synth', state.file.path, '-o', OUTPUT.csv, '--json', OUTPUT.json, '--report', OUTPUT.pdf, '--html', OUTPUT.html,
      ...settingsArguments(), '--lang', state.lang, ...schemaArguments()];
    run(args);
  }

  // MARK: Results

  const decoder = new TextDecoder();

  function showResult() {
    const result = state.result;
    $('result-line').textContent = t('resultLine', { rows: number(result.rows), seconds: decimal(result.seconds) });
    const frame = $('report');
    frame.onload = () => {
      const doc = frame.contentDocument;
      if (doc) frame.style.height = `${doc.documentElement.scrollHeight + 20}px`;
    };
    frame.srcdoc = decoder.decode(result.files.get(OUTPUT.html));
    $('cli').textContent = commandLine();
    $('step-report').hidden = false;
    $('step-report').scrollIntoView({ block: 'start' });
  }

  /** A file's download name: the input's name before it, e.g. lawschool-synthetic.csv. */
  function downloadName(name) {
    return `${state.file.name.replace(/\.[^.]*$/, '') || 'data'}-${name}`;
  }

  /** The "settings" object of the JSON output: a settings file that repeats the run. */
  function settingsFile() {
    const head = decoder.decode(state.result.files.get(OUTPUT.json).subarray(0, 1 << 20));
    const start = head.indexOf('"settings":') + '"settings":'.length;
    const end = head.indexOf(',"copy":', start);
    return `${JSON.stringify(JSON.parse(head.slice(start, end)), null, 2)}\n`;
  }

  function quote(word) {
    return /^[A-Za-z0-9_./=,:-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
  }

  function commandLine() {
    const outputs = Object.values(OUTPUT);
    const args = state.result.args.map((a) => (outputs.includes(a) ? downloadName(a) : a));
    return `localsynth ${args.map(quote).join(' ')}\n\n# ${t('cliSettings')}:\nlocalsynth synth ${quote(state.file.path)} --settings ${quote(downloadName('settings.json'))} -o ${quote(downloadName(OUTPUT.csv))}\n`;
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
    for (const radio of document.querySelectorAll('input[name=method]')) radio.addEventListener('change', updateSuggestion);
    $('run').addEventListener('click', startRun);
    $('cancel').addEventListener('click', cancel);
    for (const [button, name, type] of [['dl-csv', OUTPUT.csv, 'text/csv'], ['dl-json', OUTPUT.json, 'application/json'], ['dl-pdf', OUTPUT.pdf, 'application/pdf']]) {
      $(button).addEventListener('click', () => download(state.result.files.get(name), downloadName(name), type));
    }
    $('dl-settings').addEventListener('click', () => download(new TextEncoder().encode(settingsFile()), downloadName('settings.json'), 'application/json'));
  }

  state.lang = initialLanguage();
  wire();
  applyLanguage();
  startWorker();
  state.ready.catch((e) => showError($('file-error'), t('loadFailed') + e.message));
})();
