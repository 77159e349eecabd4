import Testing
@testable import PanelCore

/// The Goodman-Bacon identity on simulated balanced panels of several designs (with and without never-treated units,
/// with always-treated units, three cohorts): weights sum to 1 (1e-12) and Σ wᵢbᵢ equals the TWFE coefficient of
/// `y ~ d | id + year` (1e-10 absolute). Unbalanced panels are refused.
@Suite struct BaconDecompositionTests {
    static let designs: [[Int?]] = [
        [2003, 2006, nil, nil],
        [2002, 2005, 2008],
        [2000, 2004, 2007, nil],
        [1995, 2004, 2012, nil, 2006],
    ]

    @Test(arguments: designs)
    func weightsSumToOneAndReproduceTWFE(cohorts: [Int?]) throws {
        let panel = StaggeredPanelFixture(units: 30, years: 2000...2009, seed: 3) { cohorts[$0 % cohorts.count] }
        let response = ABIClient.run(panel.request(["estimator": "bacon", "formula": "y ~ 1", "treatment": "d"]))
        let result = try #require(response["result"] as? [String: Any], "\(response)")
        let rows = result["comparisons"] as! [[String: Any]]
        #expect(abs(rows.reduce(0.0) { $0 + ($1["weight"] as! Double) } - 1) <= 1e-12)
        #expect(abs((result["weighted_sum"] as! Double) - (result["twfe_estimate"] as! Double)) <= 1e-10)
    }

    @Test func unbalancedPanelIsRefused() throws {
        let panel = StaggeredPanelFixture(units: 12, years: 2000...2005, seed: 3, dropping: { unit, t in unit == 2 && t == 2001 }) {
            [2002, nil][$0 % 2]
        }
        let response = ABIClient.run(panel.request(["estimator": "bacon", "formula": "y ~ 1", "treatment": "d"]))
        #expect(ABIClient.errorCode(response) == "invalid_data")
        #expect((response["error"] as? [String: Any])?["where"] as? String == "/model")
    }
}
