import Testing
@testable import PanelCore

/// SymmetricEigen and SingularValueDecomposition against numpy.linalg.eigh / svd on matrices with known
/// spectra (references/linalg/make_linalg_fixtures.py), plus identities on random inputs (SplitMix64).
/// Values: 1e-12 relative to the largest. Vectors (up to sign): 1e-9, well above ε · ‖A‖ / gap for the
/// fixtures' smallest gaps. Reconstruction and orthogonality: 1e-13 (relative to the largest value).
@Suite struct SpectralDecompositionTests {
    @Test(arguments: [1, 5, 10])
    func eigenMatchesNumPy(size: Int) throws {
        let fixture = MatrixFixture.load("linalg/eigen-\(size).txt")
        let a = fixture.matrix("a")
        let eigen = try SymmetricEigen(a)
        let reference = fixture.vector("values")
        let scale = reference.map(abs).max()!
        #expect(MatrixComparison.maxDifference(eigen.values, reference) <= 1e-12 * scale)
        #expect(MatrixComparison.maxDifference(eigen.values, fixture.vector("known_values")) <= 1e-12 * scale)
        let vectors = fixture.matrix("vectors")
        for k in 0..<size {
            #expect(MatrixComparison.columnDifferenceUpToSign(eigen.vectors, vectors, column: k).difference <= 1e-9)
        }
        Self.expectEigenIdentities(a, eigen)
    }

    /// `A V = V Λ`, `VᵀV = I`, descending values, sign convention.
    static func expectEigenIdentities(_ a: Matrix, _ eigen: SymmetricEigen) {
        let n = a.rows
        let scale = max(1e-300, eigen.values.map(abs).max() ?? 0)
        var scaled = eigen.vectors
        for k in 0..<n { for i in 0..<n { scaled[i, k] *= eigen.values[k] } }
        #expect(MatrixComparison.maxDifference(a * eigen.vectors, scaled) <= 1e-13 * scale)
        #expect(MatrixComparison.maxDifference(eigen.vectors.gram(), Matrix.identity(n)) <= 1e-13)
        #expect(zip(eigen.values, eigen.values.dropFirst()).allSatisfy { $0 >= $1 })
        #expect((0..<n).allSatisfy { !JacobiRotation.needsSignFlip(eigen.vectors, column: $0) })
    }

    @Test func eigenOnRandomAndSpecialMatrices() throws {
        var random = SplitMix64(seed: 41)
        let b = random.matrix(30, 30)
        let symmetric = b + b.transposed
        Self.expectEigenIdentities(symmetric, try SymmetricEigen(symmetric))
        let gram = random.matrix(50, 8).gram()
        Self.expectEigenIdentities(gram, try SymmetricEigen(gram))
        let zero = try SymmetricEigen(Matrix(rows: 3, columns: 3))
        #expect(zero.values == [0, 0, 0] && zero.vectors == Matrix.identity(3))
        #expect(try SymmetricEigen(Matrix(rows: 0, columns: 0)).values.isEmpty)
        let repeated = try SymmetricEigen(Matrix.identity(4))
        #expect(repeated.values == [1, 1, 1, 1])
        var huge = Matrix(columnVectors: [[2e300, 1e300], [1e300, 2e300]])
        let hugeEigen = try SymmetricEigen(huge)
        #expect(abs(hugeEigen.values[0] - 3e300) <= 1e-15 * 3e300 && abs(hugeEigen.values[1] - 1e300) <= 1e-15 * 3e300)
        huge[0, 1] = .infinity
        huge[1, 0] = .infinity
        #expect(throws: PanelError.self) { try SymmetricEigen(huge) }
    }

    @Test(arguments: ["8x5", "4x7", "40x6", "1x1"])
    func svdMatchesNumPy(shape: String) throws {
        let fixture = MatrixFixture.load("linalg/svd-\(shape).txt")
        let a = fixture.matrix("a")
        let svd = try SingularValueDecomposition(a)
        let reference = fixture.vector("values")
        #expect(MatrixComparison.maxDifference(svd.singularValues, reference) <= 1e-12 * reference[0])
        #expect(MatrixComparison.maxDifference(svd.singularValues, fixture.vector("known_values")) <= 1e-12 * reference[0])
        let u = fixture.matrix("u"), v = fixture.matrix("v")
        for k in 0..<reference.count {
            let (vDifference, sign) = MatrixComparison.columnDifferenceUpToSign(svd.v, v, column: k)
            #expect(vDifference <= 1e-9)
            #expect(MatrixComparison.maxDifference(svd.u.column(k), u.column(k).map { sign * $0 }) <= 1e-9)
        }
        #expect(svd.rank() == reference.count)
        #expect(abs(svd.conditionNumber - reference[0] / reference.last!) <= 1e-9 * svd.conditionNumber)
        Self.expectSVDIdentities(a, svd)
    }

