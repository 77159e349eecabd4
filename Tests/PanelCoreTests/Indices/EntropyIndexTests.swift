import Testing
@testable import PanelCore

/// Entropy and TOPSIS-entropy indices against the NumPy reference of references/indices/make_index_fixtures.py.
/// Tolerance: 1e-12 relative, element by element (weights, entropies, divergences, scores are all positive and
/// away from 0; d = 1 − e amplifies the rounding of e by at most 1/d ≈ 250 here, still far below 1e-12).
@Suite struct EntropyIndexTests {
    static let tolerance = 1e-12

    static func options(shift: Double = 0.0001, byYear: Bool = false, hierarchical: Bool = false)
        -> EntropyIndex.Options {
        var options = EntropyIndex.Options()
        options.shift = shift
        options.groupOf = byYear ? IndexFixtures.data.years : nil
        options.hierarchical = hierarchical
        return options
    }

    static let cases: [(name: String, options: EntropyIndex.Options, topsis: Bool)] = [
        ("entropy_pooled", options(), false),
        ("entropy_pooled_noshift", options(shift: 0), false),
        ("entropy_by_year", options(byYear: true), false),
        ("entropy_hierarchical", options(hierarchical: true), false),
        ("entropy_hierarchical_by_year", options(byYear: true, hierarchical: true), false),
        ("topsis_pooled", options(), true),
        ("topsis_by_year", options(byYear: true), true),
    ]

    @Test(arguments: cases.indices)
    func matchesReference(_ caseIndex: Int) throws {
        let (name, options, topsis) = Self.cases[caseIndex]
        let values = IndexFixtures.data.values
        let indicators = IndexFixtures.indicators
        let index = topsis
            ? try TopsisEntropyIndex.compute(values, indicators: indicators, options: options, at: "/steps/0")
            : try EntropyIndex.compute(values, indicators: indicators, options: options, at: "/steps/0")
        let expected = IndexFixtures.expected(name)
        expectRelative(index.weights.map { $0.entropy! }, expected["entropy"]!, name + " entropy")
        expectRelative(index.weights.map { $0.divergence! }, expected["divergence"]!, name + " divergence")
        expectRelative(index.weights.map(\.weight), expected["weight"]!, name + " weight")
        expectRelative(index.dimensionWeights.map(\.weight), expected["dimension_weight"] ?? [], name + " dims")
        expectRelative(index.scores, expected["score"]!, name + " score")
        #expect(index.weights.map(\.indicator) == indicators.map(\.name))
        #expect(index.dimensionWeights.map(\.dimension)
                == (options.hierarchical ? ["labor", "objects of labor", "means of labor"] : []))
    }

    func expectRelative(_ actual: [Double], _ expected: [Double], _ label: String) {
        #expect(actual.count == expected.count, "\(label): length")
        for (a, e) in zip(actual, expected) {
            #expect(abs(a - e) <= Self.tolerance * abs(e), "\(label): \(a) vs \(e)")
        }
    }

    @Test func weightsSumToOne() throws {
        let index = try EntropyIndex.compute(IndexFixtures.data.values, indicators: IndexFixtures.indicators,
                                             options: Self.options(hierarchical: true), at: "")
        #expect(abs(index.weights.reduce(0) { $0 + $1.weight } - 1) <= 1e-15)
        #expect(abs(index.dimensionWeights.reduce(0) { $0 + $1.weight } - 1) <= 1e-15)
    }

    @Test func rejectsBadInput() {
        let a = IndexIndicator(name: "a", positive: true)
        let b = IndexIndicator(name: "b", positive: false)
        let options = EntropyIndex.Options()
        func failure(_ values: [[Double]], _ indicators: [IndexIndicator], _ options: EntropyIndex.Options)
            -> PanelError? {
            do {
                _ = try EntropyIndex.compute(values, indicators: indicators, options: options, at: "/steps/2")
                return nil
            } catch {
                return error
            }
        }
        let constant = failure([[1, 2, 3], [4, 4, 4]], [a, b], options)
        #expect(constant?.code == .invalidData && constant?.location == "/steps/2")
        #expect(constant?.message.contains("'b'") == true)
        #expect(failure([[1, .nan, 3], [1, 2, 3]], [a, b], options)?.code == .invalidData)
        #expect(failure([[1], [2]], [a, b], options)?.code == .invalidData)
        #expect(failure([[1, 2], [1, 2, 3]], [a, b], options)?.code == .invalidData)
        #expect(failure([[1, 2, 3]], [a, b], options)?.code == .invalidOption)
        var hierarchical = options
        hierarchical.hierarchical = true
        #expect(failure([[1, 2, 3], [3, 1, 2]], [a, b], hierarchical)?.code == .invalidOption)
        var grouped = options
        grouped.groupOf = [1, 1]
        #expect(failure([[1, 2, 3], [3, 1, 2]], [a, b], grouped)?.code == .invalidOption)
        grouped.groupOf = [1, 1, 2]
        #expect(failure([[1, 2, 3], [3, 1, 2]], [a, b], grouped)?.code == .invalidData)
        var negativeShift = options
        negativeShift.shift = -1
        #expect(failure([[1, 2, 3], [3, 1, 2]], [a, b], negativeShift)?.code == .invalidOption)
    }
}
