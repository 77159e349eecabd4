/// Plain-text tables for the descriptive estimators: summary statistics (seed 003 Table 2's layout: variable, N,
/// mean, sd, min, percentiles, max), the correlation matrix with significance stars, and variance inflation factors.
public enum DescriptiveTables {
    public static func summary(_ variables: [VariableSummary], title: String = "Descriptive statistics") -> String {
        let width = max(10, variables.map { DisplayWidth.of($0.name) }.max() ?? 0)
        let percentiles = variables.first?.percentiles.map { $0.p } ?? []
        var header = TextColumns.left("Variable", width) + TextColumns.right("N", 8)
        for name in ["Mean", "SD", "Min"] + percentiles.map({ VariableSummary.label(ofPercentile: $0) }) + ["Max"] {
            header += TextColumns.right(name, 12)
        }
        var lines = [title, header, String(repeating: "-", count: DisplayWidth.of(header))]
        for variable in variables {
            var line = TextColumns.left(variable.name, width) + TextColumns.right(String(variable.count), 8)
            let values = [variable.mean, variable.standardDeviation, variable.minimum]
                + variable.percentiles.map { $0.value.isNaN ? nil : $0.value } + [variable.maximum]
            for value in values { line += TextColumns.right(value.map { DisplayNumber.format($0) } ?? ".", 12) }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func correlation(_ matrix: CorrelationMatrix) -> String {
        let width = max(8, matrix.names.map { DisplayWidth.of($0) }.max() ?? 0)
        var lines = ["Pairwise correlations (* p<0.1, ** p<0.05, *** p<0.01)",
                     TextColumns.left("", width) + matrix.names.map { TextColumns.right($0, 12) }.joined()]
        for i in 0..<matrix.names.count {
            var line = TextColumns.left(matrix.names[i], width)
            for j in 0...i {
                let r = matrix.coefficients[i, j], p = matrix.pValues[i, j]
                let cell = r.isFinite ? DisplayNumber.fixed(r, decimals: 3) + (i == j || !p.isFinite ? "" : DisplayNumber.stars(p)) : "."
                line += TextColumns.right(cell, 12)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func varianceInflation(_ factors: [VarianceInflation]) -> String {
        let width = max(10, factors.map { DisplayWidth.of($0.term) }.max() ?? 0)
        var lines = ["Variance inflation factors", TextColumns.left("Term", width) + TextColumns.right("VIF", 12) + TextColumns.right("1/VIF", 12)]
        for factor in factors {
            lines.append(TextColumns.left(factor.term, width) + TextColumns.right(DisplayNumber.fixed(factor.vif, decimals: 2), 12)
                         + TextColumns.right(DisplayNumber.fixed(factor.tolerance, decimals: 4), 12))
        }
        if !factors.isEmpty {
            let mean = factors.reduce(0) { $0 + $1.vif } / Double(factors.count)
            lines.append(TextColumns.left("Mean VIF", width) + TextColumns.right(DisplayNumber.fixed(mean, decimals: 2), 12))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
