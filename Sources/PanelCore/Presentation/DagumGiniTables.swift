/// The Dagum Gini decomposition as publication tables: the contributions table (per period G, G_w, G_nb, G_t and
/// their shares of G in per cent) and the group table (per period each within-group Gini G_jj and each
/// between-group Gini G_jh), as the regional-disparity literature prints them.
enum DagumGiniTables {
    static func tables(_ results: [DagumGini], periods: [Int?], labels: [String], variable: String, group: String) -> [PublicationTable] {
        let stubs = periods.map { $0.map { String($0) } ?? "pooled" }
        let contributions = zip(stubs, results).map { stub, result -> [String] in
            let shares = result.shares
            return [stub, gini(result.gini), gini(result.within), gini(result.netBetween), gini(result.transvariation),
                    percent(shares?.within), percent(shares?.netBetween), percent(shares?.transvariation)]
        }
        let first = results[0]
        let pairNames = first.pairs.map { labels[$0.first] + "–" + labels[$0.second] }
        let groupRows = zip(stubs, results).map { stub, result -> [String] in
            [stub] + result.groups.map { $0.gini.map(gini) ?? "." } + result.pairs.map { $0.gini.map(gini) ?? "." }
        }
        let blank = { (count: Int) in [String](repeating: "", count: max(0, count - 1)) }
        return [
            PublicationTable(title: "Dagum Gini coefficient of \(variable) and its decomposition by \(group)",
                             header: [["Period", "G", "G_w", "G_nb", "G_t", "G_w (%)", "G_nb (%)", "G_t (%)"]],
                             sections: [contributions],
                             notes: ["G = G_w + G_nb + G_t: within-group, net between-group and transvariation contributions (Dagum 1997);"
                                     + " shares in per cent of G."]),
            PublicationTable(title: "Within- and between-group Gini coefficients of \(variable) by \(group)",
                             header: [["", "Within"] + blank(labels.count) + ["Between"] + blank(pairNames.count), ["Period"] + labels + pairNames],
                             sections: [groupRows],
                             notes: ["Within: G_jj of each group; between: G_jh of each pair of groups (Dagum 1997)."]),
        ]
    }

    private static func gini(_ x: Double) -> String { DisplayNumber.fixed(x, decimals: 4) }

    private static func percent(_ share: Double?) -> String { share.map { DisplayNumber.fixed(100 * $0, decimals: 2) } ?? "." }
}
