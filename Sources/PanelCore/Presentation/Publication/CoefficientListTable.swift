/// Coefficient rows as a publication table in the layout of Stata's coefficient tables: one row per term with the
/// estimate (stars from its p-value), standard error, test statistic, p-value and confidence interval, in blocks
/// (each a section of the table, headed by its title when it has one), then a section of summary rows (label and
/// value: σ², log-likelihood, sample size…). Event-time aggregations, spatial panel models and regime coefficients
/// use it; side-by-side models use `ModelComparisonTable`.
enum CoefficientListTable {
    /// A titled block of coefficient rows (the title row is left out when nil).
    struct Block {
        let title: String?
        let rows: [CoefficientEstimate]
    }

    /// `statistic` names the test statistic's column ("z" or "t"); `level` is the intervals' confidence level.
    static func table(title: String, blocks: [Block], statistic: String = "z", level: Double, summary: [(label: String, value: String)] = [],
                      notes: [String]) -> PublicationTable {
        let header = ["", "Coef.", "Std. err.", statistic, "P>|\(statistic)|", "[\(DisplayNumber.percent(level))% conf. interval]"]
        let sections = blocks.map { block in (block.title.map { [[$0]] } ?? []) + block.rows.map(row) }
        return PublicationTable(title: title, header: [header], sections: sections + [summary.map { [$0.label, $0.value] }],
                                notes: notes + ["*** p<0.01, ** p<0.05, * p<0.1"])
    }

    /// One coefficient's cells: term, estimate with stars, standard error, statistic, p-value, interval.
    static func row(_ coefficient: CoefficientEstimate) -> [String] {
        let interval = coefficient.confidenceLow.flatMap { low in
            coefficient.confidenceHigh.map { "[" + DisplayNumber.fixed(low, decimals: 4) + ", " + DisplayNumber.fixed($0, decimals: 4) + "]" }
        }
        return [coefficient.term, DisplayNumber.fixed(coefficient.estimate, decimals: 4) + DisplayNumber.stars(coefficient.pValue),
                DisplayNumber.fixed(coefficient.standardError, decimals: 4), DisplayNumber.optional(coefficient.statistic, decimals: 2),
                DisplayNumber.optional(coefficient.pValue, decimals: 3), interval ?? "."]
    }
}
