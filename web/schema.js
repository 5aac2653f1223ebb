// Step 2 of the page: the columns of one file as `analyze --json` found them, and the user's
// edits to them. Edits belong to one file and are kept by column name, so analysing the same file
// again (another language, another minimum count) keeps them, and a new file starts from none.
// A classic script, so the one-file build can inline it and it runs from file://.
'use strict';
self.LocalSynthSchema = (() => {
  const KINDS = ['integer', 'decimal', 'categorical', 'boolean', 'date', 'datetime', 'identifier'];

  /**
   * What the user changed in one column; an absent field means "as analysed".
   * @typedef {{type?: string, codes?: string, use?: boolean, notMissing?: string[], coarsen?: string, method?: string, settings?: object}} ColumnEdit
   * (`settings`: the column's per-column settings of the core's catalogue, by key: "on"/"off", or "A, B")
   */

  function editOf(edits, column) {
    if (!edits.has(column.name)) edits.set(column.name, {});
    return edits.get(column.name);
  }

  const typeOf = (column, edit) => edit.type ?? column.type;
  const codesOf = (edit) => (edit.codes ?? '').split(',').map((code) => code.trim()).filter((code) => code !== '');
  const useOf = (column, edit) => edit.use ?? !column.excluded;
  const missingOf = (column) => column.missing ?? { count: 0, codes: [] };

  /** The edits as command-line options (the same for analyze and synth). */
  function commandArguments(analysis, edits) {
    const args = [];
    for (const column of analysis.schema) {
      const edit = edits.get(column.name);
      if (!edit) continue;
      const type = typeOf(column, edit);
      if (type !== column.type) args.push('--type', `${column.name}=${type}`);
      const codes = codesOf(edit);
      if (codes.length) args.push('--missing', `${column.name}=${codes.join(',')}`);
      if (edit.notMissing?.length) args.push('--not-missing', `${column.name}=${edit.notMissing.join(',')}`);
      if (edit.coarsen) args.push('--coarsen', `${column.name}=${edit.coarsen}`);
      const usedByDefault = !column.excluded && type !== 'identifier';
      const use = useOf(column, edit);
      if (use && !usedByDefault) args.push('--include', column.name);
      if (!use && usedByDefault) args.push('--exclude', column.name);
    }
    return args;
  }

  const NUMBER_KINDS = ['integer', 'decimal', 'date', 'datetime'];

  /** The models that suit a column of this type, by each model's scope in the core's catalogue. */
  function methodsFor(column, type, methods) {
    const numeric = NUMBER_KINDS.includes(type);
    const classes = type === 'boolean' ? 2 : (column.distinct ?? 0) + (missingOf(column).count > 0 ? 1 : 0);
    return methods.filter((m) => {
      switch (m.scope) {
        case 'numbers': return numeric;
        case 'categories': return !numeric;
        case 'twoCategories': return !numeric && classes <= 2;
        default: return true;
      }
    });
  }

  /** The per-column models as synth options (CART runs only; analyze takes none). */
  function methodArguments(analysis, edits) {
    const args = [];
    for (const column of analysis.schema) {
      const method = edits.get(column.name)?.method;
      if (method && method !== 'cart' && useOf(column, edits.get(column.name))) args.push('--column-method', `${column.name}=${method}`);
    }
    return args;
  }

  /** The catalogue's per-column settings the table offers (the model has a column of its own). */
  const COLUMN_KINDS = ['columnOnOff', 'columnColumns'];
  const columnSettings = (catalogue) => catalogue.filter((s) => COLUMN_KINDS.includes(s.kind) && s.flag);

  /**
   * Per-column settings as synth options: `--smooth income=off`, `--predictors income=age,sex`. Only
   * for the columns in use, and for settings of `method` (or of both methods).
   */
  function columnSettingArguments(analysis, edits, catalogue, method) {
    const args = [];
    for (const setting of columnSettings(catalogue)) {
      if (setting.method && setting.method !== method) continue;
      for (const column of analysis.schema) {
        const edit = edits.get(column.name);
        const value = edit?.settings?.[setting.key];
        if (value === undefined || !useOf(column, edit)) continue;
        if (setting.kind === 'columnOnOff') args.push(setting.flag, `${column.name}=${value}`);
        else args.push(setting.flag, `${column.name}=${value.split(',').map((name) => name.trim()).filter((name) => name).join(',')}`);
      }
    }
    return args;
  }

  /** The control of one per-column setting: on/off/default for numbers, a list of columns. */
  function columnSettingControl(setting, column, edit, ui, key) {
    const { t } = ui;
    const settings = edit.settings ?? {};
    const set = (value) => {
      if (value === '' || value === undefined) delete settings[setting.key]; else settings[setting.key] = value;
      if (Object.keys(settings).length) edit.settings = settings; else delete edit.settings;
    };
    let control;
    if (setting.kind === 'columnOnOff') {
      // Smoothing and the like change numbers only.
      if (!NUMBER_KINDS.includes(typeOf(column, edit))) return document.createTextNode('');
      control = document.createElement('select');
      for (const [value, text] of [['', t('settingDefault')], ['on', t('settingOn')], ['off', t('settingOff')]]) {
        const option = element('option', text);
        option.value = value;
        control.append(option);
      }
      control.value = settings[setting.key] ?? '';
      control.addEventListener('change', () => set(control.value));
    } else {
      control = document.createElement('input');
      control.placeholder = t('settingColumnsPlaceholder');
      control.value = settings[setting.key] ?? '';
      control.addEventListener('input', () => set(control.value.trim()));
    }
    control.className = `column-setting ${setting.key}`;
    control.dataset.key = key(setting.key);
    control.setAttribute('aria-label', `${setting.label[ui.lang] ?? setting.label.en} ${column.name}`);
    return control;
  }

  /**
   * Draws the columns table.
   * @param {HTMLTableElement} table
   * @param {object} analysis the `analyze --json` document
   * @param {Map<string, ColumnEdit>} edits
   * @param {{t: Function, number: Function, percent: Function, types: object}} ui
   */
  const HEADINGS = ['colName', 'colType', 'colMissing', 'colCodes', 'colUse', 'colMethod', 'colWhy'];
  /** The headings of the table: the page's own, then the catalogue's per-column settings (after
   * "why", so the reasons stay in view on a laptop screen). */
  const headings = (ui) => {
    const own = HEADINGS.map((key) => ({ text: ui.t(key), className: '' }));
    const extra = columnSettings(ui.catalogue ?? []).map((s) => ({ text: s.label[ui.lang] ?? s.label.en, className: s.method ? `${s.method}-only` : '' }));
    return [...own, ...extra];
  };

  function render(table, analysis, edits, ui) {
    const { t } = ui;
    // One-click choices redraw the table; focus goes back to the same control.
    const focused = table.contains(document.activeElement) ? document.activeElement.dataset.key : undefined;
    const redraw = () => render(table, analysis, edits, ui);
    table.replaceChildren();
    const head = document.createElement('tr');
    for (const heading of headings(ui)) head.append(element('th', heading.text, heading.className || undefined));
    const thead = document.createElement('thead');
    thead.append(head);
    const tbody = document.createElement('tbody');
    for (const column of analysis.schema) tbody.append(row(column, analysis, editOf(edits, column), ui, redraw));
    table.append(thead, tbody);
    if (focused !== undefined) {
      const again = Array.from(table.querySelectorAll('[data-key]')).find((e) => e.dataset.key === focused);
      if (again) again.focus();
    }
  }

  function row(column, analysis, edit, ui, redraw) {
    const { t } = ui;
    const tr = document.createElement('tr');
    tr.dataset.column = column.name;
    const key = (...parts) => [column.name, ...parts].join('\u0000');

    tr.append(nameCell(column, analysis, ui));

    const type = document.createElement('select');
    type.className = 'type';
    type.dataset.key = key('type');
    type.setAttribute('aria-label', `${t('colType')} ${column.name}`);
    for (const kind of KINDS.includes(column.type) ? KINDS : [column.type, ...KINDS]) {
      const option = element('option', ui.types[kind] ?? kind);
      option.value = kind;
      type.append(option);
    }
    type.value = typeOf(column, edit);
    type.addEventListener('change', () => {
      if (type.value === column.type) delete edit.type; else edit.type = type.value;
      const use = tr.querySelector('input.use');
      if (type.value === 'identifier') use.checked = false;
      else if (column.type === 'identifier') use.checked = true;
      setUse(column, edit, use.checked);
    });
    tr.append(wrap('td', type));

    tr.append(missingCell(column, analysis, edit, ui, redraw, key));

    const codes = document.createElement('input');
    codes.className = 'codes';
    codes.dataset.key = key('codes');
    codes.placeholder = '-8, 999';
    codes.setAttribute('aria-label', `${t('colCodes')} ${column.name}`);
    codes.value = edit.codes ?? '';
    codes.addEventListener('input', () => { edit.codes = codes.value; });
    tr.append(wrap('td', codes));

    const use = document.createElement('input');
    use.type = 'checkbox';
    use.className = 'use';
    use.dataset.key = key('use');
    use.setAttribute('aria-label', `${t('colUse')} ${column.name}`);
    use.checked = useOf(column, edit);
    use.addEventListener('change', () => setUse(column, edit, use.checked));
    tr.append(wrap('td', use));

    // The column's model in a CART run, from the core's catalogue (empty until it has loaded).
    const model = document.createElement('select');
    model.className = 'method cart-only';
    model.dataset.key = key('method');
    model.setAttribute('aria-label', `${t('colMethod')} ${column.name}`);
    for (const m of methodsFor(column, typeOf(column, edit), ui.methods ?? [])) {
      const option = element('option', m[ui.lang] ?? m.en);
      option.value = m.token;
      model.append(option);
    }
    model.value = edit.method ?? 'cart';
    if (model.value !== (edit.method ?? 'cart')) { delete edit.method; model.value = 'cart'; }
    model.addEventListener('change', () => { if (model.value === 'cart') delete edit.method; else edit.method = model.value; });
    tr.append(wrap('td', model));

    tr.append(whyCell(column, edit, ui, redraw, key));

    for (const setting of columnSettings(ui.catalogue ?? [])) {
      const cell = wrap('td', columnSettingControl(setting, column, edit, ui, key));
      if (setting.method) cell.className = `${setting.method}-only`;
      tr.append(cell);
    }
    // On a narrow screen each row is a card, and each cell says what it holds.
    headings(ui).forEach((heading, i) => { if (i > 0) tr.children[i].dataset.label = heading.text; });
    return tr;
  }

  /** The name, and flags for what needs a decision: an identifier, a quasi-identifier, rare categories. */
  function nameCell(column, analysis, ui) {
    const { t, number } = ui;
    const th = element('th', column.name, 'name');
    // An SPSS or Stata variable's label, under its name.
    if (column.variable?.label) th.append(element('span', column.variable.label, 'varlabel'));
    const flags = [];
    if (column.identifier) flags.push(['identifier', t('identifierBadge', { kind: t(`identifier_${column.identifier}`) })]);
    if (column.quasiIdentifier) flags.push(['quasi', t('quasiBadge')]);
    if (column.rare?.levels > 0) {
      const k = number(analysis.minCount ?? 5);
      flags.push(['rare', t(column.rare.levels === 1 ? 'rareOne' : 'rareMany', { levels: number(column.rare.levels), k })]);
    }
    for (const [kind, text] of flags) th.append(element('span', text, `flag ${kind}`));
    return th;
  }

  function setUse(column, edit, use) {
    if (use === !column.excluded) delete edit.use; else edit.use = use;
  }

  /** The missing count (after the user's choices) and each code: counted, kept, or suggested. */
  function missingCell(column, analysis, edit, ui, redraw, key) {
    const { t, number } = ui;
    const missing = missingOf(column);
    const codes = codesOf(edit);
    const off = edit.notMissing ?? [];
    const known = [...(missing.kept ?? []), ...(missing.suggested ?? [])];
    let count = missing.count;
    for (const code of missing.codes) if (off.includes(code.code)) count -= code.count;
    for (const code of known) if (codes.includes(code.code)) count += code.count;
    const td = document.createElement('td');
    td.className = 'missing';
    td.append(element('span', count ? `${number(count)} (${ui.percent(analysis.rows ? count / analysis.rows : 0)})` : '0', 'count'));
    const list = document.createElement('ul');
    list.className = 'codes';
    // Empty cells alone need no list: the count says it all.
    const listed = missing.codes.some((code) => code.code !== '') ? missing.codes : [];
    for (const code of listed) {
      const item = document.createElement('li');
      if (code.code === '' || code.user) {
        item.textContent = t('codeCount', { code: code.code === '' ? t('emptyCode') : code.code, count: number(code.count) });
      } else {
        // A standard token such as NA: counted as missing unless switched off.
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.className = 'token';
        box.dataset.key = key('token', code.code);
        box.checked = !off.includes(code.code);
        box.setAttribute('aria-label', t('tokenToggle', { code: code.code, column: column.name }));
        box.addEventListener('change', () => {
          const rest = off.filter((token) => token !== code.code);
          edit.notMissing = box.checked ? rest : [...rest, code.code];
          if (!edit.notMissing.length) delete edit.notMissing;
          redraw();
        });
        const label = document.createElement('label');
        label.append(box, document.createTextNode(` ${t('codeCount', { code: `“${code.code}”`, count: number(code.count) })}`));
        item.append(label);
      }
      list.append(item);
    }
    for (const code of missing.kept ?? []) {
      list.append(choice('kept', t('keptToken', { code: code.code, count: number(code.count) }), codes.includes(code.code), code.code));
    }
    for (const code of missing.suggested ?? []) {
      list.append(choice('suggested', t('suggestedCode', { code: code.code, count: number(code.count) }), codes.includes(code.code), code.code));
    }
    if (list.childElementCount) td.append(list);
    return td;

    /** A code the user can count as missing with one click (it joins the column's codes). */
    function choice(kind, text, taken, code) {
      const item = element('li', `${text} `, kind);
      if (taken) {
        item.append(element('span', t('countedAsMissing'), 'taken'));
      } else {
        const button = element('button', t('countAsMissing'), 'small');
        button.type = 'button';
        button.dataset.key = key(kind, code);
        button.setAttribute('aria-label', `${t('countAsMissing')}: “${code}”, ${column.name}`);
        button.addEventListener('click', () => {
          if (!codesOf(edit).includes(code)) edit.codes = [...codesOf(edit), code].join(', ');
          redraw();
          // The button is gone; the codes field shows what was added.
          const field = Array.from(document.querySelectorAll('#schema input.codes')).find((e) => e.dataset.key === key('codes'));
          if (field) field.focus();
        });
        item.append(button);
      }
      return item;
    }
  }

  /** The reasons, and the quasi-identifier advice with its coarsening choices. */
  function whyCell(column, edit, ui, redraw, key) {
    const { t } = ui;
    const td = document.createElement('td');
    td.className = 'why';
    const list = document.createElement('ul');
    for (const reason of column.reasons) list.append(element('li', reason));
    // The codes and labels of an SPSS or Stata variable (the first twelve).
    const labels = column.variable?.valueLabels ?? [];
    if (labels.length) {
      const shown = labels.slice(0, 12).map((v) => `${v.code} = ${v.label}`).join(', ') + (labels.length > 12 ? ', …' : '');
      list.append(element('li', t(column.variable.showsLabels ? 'valueLabelsShown' : 'valueLabelsKept', { labels: shown })));
    }
    td.append(list);
    const quasi = column.quasiIdentifier;
    if (quasi) {
      const advice = element('p', quasi.message, 'advice');
      for (const value of quasi.coarsen ?? []) {
        const button = element('button', t(`coarsen_${value}`), 'small');
        button.type = 'button';
        button.dataset.key = key('coarsen', value);
        button.setAttribute('aria-pressed', String(edit.coarsen === value));
        button.setAttribute('aria-label', `${t(`coarsen_${value}`)}: ${column.name}`);
        button.addEventListener('click', () => {
          if (edit.coarsen === value) delete edit.coarsen; else edit.coarsen = value;
          redraw();
        });
        advice.append(document.createTextNode(' '), button);
      }
      td.append(advice);
    }
    return td;
  }

  function element(tag, text, className) {
    const e = document.createElement(tag);
    e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  function wrap(tag, child) {
    const e = document.createElement(tag);
    e.append(child);
    return e;
  }

  return { render, commandArguments, methodArguments, methodsFor, columnSettingArguments };
})();
