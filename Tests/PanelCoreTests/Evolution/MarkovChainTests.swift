import Testing
@testable import PanelCore

/// The long-run quantities of `MarkovChain` against Kemeny & Snell's (1960, p. 218) Land of Oz chain (rain, nice,
/// snow: P = [[1/2, 1/4, 1/4], [1/2, 0, 1/2], [1/4, 1/4, 1/2]]), whose steady state (2/5, 1/5, 2/5) and mean first
/// passage times are printed in the book (and in giddy's `ergodic` docstrings); and the quantile classes against
/// mapclassify's documented `quantile(arange(1000))` bounds.
@Suite struct MarkovChainTests {
    static let oz = MarkovChain(counts: [[2, 1, 1], [1, 0, 1], [1, 1, 2]])

    @Test func landOfOzSteadyState() throws {
        let pi = try #require(Self.oz.steadyState)
        for (a, b) in zip(pi, [0.4, 0.2, 0.4]) { #expect(abs(a - b) < 1e-15) }
        #expect(Self.oz.isIrreducible)
    }

    @Test func landOfOzMeanFirstPassage() throws {
        let times = try #require(Self.oz.meanFirstPassageTimes)
        let book: [[Double]] = [[2.5, 4, 10.0 / 3], [8.0 / 3, 5, 8.0 / 3], [10.0 / 3, 4, 2.5]]
        for (row, expected) in zip(times, book) {
            for (a, b) in zip(row, expected) { #expect(abs(a - b) < 1e-14 * b) }
        }
    }

    /// giddy's reducible example: snow absorbing — one recurrent class {snow}, steady state (0, 0, 1), no finite
    /// passage times.
    @Test func absorbingStateIsTheSteadyState() throws {
        let chain = MarkovChain(counts: [[2, 1, 1], [1, 0, 1], [0, 0, 4]])
        #expect(chain.recurrentClasses == [[2]])
        #expect(try #require(chain.steadyState) == [0, 0, 1])
        #expect(chain.meanFirstPassageTimes == nil)
    }

    @Test func quantileBoundsAsMapclassify() {
        let classes = MarkovClasses.quantiles(of: (0..<1000).map { Double($0) }, count: 4)
        #expect(classes.cuts == [249.75, 499.5, 749.25])
        #expect(classes.classOf(249.75) == 0)
        #expect(classes.classOf(249.76) == 1)
        #expect(classes.classOf(999) == 3)
        #expect(MarkovClasses.quantiles(of: (0..<1000).map { Double($0) }, count: 3).cuts == [333, 666])
    }
}
