// The study builder: load a data file, declare the panel, add steps whose forms come from the engine's schema, run
// the study in the engine's workers (replication loops as parallel shards), and show and offer for download what
// the engine rendered. The page computes and parses nothing itself: columns, tables, figures and the report all come
// from the engine.
import { EngineClient, Cancelled } from './engine-client.js';
import { dataOptions, fetchedFile } from './data-loader.js';
import { language, languages, setLanguage, t, translate } from './messages.js';
import { CheckList, ColumnContext, FieldError, PreparationForm, StepForm } from './schema-form.js';
import { common, locate, modelsRequest, studyRequest } from './study-request.js';
import { downloadLink, showModels, showReport } from './results.js';
import { runSharded } from './shards.js';

const params = new URLSearchParams(location.search);
const root = params.get('wasm_dir') ?? '../../.build-wasm/';
const exampleURL = params.get('example_csv') ?? '../../examples/nqpf_panel.csv';
const $ = (id) => document.getElementById(id);

// `chosen`: the last file and options asked for, {file, data: the request's `data` (the file's options) or null} (its
// file loads again when the encoding changes); `loaded`: the last of them the engine read, sent beside every request.
const state = { engine: null, schema: null, chosen: null, loaded: null, loadedColumns: [], columns: [], preparation: [], steps: [],
  controls: new CheckList('controls'), effects: new CheckList('effects') };

/** The last requests and responses (text), for the end-to-end test and for anyone checking the bytes. */
window.panelcoreLast = {};

/** Answers `request` beside `file` (by default the loaded data file; null for none). */
async function call(request, file = state.loaded?.file ?? null) {
  const text = typeof request === 'string' ? request : JSON.stringify(request);
  const answer = await state.engine.run(text, file);
  return { text, answer: answer.text, response: JSON.parse(answer.text) };
}

function context() {
  return new ColumnContext(state.columns, { id: $('unit').value, time: $('time').value });
}

function fillSelect(select, names, preferred, allowNone) {
  const options = names.map((name) => new Option(name, name));
  select.replaceChildren(...(allowNone ? [new Option(t('noPanel'), '')] : []), ...options);
  select.value = preferred.find((name) => names.includes(name)) ?? '';
}

// --- data -------------------------------------------------------------------------------------------------------

/**
 * Sends `file` beside a `columns` request (its `data` only the chosen encoding) and shows what the engine read; a file
 * the engine cannot read gets the engine's error and leaves the data loaded before. An answer that comes after a later
 * choice (another file or encoding) is dropped.
 */
async function loadFile(file) {
  const choice = { file, data: dataOptions($('encoding').value) };
  state.chosen = choice;
  const { response } = await call({ abi: 1, ...(choice.data && { data: choice.data }), model: { estimator: 'columns' } }, file);
  if (state.chosen !== choice) return;
  if (!response.ok) throw new Error(t('engineError', response.error.code, response.error.where, response.error.message));
  state.loaded = choice;
  state.loadedColumns = response.result.columns;
  state.columns = state.loadedColumns;
  const all = state.columns.map((c) => c.name);
  const numeric = state.columns.filter((c) => c.type === 'numeric').map((c) => c.name);
  fillSelect($('unit'), all, ['city', 'id', 'unit', 'firm', 'code', 'province', 'country'], true);
  fillSelect($('time'), numeric, ['year', 'time', 'period', 'quarter', 'month'], true);
  $('column-names').replaceChildren(...all.map((column) => new Option(column)));
  fillSelect($('role-outcome'), numeric, [], true);
  fillSelect($('role-treatment'), numeric, [], true);
  for (const box of ['panel-box', 'preparation-box', 'steps-box', 'run-box']) $(box).disabled = false;
  updateSteps();
  $('data-status').textContent = t('dataLoaded', file.name, response.result.rows, all.length, numeric.length, all.length - numeric.length);
  $('data-status').classList.remove('field-error');
}

function loadSafely(load) {
  load().catch((error) => {
    $('data-status').textContent = error.message;
    $('data-status').classList.add('field-error');
  });
}

