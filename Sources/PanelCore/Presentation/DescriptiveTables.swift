/// Publication tables for the descriptive estimators: summary statistics (seed 003 Table 2's layout: variable, N,
/// mean, sd, min, percentiles, max), the lower-triangular correlation matrix with significance stars, and variance
/// inflation factors with their mean.
public enum DescriptiveTables {
    public static func summary(_ variables: [VariableSummary], title: String = "Descriptive statistics") -> PublicationTable {
        let percentiles = variables.first?.percentiles.map { $0.p } ?? []
        let header = ["Variable", "N", "Mean", "SD", "Min"] + percentiles.map { VariableSummary.label(ofPercentile: $0) } + ["Max"]
        let rows = variables.map { variable -> [String] in
            let values = [variable.mean, variable.standardDeviation, variable.minimum]
                + variable.percentiles.map { $0.value.isNaN ? nil : $0.value } + [variable.maximum]
            return [variable.name, String(variable.count)] + values.map { value in value.map { DisplayNumber.format($0) } ?? "." }
        }
        return PublicationTable(title: title, header: [header], sections: [rows], notes: [])
    }

    public static func correlation(_ matrix: CorrelationMatrix) -> PublicationTable {
        let rows = matrix.names.indices.map { i -> [String] in
            [matrix.names[i]] + (0...i).map { j in
                let r = matrix.coefficients[i, j], p = matrix.pValues[i, j]
                return r.isFinite ? DisplayNumber.fixed(r, decimals: 3) + (i == j || !p.isFinite ? "" : DisplayNumber.stars(p)) : "."
            }
        }
        return PublicationTable(title: "Pairwise correlations", header: [[""] + matrix.names], sections: [rows],
                                notes: ["* p<0.1, ** p<0.05, *** p<0.01"])
    }

    /// An infinite VIF (a regressor the others reproduce, `VarianceInflationFactors`) and a mean over one read "inf".
    public static func varianceInflation(_ factors: [VarianceInflation]) -> PublicationTable {
        func vif(_ value: Double) -> String { value.isFinite ? DisplayNumber.fixed(value, decimals: 2) : "inf" }
        let rows = factors.map { [$0.term, vif($0.vif), DisplayNumber.fixed($0.tolerance, decimals: 4)] }
        var mean: [[String]] = []
        if !factors.isEmpty {
            mean = [["Mean VIF", vif(factors.reduce(0) { $0 + $1.vif } / Double(factors.count)), ""]]
        }
        return PublicationTable(title: "Variance inflation factors", header: [["Term", "VIF", "1/VIF"]], sections: [rows, mean], notes: [])
    }
}