    /// `U Σ Vᵀ = A`, orthonormal U and V columns, descending values, sign convention on V.
    static func expectSVDIdentities(_ a: Matrix, _ svd: SingularValueDecomposition) {
        let k = min(a.rows, a.columns)
        #expect(svd.u.rows == a.rows && svd.u.columns == k && svd.v.rows == a.columns && svd.v.columns == k)
        var us = svd.u
        for j in 0..<k { for i in 0..<a.rows { us[i, j] *= svd.singularValues[j] } }
        let scale = max(1e-300, svd.singularValues.first ?? 0)
        #expect(MatrixComparison.maxDifference(us * svd.v.transposed, a) <= 1e-13 * scale)
        #expect(MatrixComparison.maxDifference(svd.u.gram(), Matrix.identity(k)) <= 1e-13)
        #expect(MatrixComparison.maxDifference(svd.v.gram(), Matrix.identity(k)) <= 1e-13)
        #expect(zip(svd.singularValues, svd.singularValues.dropFirst()).allSatisfy { $0 >= $1 })
        #expect((0..<k).allSatisfy { !JacobiRotation.needsSignFlip(svd.v, column: $0) })
    }

    /// Exact dependence: rank 4 with the default tolerance, the last right singular vector is the known
    /// null vector (up to sign, 1e-12), σ against numpy (1e-12 × σ_max) and an infinite-or-huge condition.
    @Test func svdFindsNullVector() throws {
        let fixture = MatrixFixture.load("linalg/nearsingular-20-0.txt")
        let svd = try SingularValueDecomposition(fixture.matrix("x"))
        let reference = fixture.vector("singular_values")
        #expect(MatrixComparison.maxDifference(svd.singularValues, reference) <= 1e-12 * reference[0])
        #expect(svd.rank() == 4 && svd.rank(tolerance: 0) >= 4 && svd.conditionNumber > 1e14)
        let null = Matrix(rows: 5, columns: 1, columnMajor: fixture.vector("null_vector"))
        let last = Matrix(rows: 5, columns: 1, columnMajor: svd.v.column(4))
        #expect(MatrixComparison.columnDifferenceUpToSign(last, null, column: 0).difference <= 1e-12)
        let perturbed = try SingularValueDecomposition(MatrixFixture.load("linalg/nearsingular-20-1e-10.txt").matrix("x"))
        #expect(perturbed.rank() == 5 && perturbed.rank(tolerance: 1e-8) == 4)
    }

    @Test func svdOnRandomAndSpecialMatrices() throws {
        var random = SplitMix64(seed: 42)
        for (rows, columns) in [(25, 6), (6, 25), (9, 9)] {
            let a = random.matrix(rows, columns)
            Self.expectSVDIdentities(a, try SingularValueDecomposition(a))
        }
        var lowRank = random.matrix(6, 4)
        for i in 0..<6 { lowRank[i, 3] = 0; lowRank[i, 1] = 0 }
        let deficient = try SingularValueDecomposition(lowRank)
        #expect(deficient.singularValues[2] == 0 && deficient.singularValues[3] == 0 && deficient.rank() == 2)
        #expect(deficient.conditionNumber == .infinity)
        Self.expectSVDIdentities(lowRank, deficient)
        let zero = try SingularValueDecomposition(Matrix(rows: 3, columns: 2))
        #expect(zero.singularValues == [0, 0] && zero.rank() == 0)
        Self.expectSVDIdentities(Matrix(rows: 3, columns: 2), zero)
        let empty = try SingularValueDecomposition(Matrix(rows: 0, columns: 3))
        #expect(empty.singularValues.isEmpty && empty.u.rows == 0 && empty.v.rows == 3 && empty.conditionNumber.isNaN)
        #expect(throws: PanelError.self) {
            try SingularValueDecomposition(Matrix(rows: 1, columns: 2, columnMajor: [1, .nan]))
        }
    }
}

extension Matrix {
    /// Entry-wise sum (test helper).
    fileprivate static func + (a: Matrix, b: Matrix) -> Matrix {
        Matrix(rows: a.rows, columns: a.columns, columnMajor: zip(a.storage, b.storage).map { $0 + $1 })
    }
}
