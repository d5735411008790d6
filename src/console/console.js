/* global document, sessionStorage, fetch, setTimeout, setInterval, URLSearchParams, Node */
// careroute console: talks to the public API like any client (no private API, no third-party code).
// Runs under a strict CSP: no inline script or style, everything from this origin, text set as text.

const CATEGORIES = ['informational', 'service_action', 'safety_compliance'];
const KEY_STORE = 'careroute.apiKey';
const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : String(child ?? ''));
  return node;
}

// ---------- API access ----------

function headers(json) {
  const h = json ? { 'content-type': 'application/json' } : {};
  const key = sessionStorage.getItem(KEY_STORE);
  if (key) h.authorization = `Bearer ${key}`;
  return h;
}

/** An API error in words, from the error body of API.md and the status. */
export function describeError(status, body, retryAfter) {
  const said = body && typeof body.message === 'string' ? body.message : '';
  const wait = retryAfter ? ` Retry in ${retryAfter} s.` : '';
  switch (status) {
    case 0: return 'The service could not be reached. Is it running, and is this page served by it?';
    case 400: return `The service refused the message: ${said}`;
    case 401: return `An API key is needed, or the one given is not valid (${said}). Enter a key above.`;
    case 404: return `The service has no such route: ${said}`;
    case 413: return `The message is too large: ${said}`;
    case 415: return `Wrong content type: ${said}`;
    case 429: return `Too many requests from this client: ${said}.${wait}`;
    case 501: return `Not available on this service: ${said}`;
    case 503: return `The service cannot answer right now: ${said}${wait}`;
    default: return `The service failed (HTTP ${status}): ${said || 'no details'}`;
  }
}

