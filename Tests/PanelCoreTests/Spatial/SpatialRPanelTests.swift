import Testing
@testable import PanelCore

/// The fixed-effects SAR / SDM / SEM panels through the ABI against R spatialreg 1.2.6 (`lagsarlm`, `errorsarlm`,
/// method "eigen", tol.opt 1e-12; references/spatial/make_spatialreg_fixtures.R) by the stacked equivalence: ML on the
/// demeaned data with the block-diagonal weights I_T ⊗ W and no intercept (unit effects), plus period dummies for
/// two-way effects (concentrating them out demeans Wy, WX and the SEM filter again, as PanelCore does for row-
/// standardised W). Data: the simulated 60 × 8 lattice panel (rook contiguity) and Produc (log gsp on log pcap,
/// log pc, log emp, unemp) with the 48 states' queen contiguity, row-standardised.
@Suite struct SpatialRPanelTests {
    /// 1e-6 relative on ρ/λ, β, σ², standard errors and effects: spatialreg's `optimize` over likelihood values
    /// resolves ρ to ~1e-8 even at tol.opt 1e-12 (observed ≤ 1.3e-7 on β). 1e-10 on the log-likelihood, which is
    /// flat at the maximum (observed ≤ 2e-15).
    static let tolerance = 1e-6
    static let likelihoodTolerance = 1e-10
    static let cases: [(String, String, String)] = ["lattice", "produc"].flatMap { data in
        ["unit", "two_way"].flatMap { effects in ["sar", "sdm", "sem"].map { (data, effects, $0) } }
    }

    static func data(_ name: String) -> SpatialRFixture.DataSet { name == "lattice" ? SpatialRFixture.lattice : SpatialRFixture.produc }

    @Test(arguments: cases)
    func stackedModelMatchesSpatialreg(_ which: (data: String, effects: String, model: String)) {
        let data = Self.data(which.data)
        let expected = (data.block[which.effects] as! [String: Any])[which.model] as! [String: Any]
        let result = SpatialRFixture.panel(data, model: which.model, effects: which.effects)
        let (estimates, errors) = SpatialRFixture.rows(result)
        let spatial = which.model == "sem" ? "lambda" : "rho"
        let wanted = (expected["betas"] as! [Double]) + [expected[spatial] as! Double]
        let wantedErrors = (expected["std_err"] as! [Double]) + [expected[spatial + "_se"] as! Double]
        let what = "\(which.data) \(which.effects) \(which.model)"
        #expect(estimates.count == wanted.count, "\(what)")
        for j in wanted.indices {
            #expect(isClose(estimates[j], wanted[j], relative: Self.tolerance), "\(what) coefficient \(j)")
            // With period dummies, spatialreg's information matrix also holds their terms (W̃Dα in the ρ row): the
            // SAR/SDM standard errors then differ by up to 0.3% (observed) and are only checked to 1%; the SEM's
            // information is block-diagonal in β and the dummies' filter is (1 − λ)D, so its errors agree exactly.
            let errorTolerance = which.effects == "two_way" && which.model != "sem" ? 1e-2 : Self.tolerance
            #expect(isClose(errors[j], wantedErrors[j], relative: errorTolerance), "\(what) std error \(j)")
        }
        // spatialreg's s2 is SSE/(NT) and its log-likelihood the full Gaussian one at s2 plus T·log|I − ρW|: the
        // same definitions as PanelCore's demeaned model (no constant differs).
        #expect(isClose(result["sigma2"] as! Double, expected["sigma2"] as! Double, relative: Self.tolerance), "\(what) sigma2")
        #expect(isClose(result["log_likelihood"] as! Double, expected["logll"] as! Double, relative: Self.likelihoodTolerance), "\(what) logL")
        guard let impacts = expected["impacts"] as? [String: [Double]] else { return }
        // spatialreg `impacts(fit, listw = I_T ⊗ W)` (exact traces over N·T, equal to those over N per block).
        let effects = result["effects"] as! [String: Any]
        for kind in ["direct", "indirect", "total"] {
            let rows = effects[kind] as! [[String: Any]]
            #expect(rows.count == impacts[kind]!.count, "\(what) \(kind)")
            for (j, value) in impacts[kind]!.enumerated() {
                #expect(isClose(rows[j]["estimate"] as! Double, value, relative: Self.tolerance), "\(what) \(kind) \(j)")
            }
        }
    }

