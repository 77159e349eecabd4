import Testing
@testable import PanelCore

/// Moran's I, Geary's C, local Moran and the LM tests on one cross-section through the ABI against R spdep 1.2.7
/// (references/spatial/make_spatialreg_fixtures.R): Columbus crime (spData `columbus`, CRIME ~ INC + HOVAL) with the
/// `col.gal.nb` contiguity given as an edge list, row-standardised (spdep style "W") and binary (style "B").
@Suite struct SpatialRCrossSectionTests {
    /// 1e-12 relative: closed forms in both programs, differing only in the order of floating-point sums.
    static let tolerance = 1e-12
    static let styles = [("row", "row"), ("binary", "none")]

    @Test(arguments: styles)
    func moranAndGearyMatchSpdep(_ style: (block: String, standardise: String)) {
        let expected = SpatialRFixture.columbus.block[style.block] as! [String: Any]
        let result = SpatialRFixture.run(SpatialRFixture.columbus, model: ["estimator": "moran", "variable": "CRIME"],
                                         standardise: style.standardise)
        let sample = (result["samples"] as! [[String: Any]])[0]
        for (test, name) in [("moran", "moran"), ("geary", "geary")] {
            let computed = sample[test] as! [String: Any]
            for inference in ["randomisation", "normal"] {
                let reference = expected["\(name)_\(inference)"] as! [String: Double]
                let moments = computed[inference] as! [String: Any]
                let what = "\(style.block) \(test) \(inference)"
                #expect(isClose(computed["statistic"] as! Double, reference["statistic"]!, relative: Self.tolerance), "\(what)")
                #expect(isClose(computed["expected"] as! Double, reference["expected"]!, relative: Self.tolerance), "\(what)")
                #expect(isClose(moments["variance"] as! Double, reference["variance"]!, relative: Self.tolerance), "\(what)")
                // spdep's geary.test standardises E − C (positive under positive autocorrelation); PanelCore, like
                // esda, reports (C − E)/sd, so the z of Geary's C has the opposite sign.
                let z = (moments["z"] as! Double) * (test == "geary" ? -1 : 1)
                #expect(isClose(z, reference["z"]!, relative: Self.tolerance), "\(what) z")
            }
        }
    }

    /// Local Moran under total randomisation (spdep `localmoran(conditional = FALSE)`, Anselin 1995). PanelCore
    /// follows esda: I_i with m2 = Σz²/(n − 1) — spdep's `mlvar = FALSE` — and E, Var with the kurtosis moments
    /// divided by n — spdep's `mlvar = TRUE`; so z = (I_i − E)/√Var combines the two. spdep's default conditional
    /// moments (Sokal et al. 1998) depend on z_i² and are not compared.
    @Test(arguments: styles)
    func localMoranMatchesSpdep(_ style: (block: String, standardise: String)) {
        let expected = SpatialRFixture.columbus.block[style.block] as! [String: Any]
        let sample = expected["localmoran_sample"] as! [String: [Double]], ml = expected["localmoran_ml"] as! [String: [Double]]
        let result = SpatialRFixture.run(SpatialRFixture.columbus, model: ["estimator": "lisa", "variable": "CRIME"],
                                         standardise: style.standardise)
        let units = ((result["periods"] as! [[String: Any]])[0])["units"] as! [[String: Any]]
        #expect(units.count == 49)
        for (i, unit) in units.enumerated() {
            let z = (sample["Ii"]![i] - ml["E.Ii"]![i]) / ml["Var.Ii"]![i].squareRoot()
            #expect(isClose(unit["statistic"] as! Double, sample["Ii"]![i], relative: Self.tolerance), "\(style.block) I \(i)")
            #expect(isClose(unit["expected"] as! Double, ml["E.Ii"]![i], relative: Self.tolerance), "\(style.block) E \(i)")
            #expect(isClose(unit["variance"] as! Double, ml["Var.Ii"]![i], relative: Self.tolerance), "\(style.block) Var \(i)")
            #expect(isClose(unit["z_randomisation"] as! Double, z, relative: 1e-11, floor: 1e-3), "\(style.block) z \(i)")
            #expect(isClose(unit["expected"] as! Double, sample["E.Ii"]![i], relative: Self.tolerance), "\(style.block) E \(i)")
        }
    }

    /// `spatial_lm` with time effects on the single period (demeaning = the constant) against spdep `lm.LMtests` on
    /// `lm(CRIME ~ INC + HOVAL)`: LMerr, LMlag, RLMerr, RLMlag, for row-standardised and binary weights; 1e-11
    /// relative (the robust error statistic is a small difference of larger terms).
    @Test(arguments: styles)
    func lagrangeMultipliersMatchSpdep(_ style: (block: String, standardise: String)) {
        let expected = (SpatialRFixture.columbus.block[style.block] as! [String: Any])["lm"] as! [String: Double]
        let result = SpatialRFixture.run(SpatialRFixture.columbus, model: [
            "estimator": "spatial_lm", "dependent": "CRIME", "regressors": ["INC", "HOVAL"], "fixed_effects": "time",
        ], standardise: style.standardise)
        let computed = SpatialRFixture.lagrangeMultipliers(result)
        for (ours, spdep) in SpatialRFixture.lagrangeMultiplierNames {
            #expect(isClose(computed[ours]!, expected[spdep]!, relative: 1e-11), "\(style.block) \(ours)")
        }
    }
}
