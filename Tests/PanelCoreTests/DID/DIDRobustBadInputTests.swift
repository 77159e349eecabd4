import Foundation
import Testing
@testable import PanelCore

/// Bad input to `psm_did`, `callaway_santanna` and `sun_abraham`: each case must fail with the stated code at the
/// stated `where` (through `PanelCoreABI.respond`), or succeed with the documented warning.
@Suite struct DIDRobustBadInputTests {
    /// 8 units × 2009–2012: units 1–2 adopt in 2011, 3–4 in 2012, 5–8 never; `x` varies by unit.
    static var columns: [String: Any] {
        var id: [Double] = [], year: [Double] = [], cohort: [Double] = [], d: [Double] = [], y: [Double] = [], x: [Double] = []
        var group: [Double] = [], one: [Double] = []
        for unit in 1...8 {
            let g = unit <= 2 ? 2011 : (unit <= 4 ? 2012 : 0)
            for t in 2009...2012 {
                id.append(Double(unit)); year.append(Double(t)); cohort.append(Double(g))
                d.append(g > 0 && t >= g ? 1 : 0)
                y.append(Double(unit) * 0.5 + Double(t - 2009) * 0.3 + Double((unit * t) % 3) * 0.1 + (g > 0 && t >= g ? 1 : 0))
                x.append(Double(unit) * 0.37 + Double((unit * 7) % 5) + Double(t - 2009) * 0.01)
                group.append(g > 0 ? 1 : 0); one.append(1)
            }
        }
        return ["id": id, "year": year, "cohort": cohort, "d": d, "y": y, "x": x, "group": group, "one": one,
                "zero": one.map { _ in 0.0 }]
    }

    static func respond(_ model: [String: Any], columns: [String: Any] = columns, panel: Bool = true) -> [String: Any] {
        var request: [String: Any] = ["abi": 1, "data": ["columns": columns], "model": model]
        if panel { request["panel"] = ["id": "id", "time": "year"] }
        return ABIClient.run(request)
    }

    static func expectError(_ model: [String: Any], code: String, at place: String, columns: [String: Any] = columns, panel: Bool = true,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        let error = respond(model, columns: columns, panel: panel)["error"] as? [String: Any]
        #expect(error?["code"] as? String == code, "\(error ?? [:])", sourceLocation: sourceLocation)
        #expect(error?["where"] as? String == place, "\(error ?? [:])", sourceLocation: sourceLocation)
    }

    static func psm(_ options: [String: Any], treatment: String = "group", covariates: [String] = ["x"]) -> [String: Any] {
        ["estimator": "psm_did", "formula": "y ~ d | id + year", "treatment": treatment, "covariates": covariates, "options": options]
    }

    @Test func psmDIDRefusals() {
        Self.expectError(Self.psm([:], treatment: "zero"), code: "invalid_data", at: "/model/treatment")
        Self.expectError(Self.psm([:], treatment: "one"), code: "invalid_data", at: "/model/treatment")
        Self.expectError(Self.psm([:], treatment: "y"), code: "invalid_data", at: "/model/treatment")
        Self.expectError(Self.psm([:], covariates: ["nope"]), code: "unknown_column", at: "/model/covariates/0")
        Self.expectError(Self.psm(["score_period": 2030]), code: "invalid_option", at: "/model/options/score_period")
        Self.expectError(Self.psm(["score_period": "first"]), code: "invalid_option", at: "/model/options/score_period")
        Self.expectError(Self.psm([:]), code: "invalid_request", at: "/model/options/score_period", panel: false)
        Self.expectError(Self.psm(["neighbors": 0]), code: "invalid_option", at: "/model/options/neighbors")
        Self.expectError(Self.psm(["caliper": -0.1]), code: "invalid_option", at: "/model/options/caliper")
        Self.expectError(Self.psm(["bandwidth": 0.1]), code: "invalid_option", at: "/model/options/bandwidth")
        Self.expectError(Self.psm(["method": "kernel", "caliper": 0.1]), code: "invalid_option", at: "/model/options/caliper")
        Self.expectError(Self.psm(["method": "kernel", "bandwidth": 0]), code: "invalid_option", at: "/model/options/bandwidth")
        Self.expectError(Self.psm(["method": "radius"]), code: "invalid_option", at: "/model/options/method")
        Self.expectError(Self.psm(["replacement": 1]), code: "invalid_option", at: "/model/options/replacement")
        Self.expectError(Self.psm(["matching": 1]), code: "invalid_request", at: "/model/options/matching")
        Self.expectError(Self.psm(["caliper": 1e-12]), code: "no_observations", at: "/model/options")
    }

