/// One model as a column of a comparison table: what `ModelComparisonTable` needs from any result with coefficients
/// (OLS, panel, IV, DID… — read from the result's ABI JSON, so every estimator's results fit).
public struct ComparedModel: Equatable {
    public var response: String
    public var label: String?
    public var coefficients: [CoefficientEstimate]
    /// `nobs` and the result's `stats`, by name.
    public var statistics: [NamedStatistic]
    public var fixedEffects: [String]
}

/// A row of a comparison table that the user states for each model (`Controls`, `Sample`…).
public struct IndicatorRow: Equatable {
    public var label: String
    public var values: [String]

    public init(label: String, values: [String]) {
        self.label = label
        self.values = values
    }
}

/// How a comparison table is laid out — the options of Stata's esttab / R's modelsummary that applied papers use.
public struct ComparisonTableOptions: Equatable {
    public var title: String?
    /// Column titles; default `(1)`, `(2)`, …
    public var columnTitles: [String]?
    /// Ascending p-value thresholds for `***`, `**`, `*` read from the end: [0.01, 0.05, 0.1] gives *** p<0.01,
    /// ** p<0.05, * p<0.1 (the default, Stata esttab's `star(* 0.1 ** 0.05 *** 0.01)`); empty for no stars.
    public var starThresholds: [Double] = [0.01, 0.05, 0.1]
    /// What goes in parentheses under each estimate: "se" (default), "t", "p", "ci" or "none".
    public var below = "se"
    public var decimals = 3
    /// A non-zero value whose fixed form shows only zeros prints as `0.000` (false, the default, as esttab does) or
    /// in scientific notation with three significant digits (true: request member `"small_values": "scientific"`).
    public var keepsSignificantDigits = false
    /// Terms to show (default all) and terms to hide; `order` puts these terms first.
    public var keep: [String]?
    public var drop: [String] = []
    public var order: [String] = []
    /// Display labels of terms, statistics and fixed effects (default: the names).
    public var labels: [String: String] = [:]
    /// Statistic rows by name (`nobs`, `r2`, `adj_r2`, `r2_within`, `f_stat`, `n_clusters`, `rmse`, …); a row is
    /// shown when at least one model has the statistic.
    public var statistics = ["nobs", "r2", "adj_r2", "r2_within", "n_clusters"]
    /// Extra indicator rows (`Controls: Yes/No`), one value per model.
    public var indicatorRows: [IndicatorRow] = []
    public var notes: [String] = []
    /// Page orientation and splitting in LaTeX and RTF (request member `layout`).
    public var layout = TableLayout.auto

    public init() {}
}

/// Several models side by side in the esttab layout: a header with column titles and response names; each term on
/// two lines (estimate with stars, then the standard error / t / p / interval in parentheses); rows saying which
/// fixed effects each model absorbs; statistic rows; indicator rows; notes with the star legend.
public enum ModelComparisonTable {
    public static func build(_ models: [ComparedModel], options: ComparisonTableOptions) -> PublicationTable {
        let titles = options.columnTitles ?? (1...max(1, models.count)).map { "(\($0))" }
        var header = [[""] + titles]
        header.append([""] + models.map { $0.label ?? label($0.response, options) })
        let terms = orderedTerms(models, options)
        var coefficientRows: [[String]] = []
        for term in terms {
            var estimates = [label(term, options)]
            var below = [""]
            for model in models {
                let row = model.coefficients.first { $0.term == term }
                estimates.append(row.map { number($0.estimate, options) + stars($0.pValue, options) } ?? "")
                below.append(row.map { parenthesised($0, options) } ?? "")
            }
            coefficientRows.append(estimates)
            if options.below != "none" { coefficientRows.append(below) }
        }
        var indicatorRows: [[String]] = []
        for effect in unique(models.flatMap { $0.fixedEffects }) {
            indicatorRows.append([label(effect, options) + " FE"] + models.map { $0.fixedEffects.contains(effect) ? "Yes" : "No" })
        }
        for row in options.indicatorRows { indicatorRows.append([row.label] + row.values) }
        var statisticRows: [[String]] = []
        for name in options.statistics {
            let values = models.map { model in model.statistics.first { $0.name == name }?.value }
            guard values.contains(where: { $0 != nil }) else { continue }
            statisticRows.append([statisticLabel(name, options)] + values.map { value in value.map { statistic(name, $0, options) } ?? "" })
        }
        return PublicationTable(title: options.title, header: header, sections: [coefficientRows, indicatorRows, statisticRows],
                                notes: defaultNotes(options) + options.notes, layout: options.layout)
    }

