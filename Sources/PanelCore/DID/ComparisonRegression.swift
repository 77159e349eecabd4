/// The outcome regression of a Callaway–Sant'Anna cell (DRDID `reg_did_panel`, the outcome model of `drdid_panel`,
/// and the four subset regressions of the repeated-cross-section estimators): least squares of the responses (ΔY in
/// panel cells, Y in cross-section cells) on the regressors X among the member units — by default the comparison
/// units —, the fitted values Xᵢβ̂ and residuals eᵢ of every unit of the cell, and the members' asymptotic linear
/// representation of β̂, eᵢ Xᵢᵀ(X_MᵀX_M/n)⁻¹ (zero for the other units).
struct ComparisonRegression {
    /// Xᵢβ̂ for every unit of the sample.
    let fitted: [Double]
    /// Responseᵢ − Xᵢβ̂ for every unit of the sample.
    let residuals: [Double]
    private let sample: CellSample
    private let members: [Bool]
    /// (X_MᵀX_M)⁻¹.
    private let inverseGram: Matrix

    /// Regression among the units with `members[i]` (nil: the comparison units), described as `description` in
    /// messages. Throws `singular_design` at `location` when the regressors are collinear among them (R `did` stops
    /// there too), e.g. a covariate constant among them.
    init(_ sample: CellSample, members: [Bool]? = nil, description: String = "comparison units", at location: String) throws(PanelError) {
        let members = members ?? sample.treated.map { !$0 }
        let rows = members.indices.filter { members[$0] }
        let k = sample.columnCount
        let x = Matrix(columnVectors: (0..<k).map { j in rows.map { sample.regressors[$0][j] } })
        let qr = HouseholderQR(x, pivoting: .deficientLast(tolerance: LeastSquaresFit.collinearityTolerance))
        guard qr.droppedColumns.isEmpty, rows.count >= k else {
            throw PanelError(.singularDesign, "the covariates are collinear among the \(rows.count) \(description) of \(sample.label)",
                             at: location)
        }
        let beta = qr.solveLeastSquares(rows.map { sample.changes[$0] })
        let fitted = sample.regressors.map { row in (0..<k).reduce(0) { $0 + row[$1] * beta[$1] } }
        self.fitted = fitted
        self.residuals = sample.changes.indices.map { sample.changes[$0] - fitted[$0] }
        self.sample = sample
        self.members = members
        self.inverseGram = qr.unscaledCovariance()
    }

    /// For each unit, its linear representation of β̂ dotted with `direction`: n eᵢ Xᵢᵀ(X_MᵀX_M)⁻¹ direction for
    /// members, 0 for the other units.
    func linearRepresentation(dottedWith direction: [Double]) -> [Double] {
        let solved = inverseGram.times(direction)
        let n = Double(sample.count)
        return sample.regressors.indices.map { i in
            members[i] ? n * residuals[i] * zip(sample.regressors[i], solved).reduce(0) { $0 + $1.0 * $1.1 } : 0
        }
    }
}
