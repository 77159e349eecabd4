/// The propensity score of a Callaway–Sant'Anna cell as DRDID fits it for `ipw` and `dr`: a logit (Newton–Raphson,
/// `Logit`) of membership in cohort g on the regressors over the cell's units; fitted probabilities capped at 1 − 10⁻⁶;
/// comparison units with a score of at least 0.995 trimmed (weight 0, DRDID's `trim.level`); the comparison weights
/// pᵢ/(1 − pᵢ); and each unit's asymptotic linear representation of the logit coefficients,
/// (Dᵢ − pᵢ)Xᵢᵀ(Σⱼ pⱼ(1 − pⱼ)XⱼXⱼᵀ/n)⁻¹, at the capped scores.
struct CellPropensityScore {
    /// DRDID's cap on fitted probabilities.
    static let largestScore = 1 - 1e-6
    /// Comparison units at or above this score are trimmed (DRDID `trim.level`).
    static let trimLevel = 0.995
    /// R `did` refuses a cell whose largest fitted score reaches this (its overlap check).
    static let overlapLimit = 0.999

    /// pᵢ/(1 − pᵢ) for kept comparison units, 0 for trimmed ones and for treated units.
    let comparisonWeights: [Double]
    private let sample: CellSample
    private let scores: [Double]
    /// (Σⱼ pⱼ(1 − pⱼ)XⱼXⱼᵀ/n)⁻¹.
    private let scaledInverseInformation: Matrix

    /// Throws at `location`: `singular_design` when the regressors are collinear over the cell's units;
    /// `invalid_data` when a fitted score reaches 0.999 (the covariates nearly separate cohort g from its comparison
    /// units: no overlap); `numerical_failure` when the logit does not converge (perfect separation).
    init(_ sample: CellSample, at location: String) throws(PanelError) {
        let x = Matrix(columnVectors: (0..<sample.columnCount).map { j in sample.regressors.map { $0[j] } })
        let logit = try Logit(regressors: x, outcome: sample.treated.map { $0 ? 1 : 0 }, at: location)
        guard logit.omittedColumns.isEmpty else {
            throw PanelError(.singularDesign, "the covariates are collinear among the \(sample.count) units of \(sample.label)", at: location)
        }
        guard let largest = logit.fittedProbabilities.max(), largest < Self.overlapLimit else {
            throw PanelError(.invalidData,
                             "overlap fails in \(sample.label): a propensity score reaches \(Self.overlapLimit), the covariates (nearly) separate "
                             + "the cohort from its comparison units; use \"est_method\": \"reg\" or other covariates", at: location)
        }
        let scores = logit.fittedProbabilities.map { min($0, Self.largestScore) }
        var information = Matrix(rows: x.columns, columns: x.columns)
        for i in scores.indices {
            let weight = scores[i] * (1 - scores[i])
            for j in 0..<x.columns {
                for l in 0...j { information[j, l] += weight * sample.regressors[i][j] * sample.regressors[i][l] }
            }
        }
        let n = Double(sample.count)
        for j in 0..<x.columns {
            for l in 0...j {
                information[j, l] /= n
                information[l, j] = information[j, l]
            }
        }
        self.scaledInverseInformation = try SymmetricPositiveDefinite.inverse(information)
        self.comparisonWeights = scores.indices.map { i in
            sample.treated[i] || scores[i] >= Self.trimLevel ? 0 : scores[i] / (1 - scores[i])
        }
        self.sample = sample
        self.scores = scores
    }

    /// For each unit, its linear representation of the logit coefficients dotted with `direction`.
    func linearRepresentation(dottedWith direction: [Double]) -> [Double] {
        let solved = scaledInverseInformation.times(direction)
        return sample.regressors.indices.map { i in
            ((sample.treated[i] ? 1 : 0) - scores[i]) * zip(sample.regressors[i], solved).reduce(0) { $0 + $1.0 * $1.1 }
        }
    }
}
