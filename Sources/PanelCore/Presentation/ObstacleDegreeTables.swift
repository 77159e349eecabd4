/// The obstacle degree model as publication tables: the mean obstacle degree (%) of every indicator (and
/// dimension) by period with the whole panel last, and the top-k obstacle factors of each period (and of each group).
enum ObstacleDegreeTables {
    static func tables(_ names: ObstacleProfileNames, overall: ObstacleProfile, periods: [(String, ObstacleProfile)],
                       groups: [(String, ObstacleProfile)]) -> [PublicationTable] {
        let columns = periods + [("All", overall)]
        let indicatorRows = names.indicators.indices.map { j in [names.indicators[j]] + columns.map { percent($0.1.degrees[j], of: $0.1) } }
        let dimensionRows = names.dimensions.indices.map { d in [names.dimensions[d]] + columns.map { percent($0.1.dimensions[d], of: $0.1) } }
        var tables = [
            PublicationTable(title: "Obstacle degree (%) of each indicator by period", header: [["Indicator"] + columns.map { $0.0 }],
                             sections: [indicatorRows, dimensionRows],
                             notes: ["O_ij = w_j (1 − x'_ij) / Σ_k w_k (1 − x'_ik), averaged over the period's observations"
                                     + (names.dimensions.isEmpty ? "." : "; dimensions: the sum over their indicators.")]),
            topTable(names, rows: columns, stub: "Period", title: "Top \(names.top) obstacle factors by period"),
        ]
        if !groups.isEmpty { tables.append(topTable(names, rows: groups, stub: "Group", title: "Top \(names.top) obstacle factors by group")) }
        return tables
    }

    private static func topTable(_ names: ObstacleProfileNames, rows: [(String, ObstacleProfile)], stub: String, title: String) -> PublicationTable {
        PublicationTable(title: title, header: [[stub] + (1...names.top).map { String($0) }],
                         sections: [rows.map { label, profile in
                             [label] + profile.ranking.prefix(names.top).map { names.indicators[$0] + " (" + percent(profile.degrees[$0], of: profile) + ")" }
                         }],
                         notes: ["Indicators by mean obstacle degree, largest first; obstacle degree in per cent in parentheses."])
    }

    /// The degree in per cent; "." for a profile of no observation.
    private static func percent(_ share: Double, of profile: ObstacleProfile) -> String {
        profile.count > 0 ? DisplayNumber.fixed(100 * share, decimals: 2) : "."
    }
}