async function loadExample() {
  await loadFile(await fetchedFile(exampleURL, 'nqpf_panel.csv'));
}

// --- preparation ------------------------------------------------------------------------------------------------

function addPreparation(name) {
  const entry = state.schema.steps.find((candidate) => candidate.name === name);
  const form = new PreparationForm(entry, context(), removePreparation);
  state.preparation.push(form);
  $('preparation').append(form.node);
  return form;
}

function removePreparation(form) {
  state.preparation = state.preparation.filter((other) => other !== form);
  form.node.remove();
}

/** The preparation steps' objects (a field the page cannot send shows its error and throws `FieldError`). */
function preparationSteps() {
  return state.preparation.map((form) => form.read());
}

/** The request source: the data file's options, panel and preparation steps. */
function source(preparation) {
  return { data: state.loaded.data, panel: { id: $('unit').value, time: $('time').value }, preparation };
}

/**
 * Runs the preparation steps on the data (a `columns` request) so that the models' forms offer the columns the steps
 * make; an engine error is shown at the step field it names. Resolves to whether the steps ran.
 */
async function applyPreparation() {
  clearErrors();
  let preparation;
  try {
    preparation = preparationSteps();
  } catch (error) {
    if (error instanceof FieldError) return false;
    throw error;
  }
  const { response } = await call({ ...common(source(preparation)), model: { estimator: 'columns' } });
  if (!response.ok) {
    showEngineError(response.error, []);
    $('preparation-status').textContent = '';
    return false;
  }
  state.columns = preparation.length > 0 ? response.result.columns : state.loadedColumns;
  $('column-names').replaceChildren(...state.columns.map((column) => new Option(column.name)));
  updateSteps();
  const made = state.columns.filter((column) => !state.loadedColumns.some((loaded) => loaded.name === column.name));
  $('preparation-status').textContent = t('preparationApplied', preparation.length, made.map((column) => column.name).join(', ') || '—');
  return true;
}

function fillPreparationMenu() {
  $('preparation-menu').replaceChildren(...state.schema.steps.map((entry) => new Option(`${entry.name} — ${entry.summary}`, entry.name)));
}

// --- steps ------------------------------------------------------------------------------------------------------

function addStep(name) {
  const estimator = state.schema.estimators.find((entry) => entry.name === name);
  const step = new StepForm(estimator, context(), removeStep);
  if ($('role-outcome').value !== '') step.applyRoles(roles());
  state.steps.push(step);
  $('steps').append(step.node);
  return step;
}

function removeStep(step) {
  state.steps = state.steps.filter((other) => other !== step);
  step.node.remove();
}

function updateSteps() {
  const current = context();
  offerRoles(current);
  for (const form of [...state.preparation, ...state.steps]) form.update(current);
}

/** The study's variable roles offer numeric controls other than the outcome and treatment, and the panel's columns. */
function offerRoles(current) {
  const taken = [$('role-outcome').value, $('role-treatment').value];
  state.controls.setNames(current.numeric.filter((name) => !taken.includes(name)));
  state.effects.setNames(current.panelColumns);
}

/** The declared roles as a formula's parts (see `StepForm.applyRoles`). */
function roles() {
  const regressors = [$('role-treatment').value, ...state.controls.read()].filter(Boolean);
  return { outcome: $('role-outcome').value, regressors: [...new Set(regressors)], effects: state.effects.read() };
}

/** Rebuilds every preparation and step form (after a language change), keeping what they hold. */
function rebuildSteps() {
  const preparation = state.preparation.map((form) => ({ name: form.entry.name, step: form.read() }));
  state.preparation = [];
  $('preparation').replaceChildren();
  for (const { name, step } of preparation) addPreparation(name).write(step);
  const kept = state.steps.map((step) => ({ name: step.estimator.name, model: step.read(), title: step.title.value, compare: step.compare.checked }));
  state.steps = [];
  $('steps').replaceChildren();
  for (const { name, model, title, compare } of kept) {
    const step = addStep(name);
    step.write(model);
    step.title.value = title;
    step.compare.checked = compare;
  }
}

