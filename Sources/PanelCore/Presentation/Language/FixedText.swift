/// The catalogue of fixed text: each phrase PanelCore writes in English (the key, as the tables, figures and report
/// write it) with its Chinese form. A key may be a template with `{}` for text the engine fills in (a variable's
/// name, a count); the Chinese form refers to those parts as `{1}`, `{2}`… in the order the English gives them, so
/// the word order can differ. Chinese follows the usage of Chinese economics journals (括号内为标准误, 观测值,
/// 城市固定效应 是/否). Phrases not listed stay English.
enum FixedText {
    /// The stub of a comparison table's row saying which models absorb a fixed effect (its cells Yes or No).
    static let fixedEffectRow = "{} FE"
    private static let fixedEffectRowTemplate = TextTemplate(fixedEffectRow)

    /// Whole cells, titles, notes, axis titles and headings.
    static let phrases: [(english: String, chinese: String)] = [
        // Statistic rows of comparison tables and summary rows.
        ("Observations", "观测值"), ("Clusters", "聚类数"), ("R²", "R²"), ("Adjusted R²", "调整 R²"), ("Within R²", "组内 R²"),
        ("Overall R²", "总体 R²"), ("Root MSE", "均方根误差"), ("Log-likelihood", "对数似然值"), ("Degrees of freedom", "自由度"),
        ("KP rk LM p-value", "KP rk LM p 值"), ("Hansen J p-value", "Hansen J p 值"), ("Sargan p-value", "Sargan p 值"),
        ("Anderson canon. corr. LM", "Anderson 典型相关 LM"), ("Units × periods", "个体数 × 时期数"),
        ("Pre-trend p-value", "平行趋势检验 p 值"), ("Pre-trend F({}, {})", "平行趋势检验 F({1}, {2})"),
        ("Relative time {}", "相对时期 {1}"), ("Hausman p-value", "Hausman 检验 p 值"),
        ("Hausman χ²({}), fixed vs random", "Hausman χ²({1})，固定效应 vs 随机效应"),
        // Fixed-effect indicator rows.
        (fixedEffectRow, "{1}固定效应"), ("Yes", "是"), ("No", "否"),
        // Column headers.
        ("Coef.", "系数"), ("Std. err.", "标准误"), ("Estimate", "估计值"), ("Statistic", "统计量"), ("Test", "检验"),
        ("Variable", "变量"), ("Term", "变量"), ("Mean", "均值"), ("SD", "标准差"), ("Std. dev.", "标准差"), ("Min", "最小值"),
        ("Max", "最大值"), ("Effect", "效应"), ("Observed", "估计值"), ("Boot. SE", "自助标准误"), ("Share", "占比"),
        ("Direct", "直接效应"), ("Indirect", "间接效应"), ("Total", "总效应"), ("Threshold", "门槛"), ("Lower", "下限"),
        ("Upper", "上限"), ("Period", "时期"), ("Unit", "个体"), ("Units", "个体数"), ("Quadrant", "象限"), ("Local I", "局部 I"),
        ("Group", "组别"), ("Weight", "权重"), ("Indicator", "指标"), ("Dimension", "维度"), ("Comparison", "比较类型"),
        ("Treated", "处理组"), ("Control", "控制组"), ("Difference", "差异"), ("Fixed", "固定效应"), ("Random", "随机效应"),
        ("Matched", "匹配后"), ("Unmatched", "匹配前"), ("Sample", "样本"), ("Bandwidth", "带宽"), ("Peaks", "峰数"),
        ("Peak locations", "峰值位置"), ("Skewness", "偏度"), ("IQR", "四分位距"), ("CV", "变异系数"), ("Entropy", "信息熵"),
        ("Direction", "方向"), ("Instruments", "工具变量"), ("Replications", "重复次数"), ("Coefficients", "系数"),
        // Rows of single-result tables.
        ("Single", "单一门槛"), ("Double", "双重门槛"), ("Triple", "三重门槛"), ("Total effect", "总效应"),
        ("Actual effect", "真实效应"), ("Fake-timing effect", "虚构时点效应"), ("Mean of the estimates", "估计值均值"),
        ("2.5% quantile", "2.5% 分位数"), ("97.5% quantile", "97.5% 分位数"), ("Randomisation p-value", "随机化 p 值"),
        ("TWFE estimate", "TWFE 估计值"), ("Mean VIF", "VIF 均值"), ("LM lag", "LM 滞后"), ("Robust LM lag", "稳健 LM 滞后"),
        ("LM error", "LM 误差"), ("Robust LM error", "稳健 LM 误差"), ("Event-time effects", "事件时间效应"),
        ("Group-time effects", "组别-时期效应"), ("Simple aggregation", "简单加总"), ("Group aggregation", "按组别加总"),
        ("Dynamic (event-time) aggregation", "动态（事件时间）加总"), ("First stages", "第一阶段"),
        ("F (excluded instruments)", "F（排除的工具变量）"), ("Partial R² (excluded instruments)", "偏 R²（排除的工具变量）"),
        ("Convergence speed s", "收敛速度 s"), ("Half-life (periods)", "半衰期（期）"), ("Trend slope", "趋势斜率"),
        ("Steady state", "稳态分布"),
        ("Difference from (1)", "与 (1) 的差异"), ("p, interacted model (t)", "p 值，交互项模型 (t)"),
        ("p, seemingly unrelated (z)", "p 值，似不相关回归 (z)"), ("p, permutation", "p 值，置换检验"), ("p (perm.)", "p（置换）"),
        ("({}) First stage", "({1}) 第一阶段"), ("Endogeneity (C) p-value", "内生性检验 (C) p 值"),
        ("Stock-Yogo 10% critical value ({})", "Stock-Yogo 10% 临界值（{1}）"), ("Neighbours", "邻域类型"),
        ("Initial ({})", "期初（{1}）"), ("Final ({})", "期末（{1}）"), ("SD of logs", "对数标准差"), ("Within", "组内"),
        ("Between", "组间"), ("Class of D", "D 的等级"), ("total", "总效应"), ("direct", "直接效应"), ("indirect", "间接效应"),
        ("indirect:{}", "间接效应：{1}"),
        // Titles (the parts a template fills are translated too when they are phrases).
        ("Spatial lag (SAR)", "空间滞后模型（SAR）"), ("Spatial error (SEM)", "空间误差模型（SEM）"),
        ("Spatial Durbin (SDM)", "空间杜宾模型（SDM）"), ("Spatial Durbin error (SDEM)", "空间杜宾误差模型（SDEM）"),
        ("Spatial lag with spatial errors (SAC)", "空间滞后误差模型（SAC）"), ("two-way", "双向"), ("unit", "个体"), ("time", "时间"),
        ("{} panel model, {} fixed effects (ML): {}", "{1}，{2}固定效应，极大似然估计：{3}"),
        ("{} panel model, random unit effects (ML): {}", "{1}，个体随机效应，极大似然估计：{2}"),
        ("Descriptive statistics", "描述性统计"), ("Pairwise correlations", "相关系数矩阵"),
        ("Variance inflation factors", "方差膨胀因子"), ("Hausman test: fixed vs random effects", "Hausman 检验：固定效应 vs 随机效应"),
        ("Threshold estimates: {}, threshold variable {}", "门槛估计值：{1}，门槛变量{2}"),
        ("Threshold effect tests: {}, threshold variable {}", "门槛效应检验：{1}，门槛变量{2}"),
        ("Threshold regression (fixed effects, within): {}", "门槛回归（固定效应，组内）：{1}"),
        ("Direct, indirect and total effects on {}: {}", "{1}的直接效应、间接效应与总效应：{2}"),
        ("Mediation effects of {} on {} (N = {})", "{1}对{2}的中介效应（N = {3}）"),
        ("Event study of {}, relative to adoption", "{1}的事件研究（相对政策实施时点）"),
        ("Difference-in-differences ({}): effect of {} on {}", "双重差分（{1}）：{2}对{3}的影响"),
        ("Global spatial autocorrelation of {}", "{1}的全局空间自相关"),
        ("Local Moran's I of {}, {}", "{1}的局部 Moran's I（{2}）"), ("Local Moran's I of {}", "{1}的局部 Moran's I"),
        ("Heterogeneity by {}: effect of {} on {}", "按{1}分组的异质性：{2}对{3}的影响"),
        ("IV ({}) estimates of {}: first and second stages", "{2}的工具变量（{1}）估计：第一阶段与第二阶段"),
        ("Markov transition probabilities of {}, {}", "{1}的马尔可夫转移概率矩阵，{2}"),
        ("Spatial Markov transition probabilities of {}, {}, by the neighbours' class", "{1}的空间马尔可夫转移概率矩阵，{2}，按邻域类型"),
        ("σ convergence of {} by {}: coefficient of variation", "{1}按{2}分组的 σ 收敛：变异系数"), ("σ convergence of {}", "{1}的 σ 收敛"), ("β convergence of {}", "{1}的 β 收敛"),
        ("Distribution of {} by period ({} kernel density)", "{1}分时期的分布（{2}核密度）"),
        ("Dagum Gini coefficient of {} and its decomposition by {}", "{1}的 Dagum 基尼系数及其按{2}的分解"),
        ("Within- and between-group Gini coefficients of {} by {}", "{1}按{2}分组的组内与组间基尼系数"),
        ("Coupling coordination of {}", "{1}的耦合协调度"),
        ("Lagrange-multiplier tests for spatial dependence in {}", "{1}的空间依赖性 LM 检验"),
        // Notes.
        ("Standard errors in parentheses.", "括号内为标准误。"), ("t statistics in parentheses.", "括号内为 t 值。"),
        ("p-values in parentheses.", "括号内为 p 值。"), ("Confidence intervals in brackets.", "方括号内为置信区间。"),
        ("Note: {}", "注：{1}"), (PublicationTable.continuedSuffix, "（续）"),
        ("{}% confidence intervals from the likelihood ratio LR(γ) (Hansen 1999).", "{1}% 置信区间由似然比 LR(γ) 构造（Hansen 1999）。"),
        ("p-values and critical values from {} bootstrap replications; *** p<0.01, ** p<0.05, * p<0.1.",
         "p 值与临界值由 {1} 次自助法重复抽样得到；*、**、*** 分别表示在 10%、5%、1% 的水平上显著。"),
        ("Standard errors ({}) in parentheses; z tests: *** p<0.01, ** p<0.05, * p<0.1.",
         "括号内为标准误（{1}）；z 检验，*、**、*** 分别表示在 10%、5%、1% 的水平上显著。"),
        ("z and p under randomisation, two-sided; *** p<0.01, ** p<0.05, * p<0.1 (Moran's I).",
         "z 与 p 基于随机化假设，双侧检验；Moran's I 的 *、**、*** 分别表示在 10%、5%、1% 的水平上显著。"),
        ("χ² tests on the residuals of the regression with {} fixed effects; *** p<0.01, ** p<0.05, * p<0.1.",
         "基于{1}固定效应回归残差的 χ² 检验；*、**、*** 分别表示在 10%、5%、1% 的水平上显著。"),
        ("delta method", "Delta 方法"), ("simulation, {} draws", "模拟，{1} 次抽取"),
        ("P: percentile, BC: bias-corrected, BCa: bias-corrected and accelerated bootstrap intervals.",
         "P：百分位数区间；BC：偏差校正区间；BCa：偏差校正加速区间（均为自助法）。"),
        // Figures.
        ("Estimate and confidence interval", "估计值与置信区间"), ("Periods relative to adoption", "相对政策实施的时期"),
        ("Estimate (dashed: actual)", "估计值（虚线：真实估计值）"), ("Density", "密度"), ("Event study", "事件研究"),
        ("Placebo estimates", "安慰剂检验估计值"), ("Moran scatter plot of {}", "{1}的 Moran 散点图"),
        ("Standardised {}", "标准化的{1}"), ("Spatial lag W·z", "空间滞后 W·z"), ("Kernel density of {}", "{1}的核密度"),
        ("Mean {} by {}", "{1}按{2}的均值"), ("Gini coefficient of {}: overall and within groups", "{1}的基尼系数：总体与组内"),
        ("Gini coefficient", "基尼系数"), ("Overall", "总体"),
        // The study report.
        ("Study", "研究报告"), ("Data preparation and indices", "数据处理与指数构建"),
        ("Computed by PanelCore (ABI {}); every number is in the JSON response.", "由 PanelCore（ABI {1}）计算；所有数值均见 JSON 响应。"),
    ] + evolutionPhrases + notePhrases + logPhrases + shortTemplates

