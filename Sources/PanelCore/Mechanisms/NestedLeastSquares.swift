/// Least squares of several responses on two nested regressor sets from ONE Householder QR: the columns
/// [leading | trailing] are factored once, collinear columns dropped in order as `LeastSquaresFit` does, and a
/// regression on the leading columns alone uses the first block of that factorisation. This is exact, not an
/// approximation: the QR of the first j columns is the first j steps of the QR of all of them, and the later
/// reflectors leave the first j entries of Qᵀb unchanged. (Mediation refits regress y and the mediators on
/// [fixed-effect dummies, treatment, controls] and y on those plus the mediators.)
struct NestedLeastSquares {
    private let qr: HouseholderQR
    /// R of all kept columns, and its leading block for the kept leading columns (they come first).
    private let triangle: Matrix
    private let leadingTriangle: Matrix

    /// Factors the columns `leading` then `trailing` of `data`.
    init(_ data: Matrix, leading: [Int], trailing: [Int]) {
        qr = HouseholderQR(Matrix(columnVectors: (leading + trailing).map { data.column($0) }),
                           pivoting: .deficientLast(tolerance: LeastSquaresFit.collinearityTolerance))
        triangle = qr.r
        let leadingKept = qr.keptColumns.reduce(0) { $0 + ($1 < leading.count ? 1 : 0) }
        var block = Matrix(rows: leadingKept, columns: leadingKept)
        for j in 0..<leadingKept {
            for i in 0...j { block[i, j] = triangle[i, j] }
        }
        leadingTriangle = block
    }

    /// The position among the kept columns of regressor `index` (into leading + trailing), nil when it was dropped.
    func keptPosition(_ index: Int) -> Int? {
        qr.keptColumns.firstIndex(of: index)
    }

    /// The coefficients of the kept leading columns (in kept order) in the regression of `response` on the leading
    /// columns only.
    func leadingCoefficients(_ response: [Double]) -> [Double] {
        TriangularSolve.upper(leadingTriangle, Array(qr.applyingQTransposed(response)[0..<leadingTriangle.rows]))
    }

    /// The coefficients of all kept columns (in kept order) in the regression of `response` on all of them.
    func allCoefficients(_ response: [Double]) -> [Double] {
        TriangularSolve.upper(triangle, Array(qr.applyingQTransposed(response)[0..<triangle.rows]))
    }
}
