import Testing
@testable import PanelCore

/// The bad inputs of issue 6 through the ABI: each is refused with the documented code and location, or (units
/// treated in every period) answered with a warning.
@Suite struct DIDBadInputTests {
    static let panel = StaggeredPanelFixture(units: 12, years: 2000...2005, seed: 1) { [2002, 2004, nil][$0 % 3] }

    static func model(_ changes: [String: Any], estimator: String = "did", columns: [String: [Double]] = [:]) -> [String: Any] {
        var fixture = panel
        for (name, values) in columns { fixture.columns[name] = values }
        var model: [String: Any] = ["estimator": estimator, "formula": "y ~ x1 | id + year", "treatment": "d"]
        for (key, value) in changes { model[key] = value is Self.NSNullMarker ? nil : value }
        return fixture.request(model)
    }

    /// Marks a member to remove from the default model.
    struct NSNullMarker {}

    static func expectError(_ request: [String: Any], code: String, at location: String, _ comment: Comment) {
        let response = ABIClient.run(request)
        #expect(ABIClient.errorCode(response) == code, comment)
        #expect((response["error"] as? [String: Any])?["where"] as? String == location, comment)
    }

    static var rows: Int { panel.columns["d"]!.count }

    @Test func refusedWithCodeAndLocation() {
        let never = [Double](repeating: 0, count: Self.rows)
        Self.expectError(Self.model([:], columns: ["d": never]), code: "invalid_data", at: "/model/treatment", "no treated units")
        let alwaysOrNever = Self.panel.columns["id"]!.map { Int($0) % 3 == 0 ? 1.0 : 0.0 }
        Self.expectError(Self.model([:], columns: ["d": alwaysOrNever]), code: "invalid_data", at: "/model/treatment", "treatment never switches")
        var switchingOff = Self.panel.columns["d"]!
        switchingOff[switchingOff.lastIndex(of: 1)!] = 0
        Self.expectError(Self.model([:], columns: ["d": switchingOff]), code: "invalid_data", at: "/model/treatment", "switches off")
        Self.expectError(Self.model(["options": ["reference": -20]], estimator: "event_study"), code: "invalid_option",
                         at: "/model/options/reference", "reference period outside the data")
        Self.expectError(Self.model(["vcov": ["cluster": "one"]], columns: ["one": [Double](repeating: 1, count: Self.rows)]),
                         code: "invalid_option", at: "/model/vcov", "too few clusters")
        Self.expectError(Self.model(["treatment": NSNullMarker(), "treat": "zero", "post": "d"], columns: ["zero": never]),
                         code: "invalid_data", at: "/model/treat", "2x2 without treated group")
        Self.expectError(Self.model(["cohort": "g"]), code: "invalid_request", at: "/model", "both treatment and cohort")
        Self.expectError(Self.model(["options": ["mode": "jackknife"]], estimator: "placebo"), code: "invalid_option",
                         at: "/model/options/mode", "unknown placebo mode")
        Self.expectError(Self.model(["options": ["replications": 0]], estimator: "placebo"), code: "invalid_option",
                         at: "/model/options/replications", "no replications")
        Self.expectError(Self.model(["formula": "y ~ x1"], estimator: "bacon"), code: "bad_formula", at: "/model/formula", "bacon with controls")
        Self.expectError(Self.model(["options": ["window": [2, 2]]], estimator: "event_study"), code: "invalid_option",
                         at: "/model/options/window", "empty window")
    }

    /// A window of 200,001 relative times built one indicator column of every row each (over 60 s before the limit;
    /// ±10⁹ would have allocated 16 GB for the list of times alone): refused before any indicator is built.
    @Test func eventStudyWindowIsBounded() {
        Self.expectError(Self.model(["options": ["window": [-100_000, 100_000]]], estimator: "event_study"), code: "too_large",
                         at: "/model/options/window", "window of 200,001 relative times")
        Self.expectError(Self.model(["options": ["window": [-1_000_000_000, 1_000_000_000]]], estimator: "event_study"), code: "too_large",
                         at: "/model/options/window", "window of the whole time range")
    }

    @Test func unitsTreatedInEveryPeriodAreAWarning() throws {
        var status = Self.panel.columns["d"]!
        for (row, id) in Self.panel.columns["id"]!.enumerated() where id == 1 { status[row] = 1 }
        let result = try #require(ABIClient.run(Self.model([:], columns: ["d": status]))["result"] as? [String: Any])
        let warnings = result["warnings"] as! [String]
        #expect(warnings.contains { $0.contains("treated in every observed period") })
        #expect((result["timing"] as! [String: Any])["always_treated_units"] as? Int == 1)
    }
}
