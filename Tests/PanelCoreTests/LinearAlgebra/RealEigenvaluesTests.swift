import Foundation
import Testing
@testable import PanelCore

/// Eigenvalues of general real matrices against numpy.linalg.eigvals (references/linalg/make_real_eigen_fixtures.py):
/// random 50 × 50, a row-standardised knn weights matrix of 100 points, repeated real and complex eigenvalues, a
/// 7-cycle, a triangular matrix, 1 × 1 and 2 × 2 cases.
@Suite struct RealEigenvaluesTests {
    /// Tolerance: 1e-10 absolute on every eigenvalue (all matrices have norm about 1–2), except 1e-7 within 1e-6 of
    /// an eigenvalue of condition (1/|yᴴx|, scipy) above 1e6: the knn matrix's eigenvalue −1/5 is defective (a Jordan
    /// pair, condition 8e7, inside a cluster of seven), found by LAPACK itself only to about √ε (−0.2 ± 2.6e-9). Each reference eigenvalue is matched to the nearest unused
    /// computed one, since the order of equal real parts is decided by rounding. Conjugate pairs come out exactly
    /// conjugate and adjacent.
    @Test func matchesNumpy() throws {
        let cases = try JSONSerialization.jsonObject(with: Data(Fixtures.text("linalg/real-eigen.json").utf8)) as! [[String: Any]]
        #expect(cases.count == 8)
        for item in cases {
            let name = item["name"] as! String
            let rows = item["matrix"] as! [[Double]]
            let n = rows.count
            var a = Matrix(rows: n, columns: n)
            for i in 0..<n { for j in 0..<n { a[i, j] = rows[i][j] } }
            let result = try RealEigenvalues(a)
            let real = item["real"] as! [Double], imaginary = item["imaginary"] as! [Double]
            let condition = item["condition"] as! [Double]
            var used = [Bool](repeating: false, count: n)
            for k in 0..<n {
                var best = -1, distance = Double.infinity
                for m in 0..<n where !used[m] {
                    let d = max(abs(result.real[m] - real[k]), abs(result.imaginary[m] - imaginary[k]))
                    if d < distance { (best, distance) = (m, d) }
                }
                used[best] = true
                let defective = (0..<n).contains { m in
                    condition[m] > 1e6 && max(abs(real[m] - real[k]), abs(imaginary[m] - imaginary[k])) <= 1e-6
                }
                #expect(distance <= (defective ? 1e-7 : 1e-10), "\(name) eigenvalue \(k): off by \(distance)")
            }
            var k = 0
            while k < n {
                if result.imaginary[k] != 0 {
                    #expect(result.imaginary[k] > 0 && result.imaginary[k + 1] == -result.imaginary[k] && result.real[k + 1] == result.real[k],
                            "\(name) pair at \(k)")
                    k += 2
                } else {
                    k += 1
                }
            }
        }
    }

    @Test func refusesNonFiniteEntries() {
        var a = Matrix(rows: 2, columns: 2)
        a[0, 1] = .nan
        #expect(throws: PanelError.self) { try RealEigenvalues(a) }
    }

    @Test func emptyMatrixHasNoEigenvalues() throws {
        let result = try RealEigenvalues(Matrix(rows: 0, columns: 0))
        #expect(result.real.isEmpty && result.imaginary.isEmpty)
    }
}
