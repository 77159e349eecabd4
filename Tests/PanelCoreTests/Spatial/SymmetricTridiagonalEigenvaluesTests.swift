import Foundation
import Testing
@testable import PanelCore

/// Eigenvalues and ones-vector projections against numpy.linalg.eigh (references/spatial/make_eigen_fixtures.py):
/// random symmetric matrices of sizes 1–120, repeated eigenvalues, and a matrix similar to row-standardised weights.
@Suite struct SymmetricTridiagonalEigenvaluesTests {
    /// Tolerance: 1e-12 · max|λ| on eigenvalues and 1e-10 · n on projections (eigenvectors of clustered eigenvalues are
    /// not unique, so projections are compared only where the eigenvalue is separated from its neighbours by 1e-6).
    @Test func matchesNumpy() throws {
        let cases = try JSONSerialization.jsonObject(with: Data(Fixtures.text("spatial/eigen.json").utf8)) as! [[String: Any]]
        #expect(cases.count == 8)
        for (c, item) in cases.enumerated() {
            let rows = item["matrix"] as! [[Double]]
            let n = rows.count
            var a = Matrix(rows: n, columns: n)
            for i in 0..<n { for j in 0..<n { a[i, j] = rows[i][j] } }
            let result = try SymmetricTridiagonalEigenvalues(a, projecting: [Double](repeating: 1, count: n))
            let values = item["values"] as! [Double], projections = item["projections"] as! [Double]
            let scale = values.map { abs($0) }.max()!
            for k in 0..<n {
                #expect(abs(result.values[k] - values[k]) <= 1e-12 * scale, "case \(c) value \(k)")
                let isolated = (k == 0 || values[k - 1] - values[k] > 1e-6) && (k == n - 1 || values[k] - values[k + 1] > 1e-6)
                if isolated {
                    #expect(abs(result.projections[k] - projections[k]) <= 1e-10 * Double(n), "case \(c) projection \(k)")
                }
            }
            // The projections of the ones vector sum to n whatever the eigenvector basis.
            #expect(abs(result.projections.reduce(0, +) - Double(n)) <= 1e-10 * Double(n))
        }
    }
}
