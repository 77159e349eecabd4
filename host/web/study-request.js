// The two requests a study makes from the steps' models (docs/ABI.md): the models request — every result rendered
// in every publication format, the comparison table of the chosen models (`tables`) and the figures — and the study
// request, whose `report_html` is the whole report. Both are plain ABI 1 requests sent beside the data file, whose
// `data` holds only the file's options: saved, they rerun unchanged with `panelcore run --data FILE` and
// `panelcore study --data FILE` and give the same bytes. In a language other than English (the page's), the
// requests ask the engine for its fixed text in that language (`language`, docs/ABI.md "Output language"); a step
// that sets its own `language` keeps it.

/** A model's figures, from the estimator's schema (`results` entries `figure: TYPE`). */
function figureTypes(estimator) {
  return estimator.results.filter((entry) => entry.startsWith('figure: ')).map((entry) => entry.slice('figure: '.length));
}

/**
 * The members every request of the page shares: the data file's options (`data`, null for none: the file itself goes
 * beside the request), the panel when declared, the preparation steps.
 */
export function common({ data, panel, preparation }) {
  const request = { abi: 1 };
  if (data) request.data = data;
  if (panel.id && panel.time) request.panel = { id: panel.id, time: panel.time };
  if (preparation.length > 0) request.steps = preparation;
  return request;
}

/** `object` with `language` added when it is not English (`object` unchanged in English). */
function speaking(object, language) {
  return language === 'en' ? object : { ...object, language: object.language ?? language };
}

/**
 * `source`: {data, panel, preparation (the step objects)}; `steps`: [{estimator (schema entry), model, title,
 * compare}]; `formats`: the schema's `render` list; `language`: the page's. The comparison table and the coefficient
 * figure cover the steps with `compare` ticked.
 */
export function modelsRequest(source, steps, formats, title, language = 'en') {
  const chosen = steps.flatMap((step, index) => (step.compare ? [index] : []));
  const models = steps.map((step) => (step.estimator.members.some((member) => member.name === 'language')
    ? speaking(step.model, language) : step.model));
  const request = { ...common(source), models, render: formats };
  if (chosen.length > 0) request.tables = [speaking({ models: chosen, formats, title }, language)];
  const figures = steps.flatMap((step, index) => figureTypes(step.estimator).map((type) => speaking({ type, model: index }, language)));
  if (chosen.length > 0) figures.unshift(speaking({ type: 'coefficients', models: chosen, title }, language));
  if (figures.length > 0) request.figures = figures;
  return request;
}

/** One section per step (with its figures), then a section comparing the chosen models. */
export function studyRequest(source, steps, { title, comparisonTitle, language = 'en' }) {
  const sections = steps.map((step) => {
    const section = { title: step.title, models: [step.model] };
    const figures = figureTypes(step.estimator).map((type) => ({ type, model: 0 }));
    if (figures.length > 0) section.figures = figures;
    return section;
  });
  const chosen = steps.filter((step) => step.compare);
  if (chosen.length > 1) {
    sections.push({ title: comparisonTitle, models: chosen.map((step) => step.model),
      figures: [{ type: 'coefficients', title: comparisonTitle }] });
  }
  return { ...common(source), study: speaking({ title, sections }, language) };
}

/**
 * Where an engine error points, as [kind, step index, path inside the model] — kind `step` for a model's member,
 * `compare` for a model of the comparison table, `preparation` for a preparation step (its index and the path inside
 * it), `data`/`panel`/`other` otherwise. `chosen` maps table columns to
 * steps (`stepCount` of them). `/study/sections/S/models/M/...`: section S is step S (the comparison section maps through `chosen`).
 */
export function locate(where, chosen, stepCount) {
  const pointer = where.split(': ')[0];
  let match = /^\/models\/(\d+)(?:\/(.*))?$/.exec(pointer);
  if (match) return ['step', Number(match[1]), match[2] ?? ''];
  match = /^\/tables\/0\/models\/(\d+)/.exec(pointer);
  if (match) return ['compare', chosen[Number(match[1])], ''];
  match = /^\/study\/sections\/(\d+)\/models\/(\d+)(?:\/(.*))?$/.exec(pointer);
  if (match) {
    const section = Number(match[1]);
    const step = section < stepCount ? section : chosen[Number(match[2])];
    return ['step', step, match[3] ?? ''];
  }
  match = /^\/steps\/(\d+)(?:\/(.*))?$/.exec(pointer);
  if (match) return ['preparation', Number(match[1]), match[2] ?? ''];
  if (pointer.startsWith('/data')) return ['data', -1, ''];
  if (pointer.startsWith('/panel')) return ['panel', -1, ''];
  return ['other', -1, ''];
}