    static func staggered(_ estimator: String, _ extra: [String: Any]) -> [String: Any] {
        var model: [String: Any] = ["estimator": estimator, "outcome": "y", "cohort": "cohort"]
        for (key, value) in extra { model[key] = value }
        return model
    }

    @Test(arguments: ["callaway_santanna", "sun_abraham"])
    func staggeredRefusals(estimator: String) {
        var noTreated = Self.columns
        noTreated["cohort"] = (noTreated["cohort"] as! [Double]).map { _ in 0.0 }
        Self.expectError(Self.staggered(estimator, [:]), code: "invalid_data", at: "/model/cohort", columns: noTreated)
        var alwaysTreated = Self.columns
        alwaysTreated["d"] = (alwaysTreated["cohort"] as! [Double]).map { $0 > 0 ? 1.0 : 0.0 }
        Self.expectError(["estimator": estimator, "outcome": "y", "treatment": "d"], code: "invalid_data", at: "/model/treatment",
                         columns: alwaysTreated)
        var switchesOff = Self.columns
        var d = switchesOff["d"] as! [Double]
        d[3] = 0
        switchesOff["d"] = d
        Self.expectError(["estimator": estimator, "outcome": "y", "treatment": "d"], code: "invalid_data", at: "/model/treatment",
                         columns: switchesOff)
        var noNever = Self.columns
        noNever["cohort"] = (noNever["cohort"] as! [Double]).map { $0 > 0 ? $0 : 2012 }
        Self.expectError(Self.staggered(estimator, [:]), code: "invalid_data", at: "/model", columns: noNever)
        Self.expectError(Self.staggered(estimator, [:]), code: "invalid_request", at: "/panel", panel: false)
        Self.expectError(Self.staggered(estimator, ["treatment": "d"]), code: "invalid_request", at: "/model")
        Self.expectError(Self.staggered(estimator, ["outcome": "nope"]), code: "unknown_column", at: "/model/outcome")
        Self.expectError(Self.staggered(estimator, ["options": ["bogus": 1]]), code: "invalid_request", at: "/model/options/bogus")
        Self.expectError(Self.staggered(estimator, ["options": ["level": 2]]), code: "invalid_option", at: "/model/options/level")
    }

    @Test func unknownChoicesAndClusters() {
        Self.expectError(Self.staggered("callaway_santanna", ["options": ["control_group": "everyone"]]), code: "invalid_option",
                         at: "/model/options/control_group")
        Self.expectError(Self.staggered("callaway_santanna", ["options": ["base_period": "fixed"]]), code: "invalid_option",
                         at: "/model/options/base_period")
        Self.expectError(Self.staggered("sun_abraham", ["options": ["control": "everyone"]]), code: "invalid_option", at: "/model/options/control")
        Self.expectError(Self.staggered("callaway_santanna", ["covariates": ["one"]]), code: "singular_design", at: "/model/covariates")
        Self.expectError(Self.staggered("callaway_santanna", ["covariates": ["nope"]]), code: "unknown_column", at: "/model/covariates/0")
        Self.expectError(Self.staggered("callaway_santanna", ["covariates": []]), code: "invalid_request", at: "/model/covariates")
        var oneCohort = Self.columns
        oneCohort["cohort"] = (oneCohort["cohort"] as! [Double]).map { $0 > 0 ? 2011 : 0 }
        Self.expectError(Self.staggered("sun_abraham", ["options": ["control": "last_treated"]]), code: "invalid_data", at: "/model",
                         columns: oneCohort)
        let oneCluster = Self.respond(Self.staggered("sun_abraham", ["vcov": ["cluster": "one"]]))["error"] as? [String: Any]
        #expect(oneCluster?["where"] as? String == "/model/vcov", "too few clusters: \(oneCluster ?? [:])")
    }

    /// `callaway_santanna` covariates that cannot identify a cell are coded errors at `covariates`, never NaN: a constant
    /// covariate is collinear with the intercept (`singular_design`, every `est_method`); a covariate that separates the
    /// cohort from its comparison units perfectly makes the propensity logit diverge (`numerical_failure` for `dr` and
    /// `ipw`) and is constant among the comparison units for the outcome regression (`singular_design` for `reg`).
    @Test func callawaySantAnnaCovariateRefusals() {
        for method in ["dr", "ipw", "reg"] {
            Self.expectError(Self.staggered("callaway_santanna", ["covariates": ["one"], "options": ["est_method": method]]),
                             code: "singular_design", at: "/model/covariates")
            Self.expectError(Self.staggered("callaway_santanna", ["covariates": ["group"], "options": ["est_method": method]]),
                             code: method == "reg" ? "singular_design" : "numerical_failure", at: "/model/covariates")
        }
        Self.expectError(Self.staggered("callaway_santanna", ["options": ["est_method": "aipw"]]), code: "invalid_option",
                         at: "/model/options/est_method")
    }

