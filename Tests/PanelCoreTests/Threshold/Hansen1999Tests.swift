import Foundation
import Testing
@testable import PanelCore

/// Hansen (1999, J. Econometrics 93), Tables 2, 3 and 5, on his investment data (565 firms, 1974–1987; i on q1, q1²/100,
/// q1³/1000, d1, q1·d1 and c1 by regime of d1; Fixtures/dta/hansen1999_invest.csv) with his program's candidates:
/// 400 quantiles of the distinct values of d1 (393 points), trims 0.01/0.01/0.05 as grid windows, regimes d < γ | d ≥ γ.
/// The printed tables themselves: Hansen1999PublishedTests.
/// Reference: references/threshold/hansen1999_reference.py (Fixtures/threshold/hansen1999.json).
///
/// - Against the reference run under PanelCore's conventions: thresholds and LR interval ends exact (grid values),
///   SSR, MSE and F 1e-9 relative; the double-threshold regression (Table 5) coefficients 1e-9 and clustered
///   standard errors 1e-8 relative.
/// - Against the published values: on all years (the default) the first threshold 0.0157 (Table 3) is reached, the
///   second (0.5362) is not — SSR(0.0157, 0.5407) is below SSR(0.0157, 0.5362); with `deleted_period: "last"`
///   (Hansen deletes one period per firm after demeaning) both are, and thresholds, intervals, SSRs and F statistics
///   are the reference's run of Hansen's program.
/// - Bootstrap: Hansen's draws cannot be repeated, so PanelCore's 20 draws (few, to keep the test fast) are compared
///   with the reference's 300 distributionally: for one and two thresholds the 10% critical value (the 18th of 20
///   F*) lies between the reference's 1% and 99% bootstrap quantiles, and the decision at 5% is the same.
@Suite struct Hansen1999Tests {
    static var reference: [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(Fixtures.text("threshold/hansen1999.json").utf8)) as! [String: Any]
    }
    static var panelcore: [String: Any] { reference["panelcore"] as! [String: Any] }
    static let data = Fixtures.text("dta/hansen1999_invest.csv")

    static func run(_ changes: [String: Any], vcov: String? = nil) -> [String: Any] {
        var model = reference["model"] as! [String: Any]
        if let vcov { model["vcov"] = vcov }
        var options = model["options"] as! [String: Any]
        for (key, value) in changes { options[key] = value }
        if let count = changes["thresholds"] as? Int { options["trim"] = Array((options["trim"] as! [Double]).prefix(count)) }
        model["options"] = options
        let response = ABIClient.run(["abi": 1, "data": ["csv": data], "panel": ["id": "id", "time": "year"], "model": model])
        #expect(response["ok"] as? Bool == true, "\(response["error"] ?? "")")
        return response["result"] as? [String: Any] ?? [:]
    }

    /// Thresholds and LR intervals exactly, SSR, MSE and F to 1e-9: `result` against one run of the reference.
    private static func expectMatches(_ result: [String: Any], _ reference: [String: Any]) {
        let thresholds = result["thresholds"] as? [[String: Any]] ?? []
        let expected = reference["thresholds"] as! [String: Double]
        let intervals = reference["intervals"] as! [String: [Double]]
        #expect(thresholds.map { $0["name"] as! String } == ["th1", "th2", "th3"])
        for row in thresholds {
            let name = row["name"] as! String
            #expect(row["estimate"] as? Double == expected[name], "\(name)")
            #expect([row["conf_low"] as? Double, row["conf_high"] as? Double] == intervals[name]!.map { Optional($0) }, "\(name) interval")
        }
        let tests = result["tests"] as? [[String: Any]] ?? []
        #expect(tests.count == 3)
        for (computed, expectedTest) in zip(tests, reference["tests"] as! [[String: Any]]) {
            for key in ["rss", "mse", "f_stat"] {
                #expect(isClose(computed[key] as! Double, expectedTest[key] as! Double, relative: 1e-9), "\(key) of \(expectedTest["thresholds"]!)")
            }
        }
    }

    @Test func thresholdsIntervalsAndTestsMatchTheReference() {
        Self.expectMatches(Self.run([:]), Self.panelcore)
    }

    /// Table 5 is the double-threshold model: its regression has three regimes of c1.
    @Test func doubleThresholdSlopesMatchTheReference() {
        let result = Self.run(["thresholds": 2])
        let rows = ((result["regression"] as? [String: Any])?["coefficients"] as? [[String: Any]] ?? [])
        #expect(rows.map { $0["term"] as! String } == ["(Intercept)", "q1", "q2", "q3", "d1", "qd1", "c1#regime1", "c1#regime2", "c1#regime3"])
        for reference in Self.panelcore["regression"] as! [[String: Any]] {
            let term = reference["term"] as! String
            let row = rows.first { $0["term"] as? String == term }
            #expect(isClose(row?["estimate"] as? Double ?? .nan, reference["estimate"] as! Double, relative: 1e-9), "\(term)")
            #expect(isClose(row?["std_error"] as? Double ?? .nan, reference["std_error"] as! Double, relative: 1e-8), "se \(term)")
        }
    }

    @Test func thePublishedThresholdsNeedHansensDeletedPeriod() {
        let table3 = (Hansen1999PublishedTests.published["table_3"] as! [String: Any])["thresholds"] as! [[String: Any]]
        let published = table3.map { $0["estimate"] as! Double }
        func rounded(_ options: [String: Any]) -> [Double] {
            (Self.run(options)["thresholds"] as? [[String: Any]] ?? []).map { ($0["estimate"] as! Double * 10_000).rounded() / 10_000 }
        }
        let allYears = rounded([:]), deleted = rounded(["deleted_period": "last"])
        #expect(allYears.first == published[0])
        #expect(allYears[1] != published[1])
        #expect(Array(deleted.prefix(2)) == published)
        // The two candidates, each as the only second threshold next to 0.0157, on all years:
        func secondSSR(_ gamma: Double) -> Double {
            let tests = Self.run(["thresholds": 2, "grid": [0.0157, gamma]])["tests"] as? [[String: Any]] ?? []
            return tests.last?["rss"] as? Double ?? .nan
        }
        let contest = Self.panelcore["second_threshold_rss"] as! [String: Double]
        let publishedSSR = secondSSR(0.53616), estimatedSSR = secondSSR(0.54072)
        #expect(isClose(publishedSSR, contest["0.53616"]!, relative: 1e-9))
        #expect(isClose(estimatedSSR, contest["0.54072"]!, relative: 1e-9))
        #expect(estimatedSSR < publishedSSR)
    }

    /// `deleted_period: "last"` is Hansen's program: its thresholds, LR intervals (no candidate lies exactly on
    /// the critical value, so Hansen's strict `<` and PanelCore's `≤` agree), SSRs and F statistics are the
    /// reference's "hansen_program" run.
    @Test func theDeletedLastPeriodReproducesHansensProgram() {
        let result = Self.run(["deleted_period": "last"])
        Self.expectMatches(result, Self.reference["hansen_program"] as! [String: Any])
        #expect((result["settings"] as? [String: Any])?["deleted_period"] as? String == "last")
    }

    /// With `deleted_period: "last"` the regime regression is Hansen's program's: coefficients, his OLS errors
    /// (`vcov: "iid"`) and White errors (`vcov: "hc1"`, reported as HC0) to 1e-9 of the reference's run.
    @Test func theDeletedLastPeriodRegressionIsHansensProgram() {
        let expected = (Self.reference["hansen_program"] as! [String: Any])["regression"] as! [[String: Any]]
        for (vcov, key) in [("iid", "ols_se"), ("hc1", "white_se")] {
            let regression = Self.run(["thresholds": 2, "deleted_period": "last"], vcov: vcov)["regression"] as? [String: Any] ?? [:]
            let rows = regression["coefficients"] as? [[String: Any]] ?? []
            #expect(rows.map { $0["term"] as? String } == expected.map { $0["term"] as? String }, "\(vcov)")
            for (row, reference) in zip(rows, expected) {
                let term = reference["term"] as! String
                #expect(isClose(row["estimate"] as? Double ?? .nan, reference["estimate"] as! Double, relative: 1e-9), "\(term)")
                #expect(isClose(row["std_error"] as? Double ?? .nan, reference[key] as! Double, relative: 1e-9), "\(term) \(key)")
            }
            #expect((regression["vcov"] as? [String: Any])?["type"] as? String == (vcov == "iid" ? "iid" : "hc0"))
        }
    }

    @Test func bootstrapStatisticsAgreeWithTheReferenceWithinMonteCarloError() {
        let result = Self.run(["thresholds": 2, "replications": 20, "seed": 24])
        let tests = result["tests"] as? [[String: Any]] ?? []
        #expect(tests.count == 2)
        for (computed, reference) in zip(tests, Self.panelcore["tests"] as! [[String: Any]]) {
            let p = computed["p_value"] as? Double ?? .nan
            #expect((p < 0.05) == ((reference["p_value"] as! Double) < 0.05), "decision of test \(reference["thresholds"]!)")
            // crit_10 is the 18th of 20 draws: above the reference's 99% quantile with probability ≈ 0.001.
            let quantiles = reference["bootstrap_quantiles"] as! [String: Double]
            let critical = computed["crit_10"] as? Double ?? .nan
            #expect(critical >= quantiles["0.01"]! && critical <= quantiles["0.99"]!,
                    "test \(reference["thresholds"]!): crit_10 \(critical) vs reference [\(quantiles["0.01"]!), \(quantiles["0.99"]!)]")
        }
    }
}
