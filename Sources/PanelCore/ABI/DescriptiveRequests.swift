/// The descriptive estimators: `{"estimator": "descriptives", "columns": […], "percentiles": [25, 50, 75], "by": COLUMN?}`
/// (N, mean, sd, min, percentiles, max — seed 003 Table 2), `{"estimator": "correlation", "columns": […]}` (pairwise
/// Pearson correlations with p-values and counts) and `{"estimator": "vif", "formula": "y ~ x1 + x2"}` (variance
/// inflation factors of the regressors).
enum DescriptiveRequests {
    static func run(_ estimator: String, _ spec: JSONObject, table: DataTable?, panel: PanelIndex?, render: RenderFormats,
                    at location: String) throws(PanelError) -> JSONValue {
        guard let table else {
            throw PanelError(.invalidRequest, "'\(estimator)' needs 'data'", at: "/data")
        }
        var result = JSONObject()
        result.append("estimator", .string(estimator))
        var tables: [PublicationTable] = []
        switch estimator {
        case "descriptives":
            let columns = try PreparationSteps.columnNames(spec, at: location)
            let percentiles = try self.percentiles(spec, at: location)
            if let group = try spec.string("by", at: location) {
                let groups = try SummaryStatistics.summarize(table, columns: columns, percentiles: percentiles, by: group, at: location)
                result.append("by", .string(group))
                for entry in groups { tables.append(DescriptiveTables.summary(entry.summaries, title: "Descriptive statistics, \(group) = \(entry.group)")) }
                result.append("groups", .array(groups.map { entry in
                    var object = JSONObject()
                    object.append("group", .string(entry.group))
                    object.append("variables", .array(entry.summaries.map { $0.json }))
                    return .object(object)
                }))
            } else {
                let summaries = try SummaryStatistics.summarize(table, columns: columns, percentiles: percentiles, at: location)
                result.append("variables", .array(summaries.map { $0.json }))
                tables = [DescriptiveTables.summary(summaries)]
            }
        case "correlation":
            let matrix = try PairwiseCorrelation.compute(table, columns: try PreparationSteps.columnNames(spec, at: location), at: location)
            tables = [DescriptiveTables.correlation(matrix)]
            result.append("names", .array(matrix.names.map { .string($0) }))
            result.append("coefficients", rows(matrix.coefficients))
            result.append("p_values", rows(matrix.pValues))
            result.append("counts", rows(matrix.counts))
            result.append("notes", .array(matrix.notes.map { .string($0) }))
        default:
            let formula = try FormulaParser.parse(try spec.requireString("formula", at: location), at: location + "/formula")
            let design = try RegressionDesign(formula: formula, table: table, panel: panel, at: location + "/formula")
            let factors = try VarianceInflationFactors.compute(design, at: location)
            if !render.isEmpty { tables = [DescriptiveTables.varianceInflation(factors)] }
            result.append("terms", .array(factors.map { factor in
                var object = JSONObject()
                object.append("term", .string(factor.term))
                object.append("vif", .optionalNumber(factor.vif.isFinite ? factor.vif : nil))
                object.append("tolerance", .number(factor.tolerance))
                return .object(object)
            }))
            let mean = factors.isEmpty ? nil : factors.reduce(0) { $0 + $1.vif } / Double(factors.count)
            result.append("mean_vif", .optionalNumber(mean.flatMap { $0.isFinite ? $0 : nil }))
            let collinear = factors.filter { !$0.vif.isFinite }.map { $0.term }
            result.append("warnings", .array(collinear.map { .string("'\($0)' is a linear combination of the other regressors: its VIF is infinite (null)") }))
        }
        if let label = try spec.string("label", at: location) { result.append("label", .string(label)) }
        if !render.isEmpty { result.append("rendered", PublicationTable.renderings(tables, formats: render)) }
        return .object(result)
    }

    private static func percentiles(_ spec: JSONObject, at location: String) throws(PanelError) -> [Double] {
        guard let items = try spec.array("percentiles", at: location) else { return [25, 50, 75] }
        var values: [Double] = []
        for (k, item) in items.enumerated() {
            guard case .number(let p) = item, p > 0, p < 100 else {
                throw PanelError(.invalidOption, "percentiles are numbers strictly between 0 and 100", at: location + "/percentiles/\(k)")
            }
            values.append(p)
        }
        return values
    }

    /// A matrix as an array of rows, null where an entry is not a finite number.
    private static func rows(_ matrix: Matrix) -> JSONValue {
        .array((0..<matrix.rows).map { i in .array((0..<matrix.columns).map { j in matrix[i, j].isFinite ? .number(matrix[i, j]) : .null }) })
    }
}

extension VariableSummary {
    /// `p25`, `p2.5`: the member name of a percentile.
    static func label(ofPercentile p: Double) -> String {
        p == p.rounded(.towardZero) ? "p" + String(Int(p)) : "p" + JSONWriter.formatNumber(p)
    }

    var json: JSONValue {
        var object = JSONObject()
        object.append("name", .string(name))
        object.append("n", .number(Double(count)))
        object.append("mean", .optionalNumber(mean))
        object.append("sd", .optionalNumber(standardDeviation))
        object.append("min", .optionalNumber(minimum))
        for entry in percentiles { object.append(Self.label(ofPercentile: entry.p), .optionalNumber(entry.value.isNaN ? nil : entry.value)) }
        object.append("max", .optionalNumber(maximum))
        return .object(object)
    }
}
