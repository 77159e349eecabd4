// Shows what the engine returned, as it rendered it: each result's HTML table, the comparison table, the SVG
// figures and the whole report (in a sandboxed iframe), with a download of every rendering in every format.
import { t } from './messages.js';

/** File extensions of the engine's renderings (as `panelcore study` names its files). */
const EXTENSIONS = { text: 'txt', markdown: 'md', latex: 'tex', html: 'html', csv: 'csv', rtf: 'rtf' };
const TYPES = { txt: 'text/plain', md: 'text/markdown', tex: 'application/x-tex', html: 'text/html', csv: 'text/csv',
  rtf: 'application/rtf', svg: 'image/svg+xml', json: 'application/json' };

function element(tag, properties = {}, ...children) {
  const made = Object.assign(document.createElement(tag), properties);
  made.append(...children);
  return made;
}

/** An <a download> for text or bytes; the Blob URL lives as long as the page. */
export function downloadLink(label, fileName, content) {
  const extension = fileName.split('.').pop();
  const blob = new Blob([content], { type: `${TYPES[extension] ?? 'application/octet-stream'};charset=utf-8` });
  return element('a', { href: URL.createObjectURL(blob), download: fileName, textContent: label, className: 'download' });
}

/** Download links for every rendering of a value's `rendered` member. */
function renderingLinks(rendered, stem) {
  return Object.entries(rendered ?? {}).filter(([format]) => format in EXTENSIONS)
    .map(([format, text]) => downloadLink(format, `${stem}.${EXTENSIONS[format]}`, text));
}

function downloads(...links) {
  return element('p', { className: 'downloads' }, element('span', { textContent: t('downloads') + ': ' }), ...links);
}

/** One result: its title, the HTML table the engine rendered (or its text table) and the downloads. */
function resultBlock(result, title, stem) {
  const block = element('section', { className: 'result' }, element('h3', { textContent: title }));
  const table = element('div', { className: 'table' });
  if (result.rendered?.html) table.innerHTML = result.rendered.html;
  else if (result.rendered?.text) table.append(element('pre', { textContent: result.rendered.text }));
  block.append(table, downloads(...renderingLinks(result.rendered, stem)));
  block.dataset.stem = stem;
  return block;
}

/** Shows the models response: results, comparison table and figures. */
export function showModels(container, response, titles) {
  const blocks = response.results.map((result, index) => resultBlock(result, titles[index], `step-${index + 1}`));
  const comparison = (response.tables ?? []).map((table) => resultBlock(table, t('comparison'), 'comparison'));
  const figures = (response.figures ?? []).map((figure, index) => {
    const holder = element('figure', { className: 'figure' });
    holder.innerHTML = figure.svg;
    holder.append(downloads(downloadLink('svg', `figure-${index + 1}-${figure.type}.svg`, figure.svg)));
    return holder;
  });
  container.replaceChildren(...comparison, ...blocks,
    ...(figures.length ? [element('h3', { textContent: t('figures') }), ...figures] : []));
}

/** Shows the study's report in a sandboxed iframe (no scripts run in it) with its download. */
export function showReport(container, study) {
  const frame = element('iframe', { className: 'report', title: t('report'), srcdoc: study.report_html });
  frame.setAttribute('sandbox', '');
  const open = downloadLink(t('openReport'), 'report.html', study.report_html);
  open.removeAttribute('download');
  open.target = '_blank';
  container.replaceChildren(element('h3', { textContent: t('report') }),
    downloads(downloadLink(t('downloadReport'), 'report.html', study.report_html), open), frame);
}
