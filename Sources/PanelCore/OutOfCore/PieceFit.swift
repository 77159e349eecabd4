/// The least-squares fit an out-of-core regression's merged piece determines (RᵀR is the cross-product of the
/// demeaned [dummies slopes response]): slopes the fixed effects absorb (their norm after the dummies, below
/// `FixedEffectsProjection.absorbedTolerance` of their centred norm, as `ols` decides), then the kept columns
/// (dummies first, collinear ones omitted in order as `LeastSquaresFit` does), the coefficients, R⁻¹ of the kept
/// columns, the residual sum of squares and the response's sum of squares after the fixed effects. Every partition
/// of the scores pass and the finish compute it alike from the same piece.
struct PieceFit {
    /// Indices into the piece's columns (dummies, then slopes) of the kept columns, in R's order.
    let keptColumns: [Int]
    /// Slopes (0-based among the slopes) absorbed by the fixed effects, and omitted as collinear.
    let absorbedSlopes: [Int]
    let collinearSlopes: [Int]
    /// Coefficients of the kept columns, in `keptColumns` order.
    let coefficients: [Double]
    let rInverse: Matrix
    let residualSumOfSquares: Double
    /// Σ of the squared response after both fixed effects (`r2_within`'s denominator).
    let withinTotalSumOfSquares: Double

    init(_ piece: TriangularPiece, at location: String) throws(PanelError) {
        let d = piece.dummyCount
        let m = piece.columnCount
        let slopeCount = m - d - 1
        let response = piece.r.column(m - 1)
        let dummies = d > 0 ? HouseholderQR(Matrix(columnVectors: (0..<d).map { piece.r.column($0) }),
                                            pivoting: .deficientLast(tolerance: LeastSquaresFit.collinearityTolerance)) : nil
        func afterDummies(_ column: [Double]) -> [Double] { dummies?.residuals(column) ?? column }
        func norm(_ values: [Double]) -> Double { values.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        var absorbed: [Int] = []
        for s in 0..<slopeCount where norm(afterDummies(piece.r.column(d + s)))
            <= FixedEffectsProjection.absorbedTolerance * piece.moments.squares[s].squareRoot() {
            absorbed.append(s)
        }
        let candidates = Array(0..<d) + (0..<slopeCount).filter { !absorbed.contains($0) }.map { d + $0 }
        guard candidates.count > d else {
            throw PanelError(.singularDesign, "no regressor is estimable: every slope is absorbed by the fixed effects", at: location)
        }
        let qr = HouseholderQR(Matrix(columnVectors: candidates.map { piece.r.column($0) }),
                               pivoting: .deficientLast(tolerance: LeastSquaresFit.collinearityTolerance))
        let kept = qr.keptColumns.map { candidates[$0] }
        guard kept.contains(where: { $0 >= d }) else {
            throw PanelError(.singularDesign, "no regressor is estimable: every column is zero or collinear", at: location)
        }
        let (solution, residuals) = qr.solveLeastSquaresWithResiduals(response)
        keptColumns = kept
        absorbedSlopes = absorbed
        collinearSlopes = qr.droppedColumns.map { candidates[$0] }.filter { $0 >= d }.map { $0 - d }
        coefficients = qr.keptColumns.map { solution[$0] }
        rInverse = TriangularSolve.invertUpper(qr.r)
        residualSumOfSquares = residuals.reduce(0) { $0 + $1 * $1 }
        withinTotalSumOfSquares = afterDummies(response).reduce(0) { $0 + $1 * $1 }
    }
}
