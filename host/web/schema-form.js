// A step's form, generated from the engine's own description of an estimator (`{"estimator": "schema"}`): one field
// per member and option the schema lists (old spellings left out), each a control chosen by the member's type and
// role — the formula as outcome / regressors / fixed-effect pickers, column roles as selects of the columns of the
// right kind, allowed values as selects, defaults shown. No member is named here: everything comes from the schema.
import { t } from './messages.js';

/** Column roles that take numeric columns; every other column role (group, fixed_effects) takes any column. */
const NUMERIC_ROLES = new Set(['response', 'treatment', 'mediators', 'moderator', 'regime', 'threshold', 'variable',
  'variables', 'covariates', 'controls', 'regressors', 'cohort', 'period']);

/** The covariance choices of a `vcov` member (docs/ABI.md, "Model"); `cluster` takes a column. */
const VCOV_KINDS = ['iid', 'hc1', 'cluster', 'driscoll_kraay'];

/** The data's columns and the panel, as the forms need them. */
export class ColumnContext {
  constructor(columns = [], panel = { id: '', time: '' }) {
    this.numeric = columns.filter((c) => c.type === 'numeric').map((c) => c.name);
    this.all = columns.map((c) => c.name);
    this.panel = panel;
  }

  forRole(role) {
    return NUMERIC_ROLES.has(role) ? this.numeric : this.all;
  }

  /** The panel's columns, offered as fixed effects. */
  get panelColumns() {
    return [this.panel.id, this.panel.time].filter(Boolean);
  }
}

/** A formula name as the engine reads it: backquoted unless it is a plain name (letters, digits, _ . or non-ASCII). */
export function quoted(name) {
  return /^[\p{L}_.][\p{L}\p{N}_.]*$/u.test(name) ? name : '`' + name + '`';
}

function element(tag, properties = {}, ...children) {
  const made = Object.assign(document.createElement(tag), properties);
  made.append(...children);
  return made;
}