    /// Binary (unstandardised) lattice weights with time and two-way effects against spatialreg `lagsarlm` with unit
    /// and period dummies on the raw data (W x from the raw x): exact ML, which PanelCore's demeaned model equals
    /// because Wy is the lag of the raw y (demeaned afterwards). ρ, β, σ², log-likelihood.
    @Test(arguments: [("time", "sar"), ("time", "sdm"), ("two_way", "sar"), ("two_way", "sdm")])
    func binaryWeightsMatchDummyML(_ which: (effects: String, model: String)) {
        let data = SpatialRFixture.lattice
        let expected = ((data.block["binary"] as! [String: Any])[which.effects] as! [String: Any])[which.model] as! [String: Any]
        let result = SpatialRFixture.panel(data, model: which.model, effects: which.effects, standardise: "none")
        let wanted = (expected["betas"] as! [Double]) + [expected["rho"] as! Double]
        let estimates = SpatialRFixture.rows(result).estimates
        #expect(estimates.count == wanted.count)
        for j in wanted.indices {
            #expect(isClose(estimates[j], wanted[j], relative: Self.tolerance), "\(which) coefficient \(j)")
        }
        #expect(isClose(result["sigma2"] as! Double, expected["sigma2"] as! Double, relative: Self.tolerance), "\(which)")
        #expect(isClose(result["log_likelihood"] as! Double, expected["logll"] as! Double, relative: Self.likelihoodTolerance), "\(which)")
    }

    /// `spatial_lm` on the lattice panel against spdep `lm.LMtests` on the stacked OLS fit with unit / period dummies
    /// and weights I_T ⊗ W — the score tests of the model with dummies — for row-standardised and binary weights;
    /// 1e-11 relative (observed ≤ 8e-14).
    @Test(arguments: [("unit_row", "unit", "row"), ("two_way_row", "two_way", "row"), ("time_binary", "time", "none"),
                      ("two_way_binary", "two_way", "none")])
    func panelLagrangeMultipliersMatchSpdep(_ which: (key: String, effects: String, standardise: String)) {
        let data = SpatialRFixture.lattice
        let expected = (data.block["lm"] as! [String: Any])[which.key] as! [String: Double]
        let result = SpatialRFixture.run(data, model: ["estimator": "spatial_lm", "dependent": "y", "regressors": ["x1", "x2"],
                                                       "fixed_effects": which.effects], standardise: which.standardise)
        let computed = SpatialRFixture.lagrangeMultipliers(result)
        for (ours, spdep) in SpatialRFixture.lagrangeMultiplierNames {
            #expect(isClose(computed[ours]!, expected[spdep]!, relative: 1e-11), "\(which.key) \(ours)")
        }
    }

    /// The reconstructed 48-state weights: symmetric queen contiguity with 214 directed links (107 borders, the
    /// Four Corners pairs Arizona–Colorado and New Mexico–Utah included), every state with a neighbour.
    @Test func statesWeightsAreTheQueenContiguity() {
        let result = SpatialRFixture.panel(SpatialRFixture.produc, model: "sar", effects: "unit")
        let summary = result["weights"] as! [String: Any]
        #expect(summary["units"] as? Int == 48)
        #expect(summary["links"] as? Int == 214)
        #expect(summary["symmetric_input"] as? Bool == true)
        #expect((summary["islands"] as! [Any]).isEmpty)
        let pairs = Set(SpatialRFixture.produc.edges.map { "\($0[0]) \($0[1])" })
        #expect(pairs.contains("ARIZONA COLORADO") && pairs.contains("NEW_MEXICO UTAH"))
    }
}