function fillMenu() {
  const offered = state.schema.estimators.filter((entry) => !['schema', 'columns'].includes(entry.name));
  $('estimator-menu').replaceChildren(...offered.map((entry) => new Option(`${entry.name} — ${entry.summary}`, entry.name)));
}

// --- running ----------------------------------------------------------------------------------------------------

function clearErrors() {
  for (const form of [...state.preparation, ...state.steps]) form.clearErrors();
  for (const id of ['run-error', 'panel-error']) $(id).textContent = '';
}

/** Shows an engine error next to the field its `where` names. */
function showEngineError(error, chosen) {
  const message = `${error.code}: ${error.message}`;
  const [kind, index, path] = locate(error.where, chosen, state.steps.length);
  if (kind === 'step' && state.steps[index]) state.steps[index].showError(path, message);
  else if (kind === 'preparation' && state.preparation[index]) state.preparation[index].showError(path, message);
  else if (kind === 'compare' && state.steps[index]) state.steps[index].showError('', message);
  else if (kind === 'panel') $('panel-error').textContent = message;
  else $('run-error').textContent = t('engineError', error.code, error.where, error.message);
}

/**
 * Runs one request beside the run's data `file`, its replication loops as shards on every worker (`runSharded`, with
 * the run's shard `cache`), with the progress bar: replications done of the stage's total, indeterminate for a stage without loops. Resolves
 * to the response, or null after an engine error (shown at its field); a cancel rejects with `Cancelled`.
 */
async function runStage(request, stage, chosen, { file, cache }) {
  const started = performance.now();
  const bar = $('progress');
  bar.removeAttribute('value');
  let counted = null;
  const tick = () => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    $('run-status').textContent = counted === null ? t('running', t(stage), seconds)
      : t('runningReplications', t(stage), counted.done, counted.total, seconds);
  };
  const progress = (done, total) => {
    counted = { done, total };
    Object.assign(bar, { max: total, value: done });
    tick();
  };
  tick();
  const timer = setInterval(tick, 200);
  try {
    const text = JSON.stringify(request);
    const answer = (await runSharded(state.engine, request, state.schema,
      { file, shardsPerModel: 4 * state.engine.size, progress, cache })).text;
    const response = JSON.parse(answer);
    window.panelcoreLast[stage === 'stageModels' ? 'models' : 'study'] = { request: text, response: answer };
    if (!response.ok) {
      $('run-status').textContent = '';
      showEngineError(response.error, chosen);
      return null;
    }
    return { text, answer, response };
  } finally {
    clearInterval(timer);
  }
}

function setRunning(running) {
  $('run').disabled = running;
  $('cancel').disabled = !running;
  $('progress').hidden = !running;
  document.body.dataset.state = running ? 'running' : 'idle';
}

async function runStudy() {
  clearErrors();
  if (state.loaded === null) throw new Error(t('needData'));
  if (state.steps.length === 0) throw new Error(t('noSteps'));
  let models, preparation;
  try {
    preparation = preparationSteps();
    models = state.steps.map((step) => step.read());
  } catch (error) {
    if (error instanceof FieldError) return;
    throw error;
  }
  const steps = state.steps.map((step, index) => ({ estimator: step.estimator, model: models[index], title: step.sectionTitle, compare: step.compare.checked }));
  const chosen = steps.flatMap((step, index) => (step.compare ? [index] : []));
  const from = source(preparation);
  const { file } = state.loaded; // the run keeps its file should another one be loaded meanwhile
  const title = $('study-title').value.trim() || 'Study';
  const started = performance.now();
  window.panelcoreLast = {};
  $('request-links').replaceChildren();
  setRunning(true);
  const run = { file, cache: new Map() };
  try {
    const first = await runStage(modelsRequest(from, steps, state.schema.render, t('comparison'), language()), 'stageModels', chosen, run);
    if (first === null) return;
    $('output').hidden = false;
    showModels($('results'), first.response, steps.map((step) => step.title));
    $('request-links').replaceChildren(element('span', t('downloads') + ': '),
      downloadLink(t('downloadRequest', file.name), 'request.json', first.text),
      downloadLink(t('downloadResponse'), 'response.json', first.answer));
    const second = await runStage(studyRequest(from, steps, { title, comparisonTitle: t('comparison'), language: language() }), 'stageStudy', chosen, run);
    if (second === null) return;
    showReport($('report'), second.response.study);
    $('request-links').append(downloadLink(t('downloadStudy', file.name), 'study.json', second.text));
    $('run-status').textContent = t('done', ((performance.now() - started) / 1000).toFixed(1));
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    $('run-status').textContent = t('cancelled');
  } finally {
    setRunning(false);
  }
}

