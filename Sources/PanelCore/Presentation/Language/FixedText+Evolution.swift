extension FixedText {
    /// The fixed text of the spatiotemporal-evolution tables (club, σ and β convergence, Markov chains) and of the
    /// Hausman and threshold tables, in the vocabulary of Chinese papers on regional convergence (收敛俱乐部, 发散组,
    /// 平均首达时间, 临界值).
    static let evolutionPhrases: [(english: String, chinese: String)] = [
        // Club convergence.
        ("Club convergence of {} (Phillips–Sul log t test)", "{1}的俱乐部收敛检验（Phillips–Sul log t 检验）"),
        ("Merged clubs of {} (Phillips–Sul 2009)", "{1}合并后的收敛俱乐部（Phillips–Sul 2009）"),
        ("All units", "全部个体"), ("log t coefficient", "log t 系数"), ("t statistic", "t 统计量"), ("Divergent", "发散组"),
        ("Club {}: {}.", "俱乐部 {1}：{2}。"), ("Divergent: {}.", "发散组：{1}。"), ("Club {} (clubs {})", "俱乐部 {1}（由俱乐部 {2} 合并）"),
        ("log(H1/Ht) − 2 log(log t) = a + b log t on t = [rT] + 1, …, T; HAC standard errors (quadratic spectral kernel). "
         + "Convergence is rejected when t < −1.65; stars: left-tail p < 0.01 ***, < 0.05 **, < 0.1 *.",
         "log(H1/Ht) − 2 log(log t) = a + b log t，t = [rT] + 1, …, T；HAC 标准误（二次谱核）。t < −1.65 时拒绝收敛原假设；"
         + "星号按左侧 p 值：*** p < 0.01，** p < 0.05，* p < 0.1。"),
        // σ and β convergence.
        ("CV = SD/Mean; SD with n − 1. Trend: least-squares slope on the period, standard error in parentheses; "
         + "*** p<0.01, ** p<0.05, * p<0.1. A negative slope is σ convergence.",
         "变异系数 CV = 标准差/均值，标准差以 n − 1 计算。趋势：对时期的最小二乘斜率，括号内为标准误；"
         + "*、**、*** 分别表示在 10%、5%、1% 的水平上显著。斜率为负即存在 σ 收敛。"),
        ("CV = SD/Mean (SD with n − 1) of the units in each group and period. Trend: least-squares slope on the "
         + "period, standard error in parentheses; *** p<0.01, ** p<0.05, * p<0.1. A negative slope is σ convergence.",
         "变异系数 CV = 标准差/均值（标准差以 n − 1 计算），按各组各时期的个体计算。趋势：对时期的最小二乘斜率，括号内为标准误；"
         + "*、**、*** 分别表示在 10%、5%、1% 的水平上显著。斜率为负即存在 σ 收敛。"),
        ("Absolute", "绝对 β 收敛"), ("Conditional", "条件 β 收敛"),
        ("Direct effect of {}", "{1}的直接效应"), ("Indirect effect of {}", "{1}的间接效应"), ("Total effect of {}", "{1}的总效应"),
        ("Dependent variable {} = ln(y[t+1]/y[t]); s = −ln(1 + β), half-life = ln 2/s (τ = 1 period).",
         "被解释变量 {1} = ln(y[t+1]/y[t])；s = −ln(1 + β)，半衰期 = ln 2/s（τ = 1 期）。"),
        ("Spatial β convergence of {}: spatial Durbin model, two-way fixed effects (ML)", "{1}的空间 β 收敛：空间杜宾模型，双向固定效应（极大似然估计）"),
        ("Dependent variable {} = ln(y[t+1]/y[t]); unit and period fixed effects; z tests. s = −ln(1 + β) with β the coefficient of {}, "
         + "half-life = ln 2/s (τ = 1 period). Effects: LeSage–Pace averages, delta-method standard errors.",
         "被解释变量 {1} = ln(y[t+1]/y[t])；个体与时期固定效应；z 检验。s = −ln(1 + β)，β 为 {2} 的系数，半衰期 = ln 2/s（τ = 1 期）。"
         + "效应为 LeSage–Pace 平均效应，标准误由 Delta 方法计算。"),
        // Markov chains.
        ("Mean first passage times of {} (periods)", "{1}的平均首达时间（期）"), ("from \\ to", "起始 \\ 到达"), ("none", "无"),
        ("n: transitions starting in the class; an empty row (n = 0) has no transitions.", "n：起始于该等级的转移次数；n = 0 的空行表示无转移。"),
        ("Expected periods to first reach the column's class; the diagonal is the mean recurrence time.",
         "首次到达列所示等级的期望期数；对角线为平均重现时间。"),
        ("Classes of {}: {} (quantiles of the pooled values).", "{1}的等级划分：{2}（按全部观测值的分位数）。"),
        ("Classes of {}: {} (given cut points).", "{1}的等级划分：{2}（给定分界点）。"), ("the spatial lag (Lag)", "空间滞后（滞后类型）"),
        ("Homogeneity of the neighbour classes' chains: Q and LR (Bickenbach–Bode), χ² (Rey 2001); *** p<0.01, ** p<0.05, * p<0.1.",
         "各邻域类型转移矩阵的同质性检验：Q 与 LR（Bickenbach–Bode），χ²（Rey 2001）；*、**、*** 分别表示在 10%、5%、1% 的水平上显著。"),
        // Threshold tests and the Hausman test.
        ("Prob", "p 值"), ("Crit10", "10% 临界值"), ("Crit5", "5% 临界值"), ("Crit1", "1% 临界值"), ("Prob > χ²", "p 值"),
        ("b = consistent under H0 and Ha (fixed effects, within); B = inconsistent under Ha, efficient under H0 (random effects).",
         "b 在 H0 与 Ha 下均为一致估计（固定效应，组内）；B 在 Ha 下不一致、在 H0 下有效（随机效应）。"),
        ("Test of H0: difference in coefficients not systematic.", "原假设 H0：系数差异不是系统性的。"),
        ("Variance of both estimators from the random-effects error variance ({}).", "两个估计量的方差均基于随机效应模型的误差方差（{1}）。"),
        ("Variance of both estimators from the fixed-effects error variance ({}).", "两个估计量的方差均基于固定效应模型的误差方差（{1}）。"),
    ]

    /// Short templates that match any text starting with their words, so tried after every longer phrase.
    static let shortTemplates: [(english: String, chinese: String)] = [
        ("Club {}", "俱乐部 {1}"), ("Lag {}", "滞后类型 {1}"),
    ]
}