class ApiError extends Error {
  constructor(status, body, retryAfter) {
    super(describeError(status, body, retryAfter));
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

async function classify(payload) {
  let response;
  try {
    response = await fetch('/api/v1/classify', { method: 'POST', headers: headers(true), body: JSON.stringify(payload) });
  } catch {
    throw new ApiError(0);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body, Number(response.headers.get('retry-after')) || undefined);
  return body;
}

// ---------- status strip ----------

function sumMetric(text, name, label) {
  const sums = {};
  const re = new RegExp(`^${name}\\{([^}]*)\\} ([0-9.e+]+)$`, 'gm');
  for (const match of text.matchAll(re)) {
    const value = new RegExp(`${label}="([^"]*)"`).exec(match[1])?.[1] ?? 'all';
    sums[value] = (sums[value] ?? 0) + Number(match[2]);
  }
  return sums;
}

async function refreshStatus() {
  const strip = $('status');
  try {
    const [ready, metrics] = await Promise.all([fetch('/api/v1/ready'), fetch('/metrics')]);
    const r = await ready.json();
    const text = metrics.ok ? await metrics.text() : '';
    const c = r.checks?.classifier ?? {};
    const fallbacks = Object.values(sumMetric(text, 'careroute_classifier_fallbacks_total', 'reason')).reduce((a, b) => a + b, 0);
    const seen = sumMetric(text, 'careroute_classifications_total', 'category');
    const so = CATEGORIES.map((cat) => `${cat} ${seen[cat] ?? 0}`).join(', ');
    const t = r.checks?.transcription;
    const voice = t?.provider ? `transcription breaker ${t.breaker}` : 'transcription off';
    strip.textContent = `${r.status === 'ready' ? 'Ready' : 'Not ready'} · primary ${c.primary ?? '?'} · breaker ${c.breaker ?? '?'} · fallbacks ${fallbacks} · ${voice} · so far: ${so}`;
    strip.classList.toggle('down', r.status !== 'ready');
  } catch {
    strip.textContent = 'The service is not answering.';
    strip.classList.add('down');
  }
}

// ---------- API key ----------

function setupKey() {
  const required = document.documentElement.dataset.auth === 'required';
  $('auth').hidden = !required;
  $('api-key').value = sessionStorage.getItem(KEY_STORE) ?? '';
  $('save-key').addEventListener('click', () => {
    const key = $('api-key').value.trim();
    if (key) sessionStorage.setItem(KEY_STORE, key);
    $('key-state').textContent = key ? 'Key set for this tab.' : 'Enter a key first.';
  });
  $('forget-key').addEventListener('click', () => {
    sessionStorage.removeItem(KEY_STORE);
    $('api-key').value = '';
    $('key-state').textContent = 'Key forgotten.';
  });
}

// ---------- single message ----------

function showError(id, message) {
  $(id).textContent = message;
  $(id).hidden = !message;
}

function kv(pairs) {
  const dl = el('dl', { class: 'kv' });
  for (const [k, v] of pairs) if (v !== undefined && v !== null && v !== '') dl.append(el('dt', {}, k), el('dd', {}, v));
  return dl;
}

function renderWorkflow(workflow) {
  const box = $('r-workflow');
  box.replaceChildren();
  if (workflow?.type === 'knowledge_base') {
    const list = el('ol', { class: 'articles' });
    for (const a of workflow.articles ?? []) list.append(el('li', {}, el('strong', {}, a.title), ` (${a.id}): `, a.snippet ?? ''));
    box.append(workflow.articles?.length ? list : el('p', {}, 'No article matched.'));
  } else if (workflow?.type === 'ticket') {
    const t = workflow.ticket ?? {};
    box.append(kv([['Ticket', t.id], ['Queue', t.queue], ['Priority', t.priority], ['Status', t.status], ['Summary', t.summary], ['Already existed', t.deduplicated ? 'yes (same message_id)' : '']]));
  } else if (workflow?.type === 'compliance_case') {
    const c = workflow.case ?? {};
    const missing = c.missing_elements?.length ? el('span', { class: 'missing' }, c.missing_elements.join(', ')) : 'none (valid case)';
    box.append(kv([
      ['Case', c.id], ['Severity', c.severity], ['Subtype', c.subtype],
      ['Serious', c.serious ? `yes: ${(c.seriousness_criteria ?? []).join(', ')}` : 'no'],
      ['Report due by', c.report_due_by], ['Missing elements', missing], ['Notify', (c.notify ?? []).join(', ')],
    ]));
  } else {
    box.append(el('pre', {}, JSON.stringify(workflow, null, 2)));
  }
}

export function renderResult(body) {
  const cat = $('r-category');
  cat.textContent = body.category;
  cat.className = `badge ${body.category}`;
  $('r-confidence').textContent = body.confidence.toFixed(2);
  $('r-meter').value = body.confidence;
  const review = body.next_step.requires_human_review;
  $('r-review').textContent = review ? 'Human review required' : 'No human review needed';
  $('r-review').className = `review ${review ? 'yes' : 'no'}`;
  const c = body.classifier;
  $('r-classifier').textContent = `${c.provider} ${c.model}${c.fallback ? ` (fallback: ${c.fallback_reason ?? 'yes'})` : ''} · ${body.processing_time_ms} ms`;
  $('r-action').textContent = body.next_step.action;
  $('r-priority').textContent = body.next_step.priority;
  $('r-reference').textContent = body.next_step.reference ?? '—';
  $('r-description').textContent = body.next_step.description;
  renderWorkflow(body.workflow);
  $('r-path').replaceChildren(...body.decision_path.split('; ').map((step) => el('li', {}, step)));
  $('r-json').textContent = JSON.stringify(body, null, 2);
  $('result').hidden = false;
}

async function setupSingle() {
  const samples = await fetch('/console/samples.json').then((r) => r.json());
  const select = $('sample');
  samples.forEach((s, i) => select.append(el('option', { value: String(i) }, s.label)));
  select.addEventListener('change', () => {
    const s = samples[Number(select.value)];
    if (!s) return;
    $('message').value = s.text;
    $('channel').value = s.channel;
  });
  $('single-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = $('classify');
    button.disabled = true;
    showError('single-error', '');
    const payload = { message: $('message').value, channel: $('channel').value };
    const id = $('message-id').value.trim();
    if (id) payload.message_id = id;
    try {
      renderResult(await classify(payload));
    } catch (error) {
      $('result').hidden = true;
      showError('single-error', error.message);
      if (error.status === 401) $('auth').hidden = false;
    } finally {
      button.disabled = false;
      void refreshStatus();
    }
  });
}

// ---------- batch ----------

/** Parses labelled JSONL; throws with the line numbers that are not usable. */
export function parseJsonl(text) {
  const rows = [];
  const bad = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const row = JSON.parse(line);
      const message = row.text ?? row.message;
      if (typeof message !== 'string' || !CATEGORIES.includes(row.category)) throw new Error('fields');
      rows.push({ line: i + 1, text: message, category: row.category });
    } catch {
      bad.push(i + 1);
    }
  });
  if (bad.length) throw new Error(`Line ${bad.slice(0, 10).join(', ')}${bad.length > 10 ? ' …' : ''}: not a JSON object with "text" and a known "category".`);
  if (!rows.length) throw new Error('Paste or upload at least one labelled line.');
  return rows;
}