function element(tag, text) {
  return Object.assign(document.createElement(tag), { textContent: text });
}

// --- language ---------------------------------------------------------------------------------------------------

function chooseLanguage(code) {
  setLanguage(code);
  translate();
  $('language').value = code in languages ? code : 'en';
  if (state.schema) rebuildSteps();
}

// --- test hook --------------------------------------------------------------------------------------------------

/** `?parity=LIST`: runs every request file of the list and records the status and SHA-256 of each response. */
async function runParity(listURL) {
  const paths = await (await fetch(listURL)).json();
  const results = [];
  for (const path of paths) {
    const bytes = new Uint8Array(await (await fetch(path)).arrayBuffer());
    const answer = await state.engine.run(bytes);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', answer.bytes));
    results.push({ path, status: answer.status, sha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join('') });
  }
  $('parity-results').textContent = JSON.stringify(results);
}

// --- start ------------------------------------------------------------------------------------------------------

function wire() {
  $('language').replaceChildren(...Object.entries(languages).map(([code, name]) => new Option(name, code)));
  $('language').addEventListener('change', () => {
    const url = new URL(location.href);
    url.searchParams.set('lang', $('language').value);
    history.replaceState(null, '', url);
    chooseLanguage($('language').value);
  });
  $('file').addEventListener('change', (event) => loadSafely(() => loadFile(event.target.files[0])));
  $('example').addEventListener('click', () => loadSafely(loadExample));
  $('encoding').addEventListener('change', () => {
    if (state.chosen) loadSafely(() => loadFile(state.chosen.file));
  });
  const drop = $('drop');
  drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    loadSafely(() => loadFile(event.dataTransfer.files[0]));
  });
  for (const id of ['unit', 'time']) $(id).addEventListener('change', updateSteps);
  $('role-controls').append(state.controls.node);
  $('role-effects').append(state.effects.node);
  for (const id of ['role-outcome', 'role-treatment']) $(id).addEventListener('change', () => offerRoles(context()));
  $('add-step').addEventListener('click', () => addStep($('estimator-menu').value));
  $('add-preparation').addEventListener('click', () => addPreparation($('preparation-menu').value));
  $('apply-preparation').addEventListener('click', () => applyPreparation().catch((error) => { $('preparation-status').textContent = error.message; }));
  $('run').addEventListener('click', () => runStudy().catch((error) => { $('run-error').textContent = error.message; }));
  $('cancel').addEventListener('click', () => state.engine.cancel());
}

async function main() {
  wire();
  chooseLanguage(params.get('lang') ?? 'en');
  $('engine-status').textContent = t('loadingModule');
  const forceBaseline = params.has('baseline');
  state.engine = await EngineClient.start(root + 'panelcore.wasm', root + 'panelcore-baseline.wasm', { forceBaseline });
  $('engine-status').textContent = `${t(state.engine.simd ? 'moduleSimd' : forceBaseline ? 'moduleBaselineForced' : 'moduleBaseline')} ${t('workers', state.engine.size)}`;
  $('engine-status').dataset.module = state.engine.simd ? 'simd' : 'baseline';
  $('engine-status').dataset.workers = state.engine.size;
  const { response } = await call({ abi: 1, model: { estimator: 'schema' } });
  state.schema = response.result;
  fillMenu();
  fillPreparationMenu();
  if (params.get('parity')) await runParity(params.get('parity'));
  document.body.dataset.state = 'idle';
}

main().catch((error) => {
  $('engine-status').textContent = t('moduleFailed', error.message);
  $('engine-status').classList.add('field-error');
  document.body.dataset.state = 'failed';
});