    /// A cohort without comparison units (not-yet-treated controls and no never-treated unit: the last cohort's cells
    /// from its adoption on) is left out with a warning, and the other cells are estimated.
    /// Repeated cross-sections (`panel: false`) need `cohort` and one id per observation; the two flags must be
    /// booleans; a request without the panel's time is refused as for every staggered-adoption estimator.
    @Test func repeatedCrossSectionRefusals() {
        let cs: [String: Any] = ["estimator": "callaway_santanna", "formula": "y ~ 1", "cohort": "cohort", "options": ["panel": false]]
        var status = cs
        status["cohort"] = nil
        status["treatment"] = "d"
        Self.expectError(status, code: "invalid_request", at: "/model/options/panel")
        Self.expectError(cs, code: "invalid_data", at: "/panel/id")
        for flag in ["panel", "allow_unbalanced_panel"] {
            Self.expectError(["estimator": "callaway_santanna", "formula": "y ~ 1", "cohort": "cohort", "options": [flag: "yes"]],
                             code: "invalid_option", at: "/model/options/\(flag)")
        }
        var request: [String: Any] = ["abi": 1, "data": ["columns": Self.columns], "model": cs, "panel": ["id": "id"]]
        let error = ABIClient.run(request)["error"] as? [String: Any]
        #expect(error?["code"] as? String == "invalid_request" && (error?["where"] as? String ?? "").hasPrefix("/panel"), "\(error ?? [:])")
        // One row per id: the 32 rows as 32 observations.
        var columns = Self.columns
        columns["obs"] = (1...32).map(Double.init)
        request = ["abi": 1, "data": ["columns": columns], "model": cs, "panel": ["id": "obs", "time": "year"]]
        let result = ABIClient.run(request)["result"] as? [String: Any]
        #expect(result?["data_structure"] as? String == "repeated_cross_sections" && result?["units"] as? Int == 32, "\(ABIClient.run(request))")
    }

    /// Without `allow_unbalanced_panel` an unbalanced panel is balanced by dropping its incomplete units (R `did`'s
    /// default), with a warning naming the option's alternative.
    @Test func anUnbalancedPanelIsBalancedUnlessAllowed() {
        var columns = Self.columns
        for key in columns.keys { columns[key] = Array((columns[key] as! [Double]).dropFirst()) }
        let model: [String: Any] = ["estimator": "callaway_santanna", "formula": "y ~ 1", "cohort": "cohort",
                                    "options": ["control_group": "not_yet_treated"]]
        let balanced = Self.respond(model, columns: columns)["result"] as? [String: Any]
        #expect(balanced?["units"] as? Int == 7 && balanced?["data_structure"] as? String == "balanced_panel")
        #expect((balanced?["warnings"] as? [String] ?? []).contains { $0.contains("balanced panel") }, "\(balanced ?? [:])")
        var allowed = model
        allowed["options"] = ["control_group": "not_yet_treated", "allow_unbalanced_panel": true]
        let unbalanced = Self.respond(allowed, columns: columns)["result"] as? [String: Any]
        #expect(unbalanced?["units"] as? Int == 8 && unbalanced?["data_structure"] as? String == "unbalanced_panel", "\(unbalanced ?? [:])")
    }

    @Test func cellWithoutComparisonUnitsIsLeftOutWithAWarning() {
        var noNever = Self.columns
        noNever["cohort"] = (noNever["cohort"] as! [Double]).map { $0 > 0 ? $0 : 2012 }
        for method in ["dr", "ipw", "reg"] {
            let result = Self.respond(Self.staggered("callaway_santanna", ["options": ["control_group": "not_yet_treated", "est_method": method]]),
                                      columns: noNever)["result"] as? [String: Any]
            let warnings = result?["warnings"] as? [String] ?? []
            #expect(warnings.contains { $0.contains("no comparison units") }, "\(method): \(warnings)")
            #expect((result?["group_time"] as? [[String: Any]])?.isEmpty == false)
        }
    }

    /// Units treated in every period are dropped with a warning, and the estimate goes on.
    @Test func alwaysTreatedUnitsAreDroppedWithAWarning() {
        var columns = Self.columns
        columns["cohort"] = (columns["cohort"] as! [Double]).enumerated().map { k, g in k < 4 ? 2009 : g }
        for estimator in ["callaway_santanna", "sun_abraham"] {
            let result = Self.respond(Self.staggered(estimator, [:]), columns: columns)["result"] as? [String: Any]
            let warnings = result?["warnings"] as? [String] ?? []
            #expect(warnings.contains { $0.contains("first period") }, "\(estimator): \(warnings)")
        }
    }
}
