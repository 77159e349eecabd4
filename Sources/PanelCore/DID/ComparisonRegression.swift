/// The outcome regression of a Callaway–Sant'Anna cell (DRDID `reg_did_panel`, and the outcome model of
/// `drdid_panel`): least squares of the changes ΔY on the regressors X among the comparison units, the residuals
/// eᵢ = ΔYᵢ − Xᵢβ̂ of every unit of the cell, and the comparison units' asymptotic linear representation of β̂,
/// eᵢ Xᵢᵀ(X_CᵀX_C/n)⁻¹ (zero for treated units).
struct ComparisonRegression {
    /// ΔYᵢ − Xᵢβ̂ for every unit of the sample.
    let residuals: [Double]
    private let sample: CellSample
    /// (X_CᵀX_C)⁻¹.
    private let inverseGram: Matrix

    /// Throws `singular_design` at `location` when the regressors are collinear among the comparison units (R `did`
    /// stops there too), e.g. a covariate constant among them.
    init(_ sample: CellSample, at location: String) throws(PanelError) {
        let controls = sample.treated.indices.filter { !sample.treated[$0] }
        let k = sample.columnCount
        let x = Matrix(columnVectors: (0..<k).map { j in controls.map { sample.regressors[$0][j] } })
        let qr = HouseholderQR(x, pivoting: .deficientLast(tolerance: LeastSquaresFit.collinearityTolerance))
        guard qr.droppedColumns.isEmpty, controls.count >= k else {
            throw PanelError(.singularDesign, "the covariates are collinear among the \(controls.count) comparison units of \(sample.label)",
                             at: location)
        }
        let beta = qr.solveLeastSquares(controls.map { sample.changes[$0] })
        self.residuals = sample.regressors.indices.map { i in
            sample.changes[i] - (0..<k).reduce(0) { $0 + sample.regressors[i][$1] * beta[$1] }
        }
        self.sample = sample
        self.inverseGram = qr.unscaledCovariance()
    }

    /// For each unit, its linear representation of β̂ dotted with `direction`: n eᵢ Xᵢᵀ(X_CᵀX_C)⁻¹ direction for
    /// comparison units, 0 for treated ones.
    func linearRepresentation(dottedWith direction: [Double]) -> [Double] {
        let solved = inverseGram.times(direction)
        let n = Double(sample.count)
        return sample.regressors.indices.map { i in
            sample.treated[i] ? 0 : n * residuals[i] * zip(sample.regressors[i], solved).reduce(0) { $0 + $1.0 * $1.1 }
        }
    }
}
