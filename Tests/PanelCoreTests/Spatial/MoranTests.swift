import Testing
@testable import PanelCore

/// Global Moran's I and Geary's C through the ABI against esda 2.9 (references/spatial/make_spatial_fixtures.py):
/// by year and pooled, on economic-distance (row), knn (row, asymmetric) and cut-off inverse-distance (no
/// standardisation, two islands) weights.
@Suite struct MoranTests {
    /// Tolerance 1e-10 relative on I, C, their expectations, variances and z; p-values 1e-8 relative (they are
    /// tail probabilities down to 1e-9, where a 1e-10 change of z moves p by about z·1e-10 relative).
    static let statisticTolerance = 1e-10
    static let pTolerance = 1e-8

    static func check(_ sample: [String: Any], _ expected: [String: Any], _ what: String) {
        let moran = sample["moran"] as! [String: Any], geary = sample["geary"] as! [String: Any]
        let pairs: [(Any?, String, Double)] = [
            (moran["statistic"], "I", statisticTolerance), (moran["expected"], "EI", statisticTolerance),
            ((moran["normal"] as! [String: Any])["variance"], "VI_norm", statisticTolerance),
            ((moran["randomisation"] as! [String: Any])["variance"], "VI_rand", statisticTolerance),
            ((moran["normal"] as! [String: Any])["z"], "z_norm", statisticTolerance),
            ((moran["randomisation"] as! [String: Any])["z"], "z_rand", statisticTolerance),
            ((moran["normal"] as! [String: Any])["p_value"], "p_norm", pTolerance),
            ((moran["randomisation"] as! [String: Any])["p_value"], "p_rand", pTolerance),
            (geary["statistic"], "C", statisticTolerance), (geary["expected"], "EC", statisticTolerance),
            ((geary["normal"] as! [String: Any])["variance"], "VC_norm", statisticTolerance),
            ((geary["randomisation"] as! [String: Any])["variance"], "VC_rand", statisticTolerance),
            ((geary["normal"] as! [String: Any])["z"], "zC_norm", statisticTolerance),
            ((geary["randomisation"] as! [String: Any])["z"], "zC_rand", statisticTolerance),
        ]
        for (actual, key, tolerance) in pairs {
            let value = (actual as? Double) ?? .nan
            #expect(isClose(value, expected[key] as! Double, relative: tolerance), "\(what) \(key): \(value) vs \(expected[key]!)")
        }
        // esda's Geary p-values are one-sided; PanelCore reports two-sided ones (twice as large).
        let pNormal = (geary["normal"] as! [String: Any])["p_value"] as! Double
        let pRandom = (geary["randomisation"] as! [String: Any])["p_value"] as! Double
        #expect(isClose(pNormal, 2 * (expected["pC_norm_one_sided"] as! Double), relative: pTolerance), "\(what) pC_norm")
        #expect(isClose(pRandom, 2 * (expected["pC_rand_one_sided"] as! Double), relative: pTolerance), "\(what) pC_rand")
    }

    @Test(arguments: ["economic_row", "knn4_row", "inverse_cutoff_none"])
    func byYearAndPooled(_ name: String) {
        let reference = SpatialFixture.reference("moran.json")[name] as! [String: Any]
        let spec = SpatialFixture.specs[name]!
        let byYear = SpatialFixture.request(model: #"{"estimator": "moran", "variable": "NQP", "weights": "# + spec + "}")
        let samples = (byYear["result"] as! [String: Any])["samples"] as! [[String: Any]]
        let years = reference["by_year"] as! [[String: Any]]
        #expect(samples.count == years.count)
        for (sample, expected) in zip(samples, years) {
            #expect(sample["period"] as? Int == expected["year"] as? Int)
            Self.check(sample, expected, "\(name) \(expected["year"]!)")
        }
        let pooled = SpatialFixture.request(model: #"{"estimator": "moran", "variable": "NQP", "by": "pooled", "weights": "# + spec + "}")
        let pooledSample = ((pooled["result"] as! [String: Any])["samples"] as! [[String: Any]])[0]
        #expect(pooledSample["n"] as? Int == 495)
        Self.check(pooledSample, reference["pooled"] as! [String: Any], "\(name) pooled")
    }

    /// Permutation p-values are reproducible for a seed, independent of the executor's order, within (0, 1], and for
    /// the strongly autocorrelated NQP (z ≈ 5.6) equal to the smallest attainable 1/(R + 1).
    @Test func permutationInference() throws {
        let weights = try SpatialFixture.weights("economic_row")
        let (table, panel) = try SpatialFixture.table()
        let data = try UnitPeriodValues(try table.requireNumeric("NQP", at: ""), unitOf: panel.unitOf.map { Optional($0) },
                                        unitKeys: [], timeOf: panel.timeOf, weights: weights, at: "")
        let reversed = ReplicationExecutor { count, body in for i in (0..<count).reversed() { body(i) } }
        let serial = try SpatialAutocorrelation(data, weights: weights, pooled: false, replications: 99, seed: 7, executor: .serial)
        let backwards = try SpatialAutocorrelation(data, weights: weights, pooled: false, replications: 99, seed: 7, executor: reversed)
        for (a, b) in zip(serial.samples, backwards.samples) {
            #expect(a.moran.permutation!.pValue == b.moran.permutation!.pValue)
            #expect(a.geary.permutation!.mean == b.geary.permutation!.mean)
            #expect(a.moran.permutation!.pValue == 1.0 / 100)
            #expect(abs(a.moran.permutation!.mean - a.moran.expected) < 0.02)
        }
    }
}
