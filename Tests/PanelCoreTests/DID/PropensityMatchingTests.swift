import Testing
@testable import PanelCore

/// The documented matching rules on dyadic scores (exact distances): ties go to the control earlier in the data,
/// treated observations are served in data order without replacement, a caliper leaves unmatched treated off support,
/// and kernel weights are 1 − u² normalised per treated observation.
@Suite struct PropensityMatchingTests {
    // Positions: 0 treated 0.5, 1 control 0.25, 2 control 0.75, 3 treated 0.5, 4 control 0.875.
    static let scores = [0.5, 0.25, 0.75, 0.5, 0.875]
    static let treated = [true, false, false, true, false]

    @Test func tiesGoToTheEarlierControl() {
        let m = PropensityMatching(scores: Self.scores, isTreated: Self.treated,
                                   method: .nearestNeighbour(neighbours: 1, replacement: true, caliper: nil), commonSupport: false)
        #expect(m.weights == [1, 2, 0, 1, 0])
        #expect(m.treatedMatched == 2 && m.controlsUsed == 1)
    }

    @Test func withoutReplacementServesTreatedInDataOrder() {
        let m = PropensityMatching(scores: Self.scores, isTreated: Self.treated,
                                   method: .nearestNeighbour(neighbours: 1, replacement: false, caliper: nil), commonSupport: false)
        #expect(m.weights == [1, 1, 1, 1, 0])
        let two = PropensityMatching(scores: Self.scores, isTreated: Self.treated,
                                     method: .nearestNeighbour(neighbours: 2, replacement: false, caliper: nil), commonSupport: false)
        #expect(two.weights == [1, 0.5, 0.5, 1, 1])
    }

    @Test func caliperAndCommonSupport() {
        let narrow = PropensityMatching(scores: Self.scores, isTreated: Self.treated,
                                        method: .nearestNeighbour(neighbours: 1, replacement: true, caliper: 0.125), commonSupport: false)
        #expect(narrow.weights == [0, 0, 0, 0, 0] && narrow.treatedMatched == 0)
        let common = PropensityMatching(scores: [0.125, 0.25, 0.75, 0.5, 0.875], isTreated: Self.treated,
                                        method: .nearestNeighbour(neighbours: 1, replacement: true, caliper: nil), commonSupport: true)
        #expect(common.weights == [0, 1, 0, 1, 0] && common.treatedMatched == 1)
    }

    @Test func epanechnikovKernelWeights() {
        let m = PropensityMatching(scores: Self.scores, isTreated: Self.treated, method: .epanechnikovKernel(bandwidth: 0.5),
                                   commonSupport: false)
        // u = −0.5, 0.5, 0.75 → 1 − u² = 0.75, 0.75, 0.4375, normalised by 1.9375, for each of the two treated.
        let expected = [1, 2 * 0.75 / 1.9375, 2 * 0.75 / 1.9375, 1, 2 * 0.4375 / 1.9375]
        for (a, b) in zip(m.weights, expected) { #expect(abs(a - b) < 1e-15) }
    }
}
