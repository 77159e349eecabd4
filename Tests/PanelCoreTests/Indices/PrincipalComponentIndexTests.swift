import Testing
@testable import PanelCore

/// PCA index against numpy.linalg.eigh in references/indices/make_index_fixtures.py (cross-checked there with
/// scikit-learn). Tolerance 1e-12 relative: eigenvalues and explained shares element by element; loadings, weights
/// and scores (which change sign and pass near 0) relative to the largest magnitude of their vector.
@Suite struct PrincipalComponentIndexTests {
    static let tolerance = 1e-12
    static let cases: [(name: String, retain: PrincipalComponentIndex.Retain)] = [
        ("pca_kaiser", .kaiser), ("pca_count3", .count(3)), ("pca_share80", .cumulativeShare(0.8)),
    ]

    @Test(arguments: cases.indices)
    func matchesReference(_ caseIndex: Int) throws {
        let (name, retain) = Self.cases[caseIndex]
        let result = try PrincipalComponentIndex.compute(
            IndexFixtures.data.values, indicators: IndexFixtures.indicators, retain: retain, at: "/steps/1")
        let expected = IndexFixtures.expected(name)
        let kept = Int(expected["kept"]![0])
        #expect(result.loadings.rows == 16 && result.loadings.columns == kept)
        expectClose(result.eigenvalues, expected["eigenvalue"]!, scaled: false, name + " eigenvalues")
        expectClose(result.explained, expected["explained"]!, scaled: false, name + " explained")
        expectClose(result.loadings.storage, expected["loading"]!, scaled: true, name + " loadings")
        expectClose(result.index.weights.map(\.weight), expected["weight"]!, scaled: true, name + " weights")
        expectClose(result.index.scores, expected["score"]!, scaled: true, name + " scores")
        #expect(result.index.weights.allSatisfy { $0.entropy == nil && $0.divergence == nil })
    }

    func expectClose(_ actual: [Double], _ expected: [Double], scaled: Bool, _ label: String) {
        #expect(actual.count == expected.count, "\(label): length")
        let largest = expected.reduce(0) { max($0, abs($1)) }
        for (a, e) in zip(actual, expected) {
            #expect(abs(a - e) <= Self.tolerance * (scaled ? largest : abs(e)), "\(label): \(a) vs \(e)")
        }
    }

    @Test func rejectsBadRetainRule() {
        let values = IndexFixtures.data.values
        let indicators = IndexFixtures.indicators
        for retain in [PrincipalComponentIndex.Retain.count(0), .count(17), .cumulativeShare(0), .cumulativeShare(1.5)] {
            #expect(throws: PanelError.self) {
                _ = try PrincipalComponentIndex.compute(values, indicators: indicators, retain: retain, at: "/x")
            }
        }
        let constant = [[1.0, 2, 3], [5, 5, 5]]
        let two = [IndexIndicator(name: "a", positive: true), IndexIndicator(name: "b", positive: true)]
        #expect(throws: PanelError(.invalidData, "indicator 'b' is constant (zero variance)", at: "/x")) {
            _ = try PrincipalComponentIndex.compute(constant, indicators: two, retain: .kaiser, at: "/x")
        }
    }
}