/** Accuracy, per-category precision/recall and the confusion matrix of expected vs predicted. */
export function score(results) {
  const matrix = Object.fromEntries(CATEGORIES.map((e) => [e, Object.fromEntries(CATEGORIES.map((p) => [p, 0]))]));
  const done = results.filter((r) => r.predicted);
  for (const r of done) matrix[r.category][r.predicted] += 1;
  const per = CATEGORIES.map((cat) => {
    const tp = matrix[cat][cat];
    const predicted = CATEGORIES.reduce((n, e) => n + matrix[e][cat], 0);
    const actual = CATEGORIES.reduce((n, p) => n + matrix[cat][p], 0);
    return { cat, precision: predicted ? tp / predicted : null, recall: actual ? tp / actual : null, support: actual };
  });
  const correct = done.filter((r) => r.predicted === r.category).length;
  return { matrix, per, correct, total: done.length, accuracy: done.length ? correct / done.length : 0 };
}

const pct = (x) => (x === null ? '—' : x.toFixed(3));
const wait = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

function renderBatch(results) {
  const s = score(results);
  const failed = results.filter((r) => r.error);
  $('batch-accuracy').textContent = `${(s.accuracy * 100).toFixed(1)}%`;
  $('batch-summary').textContent = `${s.correct} of ${s.total} correct${failed.length ? `; ${failed.length} not classified (errors below)` : ''}`;
  const metrics = $('batch-metrics');
  metrics.replaceChildren(metrics.caption, el('tr', {}, el('th', {}, 'category'), el('th', {}, 'precision'), el('th', {}, 'recall'), el('th', {}, 'support')));
  for (const p of s.per) metrics.append(el('tr', {}, el('td', {}, p.cat), el('td', {}, pct(p.precision)), el('td', {}, pct(p.recall)), el('td', {}, p.support)));
  const matrix = $('batch-matrix');
  matrix.replaceChildren(matrix.caption, el('tr', {}, el('th', {}, 'expected \\ predicted'), ...CATEGORIES.map((c) => el('th', {}, c))));
  for (const e of CATEGORIES) {
    matrix.append(el('tr', {}, el('th', {}, e), ...CATEGORIES.map((p) => el('td', { class: e === p ? 'hit' : s.matrix[e][p] ? 'miss' : '' }, s.matrix[e][p]))));
  }
  const misses = results.filter((r) => r.error || (r.predicted && r.predicted !== r.category));
  $('batch-misses').replaceChildren(
    ...misses.map((r) =>
      el('li', {}, el('span', {}, r.text), el('br'), el('span', { class: 'why' }, r.error ? `line ${r.line}: ${r.error}` : `line ${r.line}: expected ${r.category}, got ${r.predicted} (${r.confidence.toFixed(2)})`)),
    ),
  );
  if (!misses.length) $('batch-misses').append(el('li', {}, 'None.'));
  $('batch-result').hidden = false;
}

async function runBatch() {
  showError('batch-error', '');
  let rows;
  try {
    rows = parseJsonl($('batch-input').value);
  } catch (error) {
    showError('batch-error', error.message);
    return;
  }
  const button = $('batch-run');
  const progress = $('batch-progress');
  button.disabled = true;
  progress.hidden = false;
  progress.max = rows.length;
  progress.value = 0;
  const channel = $('batch-channel').value;
  const results = [];
  for (const row of rows) {
    $('batch-count').textContent = `${results.length} / ${rows.length}`;
    for (;;) {
      try {
        const body = await classify({ message: row.text, channel });
        results.push({ ...row, predicted: body.category, confidence: body.confidence });
        break;
      } catch (error) {
        // Over the rate limit: wait as told and go on, so a long file still finishes.
        if (error.status === 429 && error.retryAfter) {
          $('batch-count').textContent = `${results.length} / ${rows.length} · rate limited, waiting ${error.retryAfter} s`;
          await wait(error.retryAfter);
          continue;
        }
        if (error.status === 401 || error.status === 0) {
          showError('batch-error', error.message);
          if (error.status === 401) $('auth').hidden = false;
          button.disabled = false;
          return;
        }
        results.push({ ...row, error: error.message });
        break;
      }
    }
    progress.value = results.length;
  }
  $('batch-count').textContent = `${results.length} / ${rows.length} done`;
  button.disabled = false;
  renderBatch(results);
  void refreshStatus();
}

function setupBatch() {
  $('batch-run').addEventListener('click', () => void runBatch());
  $('batch-file').addEventListener('change', async () => {
    const file = $('batch-file').files?.[0];
    if (file) $('batch-input').value = await file.text();
  });
}

// ---------- tabs ----------

function setupTabs() {
  const tabs = [$('tab-single'), $('tab-batch')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => {
      for (const other of tabs) {
        const on = other === tab;
        other.setAttribute('aria-selected', String(on));
        $(other.getAttribute('aria-controls')).hidden = !on;
      }
    });
  }
  if (new URLSearchParams(document.location.search).get('tab') === 'batch') $('tab-batch').click();
}

setupTabs();
setupKey();
setupBatch();
void setupSingle();
void refreshStatus();
setInterval(() => void refreshStatus(), 15000);
