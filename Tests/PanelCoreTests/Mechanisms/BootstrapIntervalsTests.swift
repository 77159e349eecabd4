import Testing
@testable import PanelCore

/// The type-2 quantile rule at the points the fixtures do not reach (B·p whole), against NumPy's
/// `quantile(method="averaged_inverted_cdf")` values worked out by hand, and the snapping of B·p that differs
/// from NumPy only by the rounding error of (1 − 0.95)/2.
@Suite struct BootstrapIntervalsTests {
    @Test func averagesTheTwoNeighboursWhenBTimesPIsWhole() {
        #expect(BootstrapIntervals.quantile(sorted: [1, 2, 3, 4], p: 0.25) == 1.5)
        #expect(BootstrapIntervals.quantile(sorted: [1, 2, 3, 4], p: 0.5) == 2.5)
        #expect(BootstrapIntervals.quantile(sorted: [1, 2, 3, 4], p: 0.3) == 2)
    }

    @Test func clampsAtTheEnds() {
        #expect(BootstrapIntervals.quantile(sorted: [1, 2, 3, 4], p: 0) == 1)
        #expect(BootstrapIntervals.quantile(sorted: [1, 2, 3, 4], p: 1) == 4)
        #expect(BootstrapIntervals.quantile(sorted: [1, 2, 3, 4], p: 0.01) == 1)
    }

    /// 1000 × 0.025000000000000022 = 25.000000000000021 counts as 25: the mean of the 25th and 26th values (NumPy
    /// gives 25.0 there: it takes the ⌈P⌉-th value for P not exactly whole).
    @Test func snapsBTimesPThatMissesAWholeNumberByRounding() {
        let sorted = (0..<1000).map { Double($0) }
        #expect(BootstrapIntervals.percentile(sorted: sorted, level: 0.95).low == 24.5)
        #expect(BootstrapIntervals.percentile(sorted: sorted, level: 0.95).high == 974.5)
    }

    @Test func biasCorrectionIsUndefinedWhenEveryReplicateIsOnOneSide() {
        #expect(BootstrapIntervals.biasCorrected(sorted: [1, 2, 3], estimate: 5, level: 0.95) == nil)
        #expect(BootstrapIntervals.biasCorrected(sorted: [1, 2, 3], estimate: 0, level: 0.95) == nil)
    }

    @Test func accelerationIsZeroForSymmetricJackknifeValues() {
        #expect(BootstrapIntervals.acceleration(jackknife: [1, 2, 3]) == 0)
        #expect(BootstrapIntervals.acceleration(jackknife: [2, 2, 2]).isNaN)
    }
}
