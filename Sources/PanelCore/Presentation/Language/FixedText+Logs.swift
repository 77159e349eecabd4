extension FixedText {
    /// The fixed text of the Stata-style plain-text logs (`text` rendering of a single model): header lines,
    /// column heads and test lines, as Chinese Stata output and papers word them (观测值, 系数, 标准误, 置信区间).
    static let logPhrases: [(english: String, chinese: String)] = [
        // Regression logs.
        ("{} regression of {}", "{2}的 {1} 回归"), ("Number of obs", "观测值"), ("R-squared", "R²"), ("Adj R-squared", "调整 R²"),
        ("Within R-sq.", "组内 R²"), ("Prob > F", "F 检验 p 值"), ("Fixed effects: {}", "固定效应：{1}"),
        ("[{}% conf. interval]", "[{1}% 置信区间]"), ("[conf. interval]", "[置信区间]"), ("Omitted (collinear): {}", "因共线性省略：{1}"),
        ("Path a: mediator {}", "路径 a：中介变量 {1}"), ("Outcome equation: direct effect and paths b", "结果方程：直接效应与路径 b"),
        ("Tests of the indirect effects (normal theory)", "间接效应检验（正态理论）"),
        ("Moderation of {} by {} (centred)", "{2}对{1}的调节效应（中心化）"), ("Moderation of {} by {}", "{2}对{1}的调节效应"),
        // Hausman.
        ("Hausman test: fixed (within) vs random effects ({})", "Hausman 检验：固定效应（组内）vs 随机效应（{1}）"),
        ("(b) fixed", "(b) 固定效应"), ("(B) random", "(B) 随机效应"), ("S.E.", "标准误"),
        ("chi2({}) = {}   Prob > chi2 = {}", "chi2({1}) = {2}   p 值 = {3}"),
        // Threshold.
        ("Threshold regression (Hansen 1999) of {}, threshold variable {}", "{1}的门槛回归（Hansen 1999），门槛变量{2}"),
        ("Units = {}, periods = {}, bootstrap replications = {}", "个体数 = {1}，时期数 = {2}，自助法重复次数 = {3}"),
        ("[{}% LR interval]", "[{1}% LR 置信区间]"),
        // DID, event study, placebo, Goodman-Bacon.
        ("DID ({}) effect of {}: {} (std. err. {})", "双重差分（{1}）{2}的效应：{3}（标准误 {4}）"),
        ("Event study of {}, reference period {}, window [{}, {}]", "{1}的事件研究，基期 {2}，窗口 [{3}, {4}]"),
        (", end points binned", "，端点合并"), ("rel. time", "相对时期"), ("conf. low", "置信下限"), ("conf. high", "置信上限"),
        ("Pre-trend F({}, {}) = {}, Prob > F = {}", "平行趋势检验 F({1}, {2}) = {3}，p 值 = {4}"),
        ("Placebo ({}): {} {} (std. err. {}, P>|t| {})", "安慰剂检验（{1}）：{2} {3}（标准误 {4}，P>|t| {5}）"),
        ("fake-timing effect", "虚构时点效应"), ("actual effect", "真实效应"),
        ("{} replications, seed {}: mean {}, sd {}, 2.5%–97.5% [{}, {}]", "{1} 次重复，种子 {2}：均值 {3}，标准差 {4}，2.5%–97.5% [{5}, {6}]"),
        ("Randomisation p-value (share |b_r| >= |b|) = {}", "随机化 p 值（|b_r| >= |b| 的比例）= {1}"),
        ("Goodman-Bacon decomposition of the TWFE estimate {}", "TWFE 估计值 {1} 的 Goodman-Bacon 分解"),
        ("type", "类型"), ("treated", "处理组"), ("control", "控制组"), ("estimate", "估计值"), ("weight", "权重"), ("never", "从未处理"),
        ("Total {}: weight {}, average {}", "{1}合计：权重 {2}，均值 {3}"),
        // Spatial panel logs.
        ("{} panel model, {} fixed effects, {}", "{1}，{2}固定效应，{3}"), ("{} panel model, random unit effects, ML", "{1}，个体随机效应，极大似然估计"),
        ("ML", "极大似然估计"), ("bias-corrected QML", "偏差校正准极大似然估计"),
        ("Dynamic spatial lag (SAR)", "动态空间滞后模型（SAR）"), ("Dynamic spatial Durbin (SDM)", "动态空间杜宾模型（SDM）"),
        ("{}, indirect and total effects (standard errors by {})", "{1}、间接效应与总效应（标准误：{2}）"),
        ("Short-run {}", "短期{1}"), ("Long-run {}", "长期{1}"),
        ("Short-run direct, indirect and total effects on {}: {}", "{1}的短期直接效应、间接效应与总效应：{2}"),
        ("Long-run direct, indirect and total effects on {}: {}", "{1}的长期直接效应、间接效应与总效应：{2}"),
        ("Hausman test, fixed vs random effects: chi2({}) = {}   p = {}", "Hausman 检验，固定效应 vs 随机效应：chi2({1}) = {2}   p = {3}"),
    ]
}
