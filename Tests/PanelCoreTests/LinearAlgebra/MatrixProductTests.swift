import Testing
@testable import PanelCore

/// The product kernels against the textbook triple loop on random matrices (SplitMix64, fixed seeds).
/// Tolerance: entries in [−1, 1) summed over ≤ 300 terms differ between the two summation orders by far less
/// than 1e-13; the 20 000-term sums are compared relative to the largest entry (1e-13 × max).
@Suite struct MatrixProductTests {
    @Test(arguments: [(0, 0, 0), (0, 3, 2), (3, 0, 2), (3, 2, 0), (1, 1, 1), (7, 5, 3), (300, 17, 9)])
    func productsMatchTripleLoop(shape: (Int, Int, Int)) {
        var random = SplitMix64(seed: 11)
        let (n, p, q) = shape
        let a = random.matrix(n, p), b = random.matrix(p, q), c = random.matrix(n, q)
        let v = random.vector(p), w = random.vector(n)
        #expect(MatrixComparison.maxDifference(a * b, MatrixComparison.naiveProduct(a, b)) <= 1e-13)
        #expect(MatrixComparison.maxDifference(a.transposeTimes(c), MatrixComparison.naiveProduct(a.transposed, c)) <= 1e-13)
        #expect(MatrixComparison.maxDifference(a.gram(), MatrixComparison.naiveProduct(a.transposed, a)) <= 1e-13)
        let column = Matrix(rows: p, columns: 1, columnMajor: v)
        #expect(MatrixComparison.maxDifference(a.times(v), MatrixComparison.naiveProduct(a, column).storage) <= 1e-13)
        let row = Matrix(rows: 1, columns: n, columnMajor: w)
        #expect(MatrixComparison.maxDifference(a.transposeTimes(w), MatrixComparison.naiveProduct(row, a).storage) <= 1e-13)
    }

    /// Tall enough to cross several row blocks of the cross-product kernels.
    @Test func tallCrossProductsSpanRowBlocks() {
        var random = SplitMix64(seed: 12)
        let a = random.matrix(20_000, 5), b = random.matrix(20_000, 2)
        #expect(Matrix.crossProductBlockRows(columns: 5) < 20_000)
        let gram = MatrixComparison.naiveProduct(a.transposed, a)
        #expect(MatrixComparison.maxDifference(a.gram(), gram) <= 1e-13 * MatrixComparison.maxMagnitude(gram))
        let cross = MatrixComparison.naiveProduct(a.transposed, b)
        #expect(MatrixComparison.maxDifference(a.transposeTimes(b), cross) <= 1e-13 * MatrixComparison.maxMagnitude(gram))
        let small = random.matrix(5, 3)
        #expect(MatrixComparison.maxDifference(a * small, MatrixComparison.naiveProduct(a, small)) <= 1e-13)
    }

    @Test func gramIsExactlySymmetricAndMatchesTransposeTimesSelf() {
        var random = SplitMix64(seed: 13)
        let a = random.matrix(257, 6)
        let g = a.gram()
        #expect(g == g.transposed)
        #expect(g == a.transposeTimes(a).upperMirrored)
    }
}

extension Matrix {
    /// The matrix with its strict lower triangle replaced by the mirror of the upper one.
    fileprivate var upperMirrored: Matrix {
        var m = self
        for j in 0..<columns {
            for i in (j + 1)..<rows { m[i, j] = self[j, i] }
        }
        return m
    }
}