    /// Parts of longer notes and headers, replaced where they occur when the whole text is no entry of `phrases`
    /// (a covariance sentence joined to other text, a confidence level in a header).
    static let fragments: [(english: String, chinese: String)] = [
        ("Heteroskedasticity-robust standard errors (HC1)", "异方差稳健标准误（HC1）"), ("Conventional standard errors", "常规标准误"),
        ("White's heteroskedasticity-robust standard errors (HC0)", "White 异方差稳健标准误（HC0）"),
        ("Driscoll-Kraay standard errors", "Driscoll-Kraay 标准误"),
        ("Standard errors from the observed information matrix", "基于观测信息矩阵的标准误"),
        ("Standard errors clustered, ", "聚类稳健标准误，"), ("Standard errors clustered", "聚类稳健标准误"), (" clusters.", " 个聚类。"), (" clusters", " 个聚类"), ("Maximum likelihood estimates; z tests.", "极大似然估计；z 检验。"),
        ("z: standardised value; Wz: its spatial lag; z and p of the local I under randomisation, two-sided; ",
         "z：标准化值；Wz：其空间滞后；局部 I 的 z 与 p 基于随机化假设，双侧检验；"), ("Units by quadrant: ", "各象限个体数："),
        ("Reference period ", "基期 "), ("; window ", "；窗口 "), (", end points binned", "，端点合并"),
        ("; omitted (collinear): ", "；因共线性省略："), ("Excluded instruments: ", "排除的工具变量："), ("% conf. interval]", "% 置信区间]"), ("% CI (", "% 置信区间 ("), ("% LR interval]", "% LR 置信区间]"), (" in (2).", "（第 (2) 列）。"),
    ]

