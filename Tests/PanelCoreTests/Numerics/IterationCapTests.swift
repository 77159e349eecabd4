import Testing
@testable import PanelCore

/// Issue 17, "never a hang": every iterative routine ends — with a value (NaN or ±∞ where the inputs are outside the
/// domain) or a coded error — on any input, including NaN and infinities, which make a test such as
/// `while x > tolerance` fail or hold for ever.
@Suite struct IterationCapTests {
    static let specialValues: [Double] = [.nan, .infinity, -.infinity, 0, -0.0, .leastNonzeroMagnitude, 1e-300, 1e-10, 0.5, 1,
                                          2.5, 1e6, 1e15, 1e300, .greatestFiniteMagnitude, -1, -1e300]

    /// Every function `evaluate` offers, on every combination of special values (the incomplete beta and gamma
    /// continued fractions and series, the quantiles' Newton iterations, log-gamma's recurrences).
    @Test func everyCatalogueFunctionEndsOnSpecialValues() {
        for (name, arity) in FunctionCatalogue.entries {
            var arguments = [[Double]]([[]])
            for _ in 0..<arity { arguments = arguments.flatMap { prefix in Self.specialValues.map { prefix + [$0] } } }
            for argument in arguments {
                let value = FunctionCatalogue.evaluate(name, argument)
                #expect(value != nil, "\(name)\(argument)")
            }
        }
    }

    @Test func bisectionRefusesANonFiniteBracket() {
        for (low, high) in [(Double.nan, 1.0), (-1.0, .nan), (-.infinity, .infinity), (-Double.greatestFiniteMagnitude, .greatestFiniteMagnitude), (1.0, -1.0)] {
            #expect(throws: PanelError.self) {
                try DecreasingRoot.bisect(low: low, high: high, budget: .unlimited, at: "/model") { _ in 1 }
            }
        }
    }

    @Test func bisectionEndsWhateverTheFunctionGives() throws {
        let root = try DecreasingRoot.bisect(low: -1, high: 1, budget: .unlimited, at: "/model") { 0.25 - $0 }
        #expect(root == 0.25)
        #expect(try DecreasingRoot.bisect(low: -1, high: 1, budget: .unlimited, at: "/model") { _ in .nan } == -1)
        #expect(try DecreasingRoot.bisect(low: .leastNonzeroMagnitude, high: .greatestFiniteMagnitude, budget: .unlimited, at: "/m") { _ in 1 }
                >= Double.greatestFiniteMagnitude.nextDown)
    }

    /// Matrices with NaN or infinite entries: the Jacobi sweeps, the QR iterations of the Hessenberg and tridiagonal
    /// eigenvalue routines and the one-sided Jacobi SVD stop at their sweep limits (or at once) with an error or
    /// a value.
    @Test(arguments: [Double.nan, .infinity, -.infinity, .greatestFiniteMagnitude])
    func decompositionsEndOnNonFiniteMatrices(_ bad: Double) {
        var matrix = Matrix(rows: 4, columns: 4)
        for i in 0..<4 { for j in 0..<4 { matrix[i, j] = 1 / Double(i + j + 1) } }
        matrix[1, 2] = bad
        matrix[2, 1] = bad
        _ = try? SymmetricEigen(matrix)
        _ = try? SingularValueDecomposition(matrix)
        _ = try? RealEigenvalues(matrix)
        _ = try? SymmetricTridiagonalEigenvalues(matrix)
    }
}