    private static func orderedTerms(_ models: [ComparedModel], _ options: ComparisonTableOptions) -> [String] {
        var terms = unique(models.flatMap { model in model.coefficients.map { $0.term } })
        if let keep = options.keep { terms = terms.filter { keep.contains($0) } }
        terms = terms.filter { !options.drop.contains($0) }
        let first = options.order.filter { terms.contains($0) }
        return first + terms.filter { !first.contains($0) }
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: [String] = []
        for name in names where !seen.contains(name) { seen.append(name) }
        return seen
    }

    private static func label(_ name: String, _ options: ComparisonTableOptions) -> String {
        options.labels[name] ?? name
    }

    private static let statisticLabels = [
        "nobs": "Observations", "r2": "R²", "adj_r2": "Adjusted R²", "r2_within": "Within R²", "r2_overall": "Overall R²",
        "f_stat": "F", "n_clusters": "Clusters", "rmse": "Root MSE", "sigma_u": "sigma_u", "sigma_e": "sigma_e", "rho": "rho",
        "kleibergen_paap_lm": "Kleibergen-Paap rk LM", "kleibergen_paap_lm_p": "KP rk LM p-value",
        "kleibergen_paap_f": "Kleibergen-Paap rk Wald F", "cragg_donald_f": "Cragg-Donald Wald F",
        "anderson_lm": "Anderson canon. corr. LM", "hansen_j": "Hansen J", "hansen_j_p": "Hansen J p-value",
        "sargan": "Sargan", "sargan_p": "Sargan p-value", "sigma2": "σ²", "log_likelihood": "Log-likelihood",
    ]

    private static func statisticLabel(_ name: String, _ options: ComparisonTableOptions) -> String {
        options.labels[name] ?? statisticLabels[name] ?? name
    }

    private static func statistic(_ name: String, _ value: Double, _ options: ComparisonTableOptions) -> String {
        ["nobs", "n_clusters", "n_units"].contains(name) ? DisplayNumber.fixed(value, decimals: 0) : number(value, options)
    }

    /// Fixed decimals; with `keepsSignificantDigits`, scientific notation when the fixed form would show only zeros
    /// for a non-zero value.
    static func number(_ x: Double, _ options: ComparisonTableOptions) -> String {
        let fixed = DisplayNumber.fixed(x, decimals: options.decimals)
        guard options.keepsSignificantDigits else { return fixed }
        let allZero = fixed.unicodeScalars.allSatisfy { $0 == "0" || $0 == "." || $0 == "-" }
        return x != 0 && x.isFinite && allZero ? DisplayNumber.scientific(x, decimals: 2) : fixed
    }

    private static func stars(_ p: Double?, _ options: ComparisonTableOptions) -> String {
        guard let p else { return "" }
        for (k, threshold) in options.starThresholds.enumerated() where p < threshold {
            return String(repeating: "*", count: options.starThresholds.count - k)
        }
        return ""
    }

    private static func parenthesised(_ row: CoefficientEstimate, _ options: ComparisonTableOptions) -> String {
        switch options.below {
        case "t": return row.statistic.map { "(" + DisplayNumber.fixed($0, decimals: 2) + ")" } ?? ""
        case "p": return row.pValue.map { "(" + DisplayNumber.fixed($0, decimals: 3) + ")" } ?? ""
        case "ci":
            guard let low = row.confidenceLow, let high = row.confidenceHigh else { return "" }
            return "[" + number(low, options) + ", " + number(high, options) + "]"
        default: return "(" + number(row.standardError, options) + ")"
        }
    }

    private static func defaultNotes(_ options: ComparisonTableOptions) -> [String] {
        var notes: [String] = []
        switch options.below {
        case "t": notes.append("t statistics in parentheses.")
        case "p": notes.append("p-values in parentheses.")
        case "ci": notes.append("Confidence intervals in brackets.")
        case "none": break
        default: notes.append("Standard errors in parentheses.")
        }
        let legend = options.starThresholds.enumerated().reversed().map { k, threshold in
            String(repeating: "*", count: options.starThresholds.count - k) + " p<" + shortest(threshold)
        }
        if !legend.isEmpty { notes.append(legend.joined(separator: ", ")) }
        return notes
    }

    private static func shortest(_ x: Double) -> String {
        var text = DisplayNumber.fixed(x, decimals: 6)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
