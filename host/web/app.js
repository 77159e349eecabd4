// The page's logic: read a CSV file, ask the core which columns it holds, build the request the user picks, and show
// the core's own HTML table and SVG figure. All computing, CSV parsing included, happens in the module.
import { Engine } from './panelcore-browser.js';

const params = new URLSearchParams(location.search);
const wasmURL = params.get('wasm') ?? '../../.build-wasm/panelcore.wasm';
const exampleURL = params.get('example_csv') ?? '../../examples/nqpf_panel.csv';
const $ = (id) => document.getElementById(id);
let engine = null;
let csv = null;

function showError(message) {
  $('error').textContent = message;
}

async function call(request) {
  const answer = await engine.run(JSON.stringify(request));
  const response = JSON.parse(answer.text);
  if (!response.ok) throw new Error(`${response.error.code} at ${response.error.where}: ${response.error.message}`);
  return response;
}

function fillSelect(select, names, preferred) {
  select.replaceChildren(...names.map((name) => new Option(name, name)));
  const chosen = preferred.find((name) => names.includes(name));
  if (chosen) select.value = chosen;
}

function fillChoices(container, names, kind) {
  container.replaceChildren(...names.map((name) => {
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: name, name: kind });
    label.append(box, ' ' + name);
    return label;
  }));
}

async function loadCSV(text, name) {
  csv = text;
  const response = await call({ abi: 1, data: { csv }, model: { estimator: 'columns' } });
  const columns = response.result.columns;
  const numeric = columns.filter((c) => c.type === 'numeric').map((c) => c.name);
  const all = columns.map((c) => c.name);
  fillSelect($('response'), numeric, []);
  fillSelect($('unit'), all, ['city', 'id', 'unit', 'firm']);
  fillSelect($('time'), numeric, ['year', 'time', 'period']);
  fillChoices($('regressors'), numeric, 'regressor');
  fillChoices($('effects'), all, 'effect');
  $('model').hidden = false;
  $('status').textContent = `${name}: ${response.result.rows} rows, ${columns.length} columns.`;
}

function checked(kind) {
  return [...document.querySelectorAll(`input[name=${kind}]:checked`)].map((box) => box.value);
}

function quoted(name) {
  return /^[\p{L}_.][\p{L}\p{N}_.]*$/u.test(name) ? name : '`' + name + '`';
}

function buildRequest() {
  const regressors = checked('regressor');
  if (regressors.length === 0) throw new Error('choose at least one regressor');
  const estimator = $('estimator').value;
  let formula = `${quoted($('response').value)} ~ ${regressors.map(quoted).join(' + ')}`;
  const effects = checked('effect');
  if (estimator === 'ols' && effects.length > 0) formula += ' | ' + effects.map(quoted).join(' + ');
  const vcov = $('vcov').value === 'cluster' ? { cluster: $('unit').value } : $('vcov').value;
  const model = estimator === 'ols' ? { estimator: 'ols', formula, vcov } : { estimator: 'panel', method: estimator, formula, vcov };
  return {
    abi: 1, data: { csv }, panel: { id: $('unit').value, time: $('time').value }, models: [model],
    tables: [{ formats: ['html'] }], figures: [{ type: 'coefficients', title: 'Estimates with 95% intervals' }],
  };
}

async function runModel() {
  showError('');
  const request = buildRequest();
  const response = await call(request);
  $('table').innerHTML = response.tables[0].rendered.html;
  $('figure').innerHTML = response.figures[0].svg;
  $('request').textContent = JSON.stringify({ ...request, data: { csv: `(${csv.length} characters)` } }, null, 1);
  $('response-json').textContent = JSON.stringify(response.results, null, 1);
  $('output').hidden = false;
}

/** Test hook (?parity=LIST): runs every request file of the list and records status and SHA-256 of each response. */
async function runParity(listURL) {
  const paths = await (await fetch(listURL)).json();
  const results = [];
  for (const path of paths) {
    const bytes = new Uint8Array(await (await fetch(path)).arrayBuffer());
    const answer = await engine.run(bytes);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', answer.bytes));
    results.push({ path, status: answer.status, sha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join('') });
  }
  $('parity-results').textContent = JSON.stringify(results);
  return results;
}

/**
 * Test hooks, driven by URL parameters: `example=1` loads the example panel; `response`, `regressors=a,b`,
 * `effects=c,d`, `vcov` set the form; `run=1` runs it; `parity=LIST` runs a list of request files; `report=URL`
 * POSTs what the page shows (table HTML, whether a figure is there, parity results, any error) to URL at the end.
 */
async function driveFromParameters() {
  if (params.get('example')) await loadCSV(await (await fetch(exampleURL)).text(), 'example panel');
  if (params.get('response')) $('response').value = params.get('response');
  for (const [kind, key] of [['regressor', 'regressors'], ['effect', 'effects']]) {
    for (const name of (params.get(key) ?? '').split(',').filter(Boolean)) {
      const box = document.querySelector(`input[name=${kind}][value="${CSS.escape(name)}"]`);
      if (box) box.checked = true;
    }
  }
  if (params.get('vcov')) $('vcov').value = params.get('vcov');
  if (params.get('run')) await runModel();
  const parity = params.get('parity') ? await runParity(params.get('parity')) : null;
  return { table: $('table').innerHTML, figure: $('figure').innerHTML.startsWith('<svg'), parity };
}

async function report(outcome) {
  if (params.get('report')) await fetch(params.get('report'), { method: 'POST', body: JSON.stringify(outcome) });
}

async function main() {
  engine = await Engine.load(wasmURL);
  $('status').textContent = 'Ready: drop a CSV file.';
  // The file's bytes must be UTF-8: a lossy decoding (File.text()) would turn every invalid sequence into U+FFFD
  // and merge distinct labels (GBK 北京 and 保定 both become "����").
  const readFile = async (file) => {
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      throw new Error(`${file.name} is not UTF-8 text (a GBK or GB18030 file, say): re-save it as UTF-8`);
    }
    return loadCSV(text, file.name);
  };
  $('file').addEventListener('change', (event) => readFile(event.target.files[0]).catch((e) => showError(e.message)));
  $('example').addEventListener('click', async () => {
    try { await loadCSV(await (await fetch(exampleURL)).text(), 'example panel'); } catch (e) { showError(e.message); }
  });
  const drop = $('drop');
  drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    readFile(event.dataTransfer.files[0]).catch((e) => showError(e.message));
  });
  $('model').addEventListener('submit', (event) => {
    event.preventDefault();
    runModel().catch((e) => showError(e.message));
  });
  const outcome = await driveFromParameters();
  document.body.dataset.state = 'done';
  await report(outcome);
}

main().catch(async (error) => {
  showError(error.message);
  document.body.dataset.state = 'failed';
  await report({ error: error.message });
});
