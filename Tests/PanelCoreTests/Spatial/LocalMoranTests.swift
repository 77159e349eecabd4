import Testing
@testable import PanelCore

/// Local Moran's I of NQP in 2013 on the economic-distance weights through the ABI against esda `Moran_Local`
/// (references/spatial/make_spatial_fixtures.py): z, I_i, E[I_i], Var[I_i] and the quadrant of every unit.
@Suite struct LocalMoranTests {
    /// Tolerance 1e-10 relative (floor 1e-12 for values near zero).
    static let tolerance = 1e-10

    @Test func matchesEsda() {
        let reference = SpatialFixture.reference("lisa.json")
        let response = SpatialFixture.request(model: #"{"estimator": "lisa", "variable": "NQP", "period": 2013, "weights": "#
                                              + SpatialFixture.specs["economic_row"]! + "}")
        let periods = (response["result"] as! [String: Any])["periods"] as! [[String: Any]]
        #expect(periods.count == 1)
        let units = periods[0]["units"] as! [[String: Any]]
        let quadrantNames = [1: "HH", 2: "LH", 3: "LL", 4: "HL"]
        for (i, unit) in units.enumerated() {
            for (key, name) in [("z", "z"), ("statistic", "Is"), ("expected", "EI"), ("variance", "VI")] {
                let expected = (reference[name] as! [Double])[i]
                #expect(isClose(unit[key] as! Double, expected, relative: Self.tolerance, floor: 1e-12), "unit \(i) \(key)")
            }
            #expect(unit["quadrant"] as? String == quadrantNames[(reference["q"] as! [Int])[i]], "unit \(i) quadrant")
        }
    }

    /// Conditional-permutation p-values: reproducible for a seed whatever the executor order, each in [1/(R+1), (R/2+1)/(R+1)] (folded to the smaller tail).
    @Test func permutationIsReproducible() throws {
        let weights = try SpatialFixture.weights("knn4_row")
        var y: [Double] = []
        for i in 0..<weights.unitCount {
            let pattern = Double((i * 37) % 11)
            y.append(pattern + 0.25 * Double(i % 3))
        }
        let reversed = ReplicationExecutor { count, body in for i in (0..<count).reversed() { body(i) } }
        let a = try LocalMoran(y, weights: weights, replications: 99, seed: 3, executor: .serial)
        let b = try LocalMoran(y, weights: weights, replications: 99, seed: 3, executor: reversed)
        for (u, v) in zip(a.units, b.units) {
            #expect(u.permutation!.pValue == v.permutation!.pValue)
            #expect(u.permutation!.pValue >= 0.01 && u.permutation!.pValue <= 51.0 / 100)
        }
    }
}
