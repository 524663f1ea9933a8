// The service desk's dashboard: reads /api/dashboard/now and /api/dashboard/trends and draws them. Inside Teams
// (?host=teams) it signs in with the tab's single sign-on token and follows Teams' theme; in a browser it signs in
// with Entra ID when the bot does (signin.js; ?auth=key asks for a key instead) or asks for an API key (kept for this
// tab only), and takes ?theme= and ?lang=. Every table can be saved as CSV.
(() => {
  'use strict';

  const signInWithEntra = window.dashboardSignIn;
  const returned = signInWithEntra.takeReturn();
  const params = new URLSearchParams(location.search);
  const allTexts = JSON.parse(document.getElementById('texts').textContent);
  const inTeams = params.get('host') === 'teams';
  const keyStore = 'servicedesk.dashboard.apiKey';
  const periods = [7, 30, 90, 365];
  const priorities = ['P1', 'P2', 'P3', 'P4', 'P5'];
  const main = document.getElementById('main');
  let lang = pickLanguage(params.get('lang') || navigator.language);
  let auth = null;
  let entra = null;
  let view = params.get('view') === 'trends' ? 'trends' : 'now';
  let days = periods.includes(Number(params.get('days'))) ? Number(params.get('days')) : 30;
  let charts = [];
  let redraw = () => {};

  function pickLanguage(locale) { return (locale || '').toLowerCase().startsWith('fr') ? 'fr' : 'en'; }
  function t(key) { return allTexts[lang][key] ?? key; }
  function format(key, ...args) { return t(key).replace(/\{(\d)\}/g, (_, i) => args[Number(i)]); }
  function locale() { return lang === 'fr' ? 'fr-FR' : 'en-GB'; }
  function number(value) { return value === null || value === undefined ? '–' : new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value); }
  function date(value) { return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(value)) + ' UTC'; }
  // The moment the "now" figures were read, to the second: at-risk and breached are true at that instant.
  function instant(value) { return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }).format(new Date(value)) + ' UTC'; }
  function day(value) { return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(value)); }

  function applyTheme(theme) {
    document.documentElement.dataset.theme = theme === 'dark' ? 'dark' : theme === 'contrast' || theme === 'highContrast' ? 'contrast' : 'light';
  }

  function element(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== undefined && value !== null) node.setAttribute(name, value);
    }
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return node;
  }

  function localize() {
    document.documentElement.lang = lang;
    document.title = t('title');
    document.getElementById('title').textContent = t('title');
    document.getElementById('tab-now').textContent = t('now');
    document.getElementById('tab-trends').textContent = t('trends');
    document.getElementById('period-label').textContent = t('period');
    const select = document.getElementById('period');
    select.replaceChildren(...periods.map(p => element('option', { value: p }, t('period.' + p))));
    select.value = String(days);
  }

  async function get(path) {
    const response = await fetch(path, { headers: { [auth.name]: auth.value }, cache: 'no-store' });
    if (response.status === 401) throw new DashboardError('signIn');
    if (response.status === 403) throw new DashboardError('refused');
    if (!response.ok) throw new DashboardError('error');
    return response.json();
  }

  class DashboardError extends Error {
    constructor(kind) { super(kind); this.kind = kind; }
  }

  // ---- Tables, CSV and charts ----

  function section(id, title, wide, ...content) {
    const exportable = content.find(c => c instanceof HTMLTableElement);
    const head = element('div', { class: 'section-head' }, element('h2', {}, title));
    if (exportable) {
      const button = element('button', { type: 'button', class: 'export', 'data-export': id }, t('export'));
      button.addEventListener('click', () => download(id, exportable));
      head.append(button);
    }
    return element('section', { id, class: [wide ? 'wide' : '', exportable && exportable.rows.length > 16 ? 'long' : ''].join(' ').trim() || null, 'aria-label': title }, head, ...content);
  }

  // columns: [label, numeric?]; rows: arrays of cells, a cell being text, a number or { text, href }.
  function table(id, columns, rows) {
    if (rows.length === 0) return element('p', { class: 'empty' }, t('none'));
    const head = element('tr', {}, ...columns.map(([label, numeric]) => element('th', { scope: 'col', class: numeric ? 'number' : null }, label)));
    const body = rows.map(row => element('tr', {}, ...row.map((cell, i) => {
      const numeric = columns[i][1];
      const content = cell && typeof cell === 'object' && !(cell instanceof Node)
        ? (cell.href ? element('a', { href: cell.href, target: '_blank', rel: 'noopener' }, cell.text) : cell.text)
        : numeric ? number(cell) : String(cell ?? '–');
      return element('td', { class: numeric ? 'number' : null }, content);
    })));
    return element('table', { id: id + '-table' }, element('thead', {}, head), element('tbody', {}, ...body));
  }

  function csvOf(tableElement) {
    const quote = text => /[",\r\n;]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    return [...tableElement.rows].map(row => [...row.cells].map(cell => quote(cell.textContent)).join(',')).join('\r\n') + '\r\n';
  }

  function download(id, tableElement) {
    // The byte-order mark lets spreadsheet programs read the accents as UTF-8.
    const blob = new Blob(['\uFEFF' + csvOf(tableElement)], { type: 'text/csv;charset=utf-8' });
    const link = element('a', { href: URL.createObjectURL(blob), download: `${id}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  function color(n) { return getComputedStyle(document.documentElement).getPropertyValue('--series-' + n).trim(); }

  function chart(type, labels, series, options = {}) {
    const box = element('div', { class: 'chart' });
    if (!window.Chart) return box;
    const canvas = element('canvas', { role: 'img', 'aria-label': series.map(s => s.label).join(', ') });
    box.append(canvas);
    const style = getComputedStyle(document.documentElement);
    window.Chart.defaults.color = style.getPropertyValue('--fg').trim();
    window.Chart.defaults.borderColor = style.getPropertyValue('--border').trim();
    charts.push(new window.Chart(canvas, {
      type,
      data: {
        labels,
        datasets: series.map((s, i) => ({ label: s.label, data: s.data, backgroundColor: color(i + 1), borderColor: color(i + 1), pointRadius: 0, tension: 0.2 })),
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: series.length > 1 } }, ...options },
    }));
    return box;
  }

  function clearCharts() { charts.forEach(c => c.destroy()); charts = []; }

  // ---- Views ----

  function tile(label, value, kind) {
    return element('div', { class: 'tile ' + (kind || ''), 'data-figure': label }, element('span', { class: 'value' }, number(value)), label);
  }

  // A list cut to its most urgent rows says so in its title.
  function listTitle(key, shown, total) { return shown < total ? `${t(key)} (${format('mostUrgent', number(shown), number(total))})` : t(key); }

  function drawNow(now) {
    document.getElementById('generated').textContent = format('generatedAt', instant(now.at));
    const slaRows = rows => rows.map(r => [r.link ? { text: r.number, href: r.link } : r.number, r.title, r.priority, t('status.' + r.status), r.assignee ?? '–', date(r.due)]);
    const slaColumns = [[t('col.ticket')], [t('col.title')], [t('col.priority')], [t('col.status')], [t('col.assignee')], [t('col.due')]];
    const counts = list => list.map(c => [c.name, c.count]);
    const countColumns = [[t('col.name')], [t('col.count'), true]];
    main.replaceChildren(
      element('div', { class: 'tiles' },
        tile(t('backlog'), now.backlog.total),
        tile(t('unassigned'), now.unassigned, now.unassigned > 0 ? 'warn' : ''),
        tile(t('atRisk'), now.atRiskCount, now.atRiskCount > 0 ? 'warn' : ''),
        tile(t('breached'), now.breachedCount, now.breachedCount > 0 ? 'bad' : '')),
      section('by-priority', t('byPriority'), false,
        chart('bar', now.byPriority.map(c => c.name), [{ label: t('col.count'), data: now.byPriority.map(c => c.count) }]),
        table('by-priority', countColumns, counts(now.byPriority))),
      section('by-category', t('byCategory'), false, table('by-category', countColumns, counts(now.byCategory))),
      section('by-queue', t('byQueue'), false, table('by-queue', countColumns, counts(now.byQueue))),
      section('agents', t('agents'), false, table('agents', [[t('col.agent')], [t('col.open'), true], [t('col.atRiskOrBreached'), true]],
        now.agents.map(a => [a.agent, a.open, a.atRiskOrBreached]))),
      section('breached', listTitle('breached', now.breached.length, now.breachedCount), true, table('breached', slaColumns, slaRows(now.breached))),
      section('at-risk', listTitle('atRisk', now.atRisk.length, now.atRiskCount), true, table('at-risk', slaColumns, slaRows(now.atRisk))),
      section('major-incidents', t('majorIncidents'), true, table('major-incidents',
        [[t('col.id')], [t('col.title')], [t('col.service')], [t('col.published')], [t('col.reached'), true], [t('col.affected'), true], [t('col.acknowledged'), true], [t('col.linked'), true]],
        now.majorIncidents.map(m => [m.id, m.title, m.service ?? '–', m.publishedAt ? date(m.publishedAt) : '–', m.reached, m.affected, m.acknowledged, m.linkedIncidents]))),
      section('problems', t('problems'), true, table('problems',
        [[t('col.id')], [t('col.title')], [t('col.status')], [t('col.service')], [t('col.opened')], [t('col.linked'), true]],
        now.problems.map(p => [p.id, p.title, t('problemStatus.' + p.status), p.service ?? '–', date(p.openedAt), p.linkedIncidents]))),
      section('clusters', t('clusters'), true, table('clusters',
        [[t('col.shared')], [t('col.kind')], [t('col.incidents'), true], [t('col.firstSeen')], [t('col.latest')]],
        now.clusters.map(c => [c.shared, t('clusterKind.' + c.kind), c.incidents, date(c.firstSeen), date(c.latest)]))));
  }

  function change(current, previous) {
    if (current === null || current === undefined || previous === null || previous === undefined) return '–';
    const delta = Math.round((current - previous) * 10) / 10;
    return (delta > 0 ? '+' : '') + number(delta);
  }

  // The language model's answers are shown apart only when there are some: a desk without a model has none.
  function usedModel(m) { return m.deflection.model.helpful + m.deflection.model.notHelpful > 0; }

  function drawTrends(compared) {
    const c = compared.current, p = compared.previous;
    document.getElementById('generated').textContent = format('periodRange', date(c.from), date(c.to), date(p.from), date(p.to));
    const figures = [
      ['incidentsCreated', m => m.incidentsCreated],
      ['incidentsResolved', m => m.incidentsResolved],
      ['mtta', m => m.mtta.businessMinutes],
      ['mttaWall', m => m.mtta.wallClockMinutes],
      ['mttr', m => m.mttr.businessMinutes],
      ['mttrWall', m => m.mttr.wallClockMinutes],
      ['responseSla', m => m.responseSla.percent],
      ['resolutionSla', m => m.resolutionSla.percent],
      ['fcr', m => m.firstContactResolution.percent],
      ['deflection', m => m.deflection.percent],
      ['deflectionKnowledgeBase', m => m.deflection.knowledgeBase.percent],
      ['deflectionModel', m => m.deflection.model.percent],
      ['csat', m => m.csat.average],
      ['satisfied', m => m.csat.satisfiedPercent],
      ['reopened', m => m.trends.reopened.percent],
    ].filter(([key]) => key !== 'deflectionModel' || [c, p].some(usedModel));
    const daily = c.trends.daily;
    const ageing = c.backlog.ageing;
    const ages = [['upToOneDay', ageing.upToOneDay], ['twoToSevenDays', ageing.twoToSevenDays], ['eightToThirtyDays', ageing.eightToThirtyDays], ['overThirtyDays', ageing.overThirtyDays]];
    const byPriority = priorities.map(name => c.byPriority.find(x => x.priority === name)).filter(Boolean);
    const top = list => list.map(x => [x.name, x.count]);
    const countColumns = [[t('col.name')], [t('col.count'), true]];
    main.replaceChildren(
      section('summary', t('summary'), true, table('summary', [[t('col.figure')], [t('col.current'), true], [t('col.previous'), true], [t('col.change'), true]],
        figures.map(([key, read]) => [t('figure.' + key), read(c), read(p), { text: change(read(c), read(p)) }]))),
      section('created-resolved', t('createdResolved'), true,
        chart('line', daily.map(d => day(d.day)), [{ label: t('col.created'), data: daily.map(d => d.created) }, { label: t('col.resolved'), data: daily.map(d => d.resolved) }]),
        table('created-resolved', [[t('col.day')], [t('col.created'), true], [t('col.resolved'), true]], daily.map(d => [day(d.day), d.created, d.resolved]))),
      section('sla-by-priority', t('slaByPriority'), false,
        chart('bar', byPriority.map(x => x.priority), [
          { label: t('col.responseSla'), data: byPriority.map(x => x.responseSla.percent) },
          { label: t('col.resolutionSla'), data: byPriority.map(x => x.resolutionSla.percent) }], { scales: { y: { min: 0, max: 100 } } }),
        table('sla-by-priority', [[t('col.priority')], [t('col.responseSla'), true], [t('col.resolutionSla'), true], [t('col.mtta'), true], [t('col.mttr'), true]],
          byPriority.map(x => [x.priority, x.responseSla.percent, x.resolutionSla.percent, x.mtta.businessMinutes, x.mttr.businessMinutes]))),
      section('ageing', t('ageing'), false,
        chart('bar', ages.map(([k]) => t('age.' + k)), [{ label: t('col.count'), data: ages.map(([, v]) => v) }]),
        table('ageing', [[t('col.age')], [t('col.count'), true]], ages.map(([k, v]) => [t('age.' + k), v]))),
      section('top-categories', t('topCategories'), false,
        chart('bar', c.trends.topCategories.map(x => x.name), [{ label: t('col.count'), data: c.trends.topCategories.map(x => x.count) }], { indexAxis: 'y' }),
        table('top-categories', countColumns, top(c.trends.topCategories))),
      section('top-services', t('topServices'), false,
        chart('bar', c.trends.topServices.map(x => x.name), [{ label: t('col.count'), data: c.trends.topServices.map(x => x.count) }], { indexAxis: 'y' }),
        table('top-services', countColumns, top(c.trends.topServices))));
  }

  async function render() {
    localize();
    document.getElementById('views').hidden = false;
    document.getElementById('period-box').hidden = view !== 'trends';
    for (const tab of document.querySelectorAll('nav button')) tab.setAttribute('aria-selected', String(tab.dataset.view === view));
    main.setAttribute('aria-busy', 'true');
    try {
      const data = await get(view === 'now' ? 'api/dashboard/now' : `api/dashboard/trends?days=${days}`);
      // Accepted once: when it is refused later (expired), the page signs in again.
      auth.fresh = false;
      clearCharts();
      (view === 'now' ? drawNow : drawTrends)(data);
      redraw = () => { clearCharts(); (view === 'now' ? drawNow : drawTrends)(data); };
      document.body.dataset.ready = view;
    } catch (failure) {
      if (failure.kind === 'signIn') inTeams ? refuse(t('refused.signInFailed')) : signedOut(auth);
      else if (failure.kind === 'refused') refuse(t('refused.text'));
      else main.replaceChildren(element('p', { class: 'message error', role: 'alert' }, t('error')));
    } finally {
      main.removeAttribute('aria-busy');
    }
  }

  function refuse(text) {
    clearCharts();
    document.getElementById('views').hidden = true;
    document.getElementById('period-box').hidden = true;
    document.getElementById('generated').textContent = '';
    main.replaceChildren(element('div', { class: 'message', id: 'refused', role: 'alert' }, element('h2', {}, t('refused.title')), element('p', {}, text)));
    document.body.dataset.ready = 'refused';
  }

  // A key refused asks again; a token refused (expired) signs in again, unless it was just given, which is a failure.
  function signedOut(refused) {
    if (refused.name === 'X-Api-Key') return signIn('signIn.wrong');
    signInWithEntra.forget();
    if (refused.fresh || !entra) return signIn('signIn.failed');
    return redirect();
  }

  function redirect() {
    main.replaceChildren(element('p', { class: 'message', id: 'signing-in' }, t('signIn.redirecting')));
    document.body.dataset.ready = 'signing-in';
    return signInWithEntra.begin(entra).catch(failure => { console.error('sign-in', failure); signIn('signIn.failed'); });
  }

  // problem: the key of the text saying why the page asks again, or null.
  function signIn(problem) {
    sessionStorage.removeItem(keyStore);
    localize();
    document.getElementById('views').hidden = true;
    document.getElementById('period-box').hidden = true;
    const withEntra = [];
    if (entra) {
      const button = element('button', { type: 'button', id: 'sign-in-entra' }, t('signIn.entra'));
      button.addEventListener('click', redirect);
      withEntra.push(button, element('p', {}, t('signIn.orKey')));
    }
    const input = element('input', { type: 'password', id: 'api-key', autocomplete: 'off', required: '' });
    const form = element('form', {}, element('label', { for: 'api-key' }, t('signIn.key')), input, element('button', { type: 'submit' }, t('signIn.submit')));
    form.addEventListener('submit', event => {
      event.preventDefault();
      sessionStorage.setItem(keyStore, input.value);
      auth = { name: 'X-Api-Key', value: input.value };
      render();
    });
    main.replaceChildren(element('div', { class: 'message', id: 'sign-in' }, element('h2', {}, t('signIn.title')),
      ...(problem ? [element('p', { class: 'error', role: 'alert' }, t(problem))] : []), ...withEntra, form));
    document.body.dataset.ready = 'sign-in';
  }

  for (const tab of document.querySelectorAll('nav button')) {
    tab.addEventListener('click', () => { view = tab.dataset.view; render(); });
  }
  document.getElementById('period').addEventListener('change', event => { days = Number(event.target.value); render(); });

  applyTheme(params.get('theme'));
  localize();
  if (inTeams && window.microsoftTeams) {
    const teams = window.microsoftTeams;
    teams.app.initialize()
      .then(() => teams.app.getContext())
      .then(context => {
        if (!params.get('theme')) applyTheme(context.app.theme);
        if (!params.get('lang')) lang = pickLanguage(context.app.locale);
        teams.app.registerOnThemeChangeHandler(theme => { applyTheme(theme); redraw(); });
        return teams.authentication.getAuthToken();
      })
      .then(token => { auth = { name: 'Authorization', value: 'Bearer ' + token }; return render(); })
      .catch(() => refuse(t('refused.signInFailed')));
  } else {
    startInBrowser();
  }

  // A key kept for this tab, else a token kept (or just given back by Entra), else sign in.
  async function startInBrowser() {
    entra = await signInWithEntra.settings().catch(() => null);
    const bearer = (token, fresh) => ({ name: 'Authorization', value: 'Bearer ' + token, fresh });
    const key = sessionStorage.getItem(keyStore);
    if (returned) {
      const token = await signInWithEntra.finish(returned).catch(failure => { console.error('sign-in', failure); return null; });
      if (!token) return signIn('signIn.failed');
      auth = bearer(token, true);
    } else if (key) {
      auth = { name: 'X-Api-Key', value: key };
    } else if (signInWithEntra.stored()) {
      auth = bearer(signInWithEntra.stored(), false);
    } else {
      return entra && params.get('auth') !== 'key' ? redirect() : signIn(null);
    }
    return render();
  }
})();