function shown(value) {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A <select>: a first choice meaning "absent" (labelled with the default or "none"), then the values. */
function choiceSelect(values, member) {
  const absent = 'default' in member ? t('defaultChoice', shown(member.default)) : t('noneChoice');
  const select = element('select');
  select.append(new Option(absent, ''), ...values.map((value) => new Option(value, value)));
  return select;
}

/** Checkboxes for a set of names; `names` may change while keeping what is ticked. */
export class CheckList {
  constructor(kind) {
    this.node = element('div', { className: 'choices' });
    this.node.dataset.kind = kind;
    this.onchange = () => {};
  }

  setNames(names) {
    const ticked = new Set(this.read());
    this.node.replaceChildren(...names.map((name) => {
      const box = element('input', { type: 'checkbox', value: name, checked: ticked.has(name) });
      box.addEventListener('change', () => this.onchange());
      return element('label', {}, box, ' ' + name);
    }));
  }

  read() {
    return [...this.node.querySelectorAll('input:checked')].map((box) => box.value);
  }

  write(names) {
    const wanted = new Set(names);
    for (const box of this.node.querySelectorAll('input')) box.checked = wanted.has(box.value);
  }
}

/** The formula: outcome select, regressors (the outcome excluded), fixed effects from the panel, and the text. */
class FormulaControl {
  constructor(context) {
    this.outcome = element('select');
    this.regressors = new CheckList('regressors');
    this.effects = new CheckList('fixed_effects');
    this.text = element('input', { type: 'text', className: 'formula-text', spellcheck: false });
    this.node = element('div', { className: 'formula' },
      element('label', {}, element('span', { textContent: t('outcome') }), this.outcome),
      element('div', {}, element('span', { textContent: t('regressors') }), this.regressors.node),
      element('div', {}, element('span', { textContent: t('fixedEffects') }), this.effects.node),
      element('label', { className: 'wide' }, element('span', { textContent: t('formula') }), this.text));
    this.outcome.addEventListener('change', () => { this.#offerRegressors(); this.compose(); });
    this.regressors.onchange = () => this.compose();
    this.effects.onchange = () => this.compose();
    this.update(context);
  }

  update(context) {
    this.context = context;
    const chosen = this.outcome.value;
    this.outcome.replaceChildren(new Option(t('noneChoice'), ''), ...context.numeric.map((name) => new Option(name, name)));
    this.outcome.value = context.numeric.includes(chosen) ? chosen : '';
    this.#offerRegressors();
    this.effects.setNames(context.panelColumns);
  }

  #offerRegressors() {
    this.regressors.setNames(this.context.numeric.filter((name) => name !== this.outcome.value));
  }

  /** Writes the formula the pickers describe into the text field (which the user may still edit). */
  compose() {
    const outcome = this.outcome.value;
    if (outcome === '') return;
    const regressors = this.regressors.read().map(quoted);
    const effects = this.effects.read().map(quoted);
    this.text.value = `${quoted(outcome)} ~ ${regressors.join(' + ') || '1'}` + (effects.length ? ` | ${effects.join(' + ')}` : '');
  }

  read() {
    const text = this.text.value.trim();
    return text === '' ? undefined : text;
  }

  /** Starts from the study's declared roles: outcome, regressors (treatment first, then controls), fixed effects. */
  applyRoles({ outcome, regressors, effects }) {
    this.outcome.value = outcome;
    this.#offerRegressors();
    this.regressors.write(regressors);
    this.effects.write(effects);
    this.compose();
  }

  /** Shows a formula: the text as given, and the pickers when it is a plain `y ~ a + b | c + d`. */
  write(formula) {
    this.text.value = formula;
    const parts = /^\s*([^~|]+?)\s*~\s*([^|]*?)\s*(?:\|\s*([^|]*?)\s*)?$/.exec(formula);
    if (!parts) return;
    const names = (text) => (text ?? '').split('+').map((name) => name.trim().replace(/^`|`$/g, '')).filter((name) => name && name !== '1');
    this.outcome.value = this.context.numeric.includes(parts[1]) ? parts[1] : '';
    this.#offerRegressors();
    this.regressors.write(names(parts[2]));
    this.effects.write(names(parts[3]));
  }
}

/** `vcov`: a kind (default, iid, hc1, cluster, driscoll_kraay) and, for `cluster`, the column. */
class VcovControl {
  constructor(member, context) {
    this.kind = choiceSelect(VCOV_KINDS, member);
    this.column = element('select', { hidden: true });
    this.node = element('span', {}, this.kind, this.column);
    this.kind.addEventListener('change', () => { this.column.hidden = this.kind.value !== 'cluster'; });
    this.update(context);
  }

  update(context) {
    const chosen = this.column.value;
    this.column.replaceChildren(...context.all.map((name) => new Option(`${t('vcovCluster')} ${name}`, name)));
    this.column.value = context.all.includes(chosen) ? chosen : (context.panel.id || context.all[0] || '');
  }

  read() {
    if (this.kind.value === 'cluster') return { cluster: this.column.value };
    return this.kind.value === '' ? undefined : this.kind.value;
  }

  write(value) {
    const kind = typeof value === 'string' ? value : Object.keys(value)[0];
    this.kind.value = VCOV_KINDS.includes(kind) ? kind : '';
    if (kind === 'cluster' && typeof value.cluster === 'string') this.column.value = value.cluster;
    this.column.hidden = this.kind.value !== 'cluster';
  }
}

/** A single column (`string` with a column role): a select of the columns of the role's kind. */
class ColumnControl {
  constructor(member, context) {
    this.member = member;
    this.node = element('select');
    this.update(context);
  }

  update(context) {
    const chosen = this.node.value;
    const names = context.forRole(this.member.role);
    const fresh = choiceSelect(names, this.member);
    this.node.replaceChildren(...fresh.options);
    this.node.value = names.includes(chosen) ? chosen : '';
  }

  read() {
    return this.node.value === '' ? undefined : this.node.value;
  }

  write(value) {
    this.node.value = value;
  }
}

/** Several columns (`strings` without a fixed set): checkboxes of the columns of the role's kind. */
class ColumnsControl {
  constructor(member, context) {
    this.member = member;
    this.list = new CheckList(member.name);
    this.node = this.list.node;
    this.update(context);
  }

  update(context) {
    this.list.setNames(context.forRole(this.member.role ?? 'variable'));
  }

  read() {
    const names = this.list.read();
    return names.length === 0 ? undefined : names;
  }

  write(value) {
    this.list.write(value);
  }
}

/** A value from a fixed set: a select, its first choice the default. */
class AllowedControl {
  constructor(member) {
    this.node = choiceSelect(member.allowed, member);
  }

  read() {
    return this.node.value === '' ? undefined : this.node.value;
  }

  write(value) {
    this.node.value = value;
  }
}

/** Several values from a fixed set: checkboxes, the default ones shown in the label. */
class AllowedSetControl {
  constructor(member) {
    this.list = new CheckList(member.name);
    this.list.setNames(member.allowed);
    this.node = this.list.node;
  }

  read() {
    const names = this.list.read();
    return names.length === 0 ? undefined : names;
  }

  write(value) {
    this.list.write(value);
  }
}

/** true / false, the first choice the default. */
class BooleanControl {
  constructor(member) {
    this.node = choiceSelect(['true', 'false'], member);
  }

  read() {
    return this.node.value === '' ? undefined : this.node.value === 'true';
  }

  write(value) {
    this.node.value = String(value);
  }
}

/** A number or integer with its range; the default as placeholder. */
class NumberControl {
  constructor(member) {
    this.node = element('input', { type: 'number', step: member.type === 'integer' ? '1' : 'any' });
    if ('minimum' in member) this.node.min = member.minimum;
    if ('maximum' in member) this.node.max = member.maximum;
    if ('default' in member) this.node.placeholder = shown(member.default);
  }

  read() {
    return this.node.value === '' ? undefined : Number(this.node.value);
  }

  write(value) {
    this.node.value = value;
  }
}

/** Free text (a `string` member without a column role or a fixed set: a label, an expression, a new column's name),
 * sent as typed; the column names are offered. */
class TextControl {
  constructor(member) {
    this.node = element('input', { type: 'text', spellcheck: false });
    this.node.setAttribute('list', 'column-names');
    if ('default' in member) this.node.placeholder = shown(member.default);
  }

  read() {
    const text = this.node.value.trim();
    return text === '' ? undefined : text;
  }

  write(value) {
    this.node.value = value;
  }
}

/**
 * Any other shape (objects, arrays, "a number or a string"…): the value as JSON text, a bare word read as a string.
 * Strings offer the column names. Objects start from the engine's example value, which shows the expected shape.
 */
class JSONControl {
  constructor(member, example) {
    const long = member.type === 'object' || member.type === 'array';
    this.node = element(long ? 'textarea' : 'input', { spellcheck: false, rows: 3 });
    if (!long) this.node.setAttribute('list', 'column-names');
    if ('default' in member) this.node.placeholder = shown(member.default);
    if (example !== undefined && long) this.write(example);
  }

  read() {
    const text = this.node.value.trim();
    if (text === '') return undefined;
    try {
      return JSON.parse(text);
    } catch (error) {
      if (/^[\w.\-\p{L}]+$/u.test(text)) return text;
      throw new FieldError(t('badJSON', error.message));
    }
  }

  write(value) {
    this.node.value = typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** A value the page cannot send; shown next to its field like an engine error. */
export class FieldError extends Error {}

/** The control for one member, chosen by its role and type. */
function controlFor(member, context, example) {
  if (member.role === 'formula') return new FormulaControl(context);
  if (member.role === 'vcov') return new VcovControl(member, context);
  const allowed = member.allowed ?? [];
  if (member.type === 'string' && allowed.length > 0) return new AllowedControl(member);
  if (member.type === 'strings' && allowed.length > 0) return new AllowedSetControl(member);
  if ((member.type === 'string' || member.type === 'string_or_strings') && member.role) return new ColumnControl(member, context);
  if (member.type === 'strings') return new ColumnsControl(member, context);
  if (member.type === 'string') return new TextControl(member);
  if (member.type === 'boolean') return new BooleanControl(member);
  if (member.type === 'number' || member.type === 'integer') return new NumberControl(member);
  if (member.type === 'string_or_object' && allowed.length > 0) return new AllowedControl(member);
  return new JSONControl(member, example);
}

/** One labelled field: the control, its help (with the default) and a place for the engine's error. */
class Field {
  constructor(member, path, context, example) {
    this.member = member;
    this.path = path;
    this.control = controlFor(member, context, example);
    const label = element('span', { className: 'name', textContent: member.name });
    if (member.required) label.append(element('sup', { textContent: ' *', title: t('required') }));
    const help = member.help + ('default' in member ? ` (${t('defaultIs', shown(member.default))})` : '');
    this.error = element('span', { className: 'field-error' });
    this.node = element('div', { className: 'field', title: help }, label, this.control.node,
      element('small', { className: 'help', textContent: help }), this.error);
    this.node.dataset.path = path;
  }

  update(context) {
    this.control.update?.(context);
  }

  read() {
    try {
      return this.control.read();
    } catch (error) {
      if (error instanceof FieldError) this.showError(error.message);
      throw error;
    }
  }

  showError(message) {
    this.error.textContent = message;
    this.node.classList.toggle('has-error', message !== '');
  }
}

/**
 * Fields for the members of one schema entry (a model or a preparation step): reading them into an object (members
 * left at their default are not sent), writing an object back, and showing the engine's errors at their fields.
 */
class MemberFields {
  constructor(fields, errorNode) {
    this.fields = fields;
    this.error = errorNode;
  }

  update(context) {
    for (const field of this.fields) field.update(context);
  }

  /** `object` with every field that holds a value: members at the top, `options/NAME` fields under `options`. */
  readInto(object) {
    const options = {};
    for (const field of this.fields) {
      const value = field.read();
      if (value === undefined) continue;
      if (field.path.startsWith('options/')) options[field.member.name] = value;
      else object[field.member.name] = value;
    }
    if (Object.keys(options).length > 0) object.options = options;
    return object;
  }

  /** Shows an object's values in the form (the engine's example, or an object read back). */
  write(object) {
    for (const field of this.fields) {
      const name = field.member.name;
      const value = field.path.startsWith('options/') ? object.options?.[name] : object[name];
      if (value !== undefined) field.control.write(value);
    }
  }

  clearErrors() {
    for (const field of this.fields) field.showError('');
    this.error.textContent = '';
  }

  /** Shows an error at `path` (a pointer inside the object, e.g. `options/seed`) next to the field it names. */
  showError(path, message) {
    const field = this.fields
      .filter((candidate) => path === candidate.path || path.startsWith(candidate.path + '/'))
      .sort((a, b) => b.path.length - a.path.length)[0];
    if (field) field.showError(message);
    else this.error.textContent = message;
    const folded = field?.node.closest('details');
    if (folded) folded.open = true;
    (field?.node ?? this.node).scrollIntoView({ block: 'center' });
  }
}

function exampleButton(example, form) {
  const button = element('button', { type: 'button', className: 'example', textContent: t('fillExample') });
  button.addEventListener('click', () => form.write(example));
  return button;
}

function removeButton(onRemove, form) {
  const button = element('button', { type: 'button', className: 'remove', textContent: t('remove') });
  button.addEventListener('click', () => onRemove(form));
  return button;
}

/**
 * A step: one model of one estimator, its section title and whether it joins the comparison table (ticked at first
 * when the schema's result description begins with the coefficients, as regressions' do).
 */
export class StepForm extends MemberFields {
  /** `estimator` is one entry of the schema's `estimators`. */
  constructor(estimator, context, onRemove) {
    const members = estimator.members.filter((member) => !member.deprecated);
    const example = estimator.example;
    super([
      ...members.map((member) => new Field(member, member.name, context, example[member.name])),
      ...estimator.options.map((member) => new Field(member, `options/${member.name}`, context, example.options?.[member.name])),
    ], element('p', { className: 'field-error step-error' }));
    this.estimator = estimator;
    this.title = element('input', { type: 'text', placeholder: estimator.name, className: 'step-title' });
    this.compare = element('input', { type: 'checkbox', className: 'compare', checked: estimator.results[0] === 'coefficients' });
    const optionFields = this.fields.filter((field) => field.path.startsWith('options/'));
    const options = element('details', { className: 'options' }, element('summary', { textContent: t('options') }),
      ...optionFields.map((field) => field.node));
    this.node = element('fieldset', { className: 'step' },
      element('legend', {}, element('strong', { textContent: estimator.name }), ' — ' + estimator.summary),
      element('div', { className: 'step-head' },
        element('label', {}, t('stepTitle') + ' ', this.title),
        element('label', {}, this.compare, ' ' + t('compare')), exampleButton(example, this), removeButton(onRemove, this)),
      ...this.fields.filter((field) => !optionFields.includes(field)).map((field) => field.node),
      ...(optionFields.length ? [options] : []), this.error);
    this.node.dataset.estimator = estimator.name;
  }

  /** Fills the formula from the study's declared variable roles (see `FormulaControl.applyRoles`). */
  applyRoles(roles) {
    this.fields.find((field) => field.member.role === 'formula')?.control.applyRoles(roles);
  }

  /** The model object the form describes. */
  read() {
    return this.readInto({ estimator: this.estimator.name });
  }

  get sectionTitle() {
    return this.title.value.trim() || this.estimator.name;
  }
}

/** A preparation step (`{"step": NAME, …}`, docs/ABI.md "Steps"), its form made from the schema's `steps` entry. */
export class PreparationForm extends MemberFields {
  constructor(entry, context, onRemove) {
    super(entry.members.map((member) => new Field(member, member.name, context, entry.example[member.name])),
      element('p', { className: 'field-error step-error' }));
    this.entry = entry;
    this.node = element('fieldset', { className: 'preparation' },
      element('legend', {}, element('strong', { textContent: entry.name }), ' — ' + entry.summary),
      element('div', { className: 'step-head' }, exampleButton(entry.example, this), removeButton(onRemove, this)),
      ...this.fields.map((field) => field.node), this.error);
    this.node.dataset.step = entry.name;
  }

  /** The step object the form describes. */
  read() {
    return this.readInto({ step: this.entry.name });
  }
}
