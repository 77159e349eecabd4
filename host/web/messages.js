// The page's interface text: one message table per language. `?lang=zh` (or the language switch) picks Chinese.
// Estimator names, member names and the engine's own help and error text are the engine's and are not translated.

const tables = {
  en: {
    title: 'PanelCore — a whole study in your browser',
    intro: 'Your data stay on this computer: every estimate is computed by PanelCore\'s WebAssembly module in this page.',
    language: 'Language',
    loadingModule: 'Loading the engine…',
    moduleSimd: 'Engine ready (WebAssembly with SIMD).',
    moduleBaseline: 'This browser has no WebAssembly SIMD: using the baseline module (slower, same results).',
    moduleBaselineForced: 'Using the baseline module (no SIMD), as asked by ?baseline=1.',
    moduleFailed: 'The engine could not be loaded: {0}',
    dataLegend: '1. Data',
    dropHere: 'Drop a data file here, or',
    useExample: 'use the example panel',
    encoding: 'Encoding',
    encodingAuto: 'detect',
    dataLoaded: '{0}: {1} rows, {2} columns ({3} numeric, {4} text).',
    notUtf8: '{0} is not UTF-8 text ({1}). This engine reads UTF-8 CSV only: save the file as “CSV UTF-8” (Excel) or UTF-8 and load it again. Nothing was loaded.',
    looksChinese: 'it looks like GBK/GB18030 Chinese',
    looksUtf16: 'it is UTF-16',
    looksBinary: 'unknown encoding',
    formatUnsupported: '{0}: this engine does not read {1} files yet; export the data as UTF-8 CSV.',
    panelLegend: '2. Panel and variables',
    treatment: 'Treatment',
    controls: 'Controls',
    rolesHelp: 'New steps start from these roles: outcome ~ treatment + controls | fixed effects.',
    unit: 'Unit (id)',
    time: 'Time',
    noPanel: '(none)',
    stepsLegend: '3. Steps',
    addStep: 'Add a step',
    add: 'Add',
    remove: 'Remove',
    fillExample: 'Fill in the engine\'s example',
    stepTitle: 'Section title',
    compare: 'in the comparison table',
    outcome: 'Outcome',
    regressors: 'Regressors',
    fixedEffects: 'Fixed effects',
    formula: 'Formula',
    options: 'Options',
    defaultIs: 'default: {0}',
    defaultChoice: '— default ({0}) —',
    noneChoice: '— none —',
    required: 'required',
    deprecated: 'old spelling',
    vcovCluster: 'clustered by',
    runLegend: '4. Run',
    reportTitle: 'Report title',
    run: 'Run the study',
    cancel: 'Cancel',
    running: 'Running {0} ({1} s)…',
    stageModels: 'the models',
    stageStudy: 'the report',
    cancelled: 'Cancelled: the engine was stopped and restarted.',
    done: 'Done in {0} s.',
    noSteps: 'Add at least one step.',
    needData: 'Load a data file first.',
    badJSON: 'not valid JSON: {0}',
    resultsLegend: 'Results',
    comparison: 'Comparison of the chosen models',
    figures: 'Figures',
    report: 'The whole report',
    downloads: 'Download',
    downloadRequest: 'request (panelcore run)',
    downloadStudy: 'study request (panelcore study)',
    downloadResponse: 'response',
    downloadReport: 'report (HTML)',
    openReport: 'open in a new tab',
    engineError: 'The engine answered {0} at {1}: {2}',
  },
  zh: {
    title: 'PanelCore——在浏览器中完成整个研究',
    intro: '数据不会离开这台电脑：所有估计都由本页中的 PanelCore WebAssembly 模块计算。',
    language: '语言',
    loadingModule: '正在加载计算引擎…',
    moduleSimd: '引擎已就绪（WebAssembly SIMD）。',
    moduleBaseline: '此浏览器不支持 WebAssembly SIMD：使用基础模块（较慢，结果相同）。',
    moduleBaselineForced: '按 ?baseline=1 的要求使用基础模块（无 SIMD）。',
    moduleFailed: '无法加载计算引擎：{0}',
    dataLegend: '1. 数据',
    dropHere: '将数据文件拖到此处，或',
    useExample: '使用示例面板数据',
    encoding: '编码',
    encodingAuto: '自动检测',
    dataLoaded: '{0}：{1} 行，{2} 列（数值 {3} 列，文本 {4} 列）。',
    notUtf8: '{0} 不是 UTF-8 文本（{1}）。此引擎只读取 UTF-8 编码的 CSV：请将文件另存为“CSV UTF-8”（Excel）或 UTF-8 后重新加载。未加载任何数据。',
    looksChinese: '看起来是 GBK/GB18030 中文编码',
    looksUtf16: '文件为 UTF-16 编码',
    looksBinary: '编码未知',
    formatUnsupported: '{0}：此引擎尚不能读取 {1} 文件；请将数据导出为 UTF-8 CSV。',
    panelLegend: '2. 面板与变量',
    treatment: '核心解释变量',
    controls: '控制变量',
    rolesHelp: '新步骤以这些变量角色为起点：被解释变量 ~ 核心解释变量 + 控制变量 | 固定效应。',
    unit: '个体（id）',
    time: '时间',
    noPanel: '（无）',
    stepsLegend: '3. 分析步骤',
    addStep: '添加步骤',
    add: '添加',
    remove: '删除',
    fillExample: '填入引擎示例',
    stepTitle: '小节标题',
    compare: '放入对比表',
    outcome: '被解释变量',
    regressors: '解释变量',
    fixedEffects: '固定效应',
    formula: '公式',
    options: '选项',
    defaultIs: '默认：{0}',
    defaultChoice: '— 默认（{0}）—',
    noneChoice: '— 无 —',
    required: '必填',
    deprecated: '旧写法',
    vcovCluster: '聚类变量',
    runLegend: '4. 运行',
    reportTitle: '报告标题',
    run: '运行研究',
    cancel: '取消',
    running: '正在计算{0}（{1} 秒）…',
    stageModels: '模型',
    stageStudy: '报告',
    cancelled: '已取消：计算引擎已停止并重新启动。',
    done: '完成，用时 {0} 秒。',
    noSteps: '请至少添加一个步骤。',
    needData: '请先加载数据文件。',
    badJSON: '不是有效的 JSON：{0}',
    resultsLegend: '结果',
    comparison: '所选模型的对比表',
    figures: '图',
    report: '完整报告',
    downloads: '下载',
    downloadRequest: '请求（panelcore run）',
    downloadStudy: '研究请求（panelcore study）',
    downloadResponse: '响应',
    downloadReport: '报告（HTML）',
    openReport: '在新标签页中打开',
    engineError: '引擎返回 {0}，位置 {1}：{2}',
  },
};

/** The languages offered, with their own names. */
export const languages = { en: 'English', zh: '中文' };

let current = 'en';

/** Chooses the interface language (`en` or `zh`; anything else is English). */
export function setLanguage(code) {
  current = code in tables ? code : 'en';
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
}

export function language() {
  return current;
}

/** The message `key` in the current language with {0}, {1}… replaced by the arguments. */
export function t(key, ...values) {
  const text = tables[current][key] ?? tables.en[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, index) => String(values[Number(index)]));
}

/** Sets the text of every element with `data-text="KEY"` under `root`. */
export function translate(root = document) {
  for (const element of root.querySelectorAll('[data-text]')) element.textContent = t(element.dataset.text);
}
