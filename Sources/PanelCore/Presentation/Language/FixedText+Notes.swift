extension FixedText {
    /// The notes and titles of the tables of the mechanism, IV, distribution and index families (heterogeneity,
    /// kernel density, Dagum Gini, coupling coordination, obstacle degree), in the words of Chinese papers (障碍度,
    /// 超变密度, 耦合协调度).
    static let notePhrases: [(english: String, chinese: String)] = [
        ("Difference: the coefficient of {} in the group minus that in (1); p-values of the tests that it is zero.",
         "差异：{1}在该组的系数减去第 (1) 组的系数；p 值为差异等于零的检验。"),
        ("Permutation: {} of {} permutations of the group labels across {}, seed {}.", "置换检验：在{3}间置换组别标签 {2} 次（成功 {1} 次），随机种子 {4}。"),
        ("Permutation: {} of {} label permutations across {}, seed {}", "置换检验：在{3}间置换组别标签 {2} 次（成功 {1} 次），随机种子 {4}"),
        ("observations", "观测值"),
        ("Anderson-Rubin {}% confidence set: {}.", "Anderson-Rubin {1}% 置信集：{2}。"),
        ("Bandwidth by the {} rule; peaks are local maxima of the density on the evaluation grid, the highest first; "
         + "skewness is the moment coefficient m3/m2^(3/2).",
         "带宽按 {1} 规则选取；峰为密度在估计网格上的局部极大值，按高度排序；偏度为矩偏度系数 m3/m2^(3/2)。"),
        ("G = G_w + G_nb + G_t: within-group, net between-group and transvariation contributions (Dagum 1997); shares in per cent of G.",
         "G = G_w + G_nb + G_t：组内差异、组间净差异与超变密度的贡献（Dagum 1997）；占比为占 G 的百分比。"),
        ("Within: G_jj of each group; between: G_jh of each pair of groups (Dagum 1997).", "组内：各组的 G_jj；组间：各组对之间的 G_jh（Dagum 1997）。"),
        ("Means over the period's observations: C = m(ΠU)^(1/m)/ΣU, T = Σ w U, D = √(C·T); classes of D in bands of 0.1 from "
         + "extreme disorder [0, 0.1) to quality coordination [0.9, 1].",
         "各时期观测值的均值：C = m(ΠU)^(1/m)/ΣU，T = Σ w U，D = √(C·T)；D 以 0.1 为间隔分为十类，从极度失调 [0, 0.1) 到优质协调 [0.9, 1]。"),
        ("Obstacle degree (%) of each indicator by period", "各指标分时期的障碍度（%）"),
        ("Top {} obstacle factors by period", "各时期排名前 {1} 的障碍因子"), ("Top {} obstacle factors by group", "各组排名前 {1} 的障碍因子"),
        ("O_ij = w_j (1 − x'_ij) / Σ_k w_k (1 − x'_ik), averaged over the period's observations; dimensions: the sum over their indicators.",
         "O_ij = w_j (1 − x'_ij) / Σ_k w_k (1 − x'_ik)，取各时期观测值的均值；维度障碍度为其所含指标之和。"),
        ("O_ij = w_j (1 − x'_ij) / Σ_k w_k (1 − x'_ik), averaged over the period's observations.",
         "O_ij = w_j (1 − x'_ij) / Σ_k w_k (1 − x'_ik)，取各时期观测值的均值。"),
        ("Indicators by mean obstacle degree, largest first; obstacle degree in per cent in parentheses.",
         "指标按平均障碍度从大到小排列；括号内为障碍度（%）。"),
    ]
}