    /// The keys of `phrases` as templates, split once.
    private static let templates = phrases.map { (english: TextTemplate($0.english), chinese: $0.chinese) }

    /// `english` (a key of the catalogue, `{}` standing for `arguments` in order) in `language`.
    static func translation(of english: String, arguments: [String], in language: OutputLanguage) -> String {
        guard language == .zh, let entry = phrases.first(where: { $0.english == english }) else {
            return TextTemplate(english).filled(with: arguments)
        }
        return TextTemplate.filling(numbered: entry.chinese, with: arguments)
    }

    /// `text` in Chinese: as a whole when it (or it without a final ".", which becomes "。") is a phrase of the catalogue or fills one of its templates (the filled
    /// parts not in `kept` in Chinese too, as phrases or by their fragments) or is a significance-star legend; else with its
    /// fragments (`fragments`, a standard star legend) in Chinese, a sentence that now ends in Chinese ending
    /// with "。".
    static func chinese(_ text: String, keeping kept: [String]) -> String {
        if let whole = chineseWhole(text, keeping: kept) { return whole }
        if text.hasSuffix("."), let whole = chineseWhole(String(text.dropLast()), keeping: kept) { return whole + "。" }
        if let legend = StarLegend.chinese(text) { return legend }
        var result = text
        for fragment in fragments { result = TextTemplate.replacing(fragment.english, with: fragment.chinese, in: result) }
        result = StarLegend.replacingStandard(in: result)
        var scalars = Array(result.unicodeScalars)
        if result != text, scalars.count > 1, scalars[scalars.count - 1] == ".", TextTemplate.isChinese(scalars[scalars.count - 2]) {
            scalars[scalars.count - 1] = "。"
            return TextTemplate.string(scalars[...])
        }
        return result
    }

    /// `text` in Chinese when it is a phrase of the catalogue or fills one of its templates; nil otherwise.
    private static func chineseWhole(_ text: String, keeping kept: [String]) -> String? {
        for entry in templates {
            guard let parts = entry.english.parts(of: text) else { continue }
            let translated = parts.map { part in kept.contains(part) ? part : chinese(part, keeping: kept) }
            return TextTemplate.filling(numbered: entry.chinese, with: translated)
        }
        return nil
    }

    /// Whether `stub` heads a fixed-effect row (`city FE`), whose Yes/No cells are the engine's whatever the user wrote.
    static func isFixedEffectRow(_ stub: String) -> Bool {
        fixedEffectRowTemplate.parts(of: stub) != nil
    }
}
