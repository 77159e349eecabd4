import Foundation
import Testing
@testable import PanelCore

/// The `markov` estimator through the ABI against PySAL giddy 2.3.8 with mapclassify 2.10.0, cross-checked there
/// against an independent NumPy implementation (references/evolution/markov_reference.py): NQP of the example panel
/// with quantile and given classes on 4-nearest-neighbour weights, giddy's own US income example (48 states,
/// 1929–2009, 5 classes) and a small panel with an empty row.
///
/// Tolerances: counts, row totals, empty rows, recurrent classes and degrees of freedom exact; cut points 1e-12
/// relative (the same linear interpolation written differently); probabilities 1e-13 absolute (giddy multiplies by
/// 1/n_i); steady states 1e-10 absolute (a QR solve here, quantecon's GTH there); mean first passage times 1e-9
/// relative (Kemeny–Snell's fundamental matrix there, one solve per destination here); Q, LR and χ² 1e-10 relative;
/// p-values 1e-8 relative (upper tails down to 1e-17, SciPy `chi2.sf`).
@Suite struct MarkovTests {
    static func fixture(_ name: String) -> (request: [String: Any], expected: [String: Any]) {
        let object = try! JSONSerialization.jsonObject(with: Data(Fixtures.text("evolution/markov_\(name).json").utf8)) as! [String: Any]
        return (object["request"] as! [String: Any], object["expected"] as! [String: Any])
    }

    static func numbers(_ value: Any?) -> [Double] { (value as? [Any])?.map { ($0 as? Double) ?? .nan } ?? [] }
    static func matrix(_ value: Any?) -> [[Double]] { (value as? [Any])?.map { numbers($0) } ?? [] }
    static func integers(_ value: Any?) -> [Int] { (value as? [Any])?.compactMap { $0 as? Int } ?? [] }

    static func expectClose(_ actual: [Double], _ expected: [Double], relative: Double = 0, absolute: Double = 0, _ what: String) {
        #expect(actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)")
        for (a, b) in zip(actual, expected) {
            #expect(abs(a - b) <= max(absolute, relative * abs(b)), "\(what): \(a) vs \(b)")
        }
    }

    /// Counts, probabilities, empty rows and the steady state of one chain (classic or one neighbour class).
    static func checkChain(_ chain: [String: Any], _ expected: [String: Any], _ what: String) {
        #expect(matrix(chain["counts"]) == matrix(expected["counts"]), "\(what) counts")
        #expect(numbers(chain["row_totals"]) == numbers(expected["row_totals"]), "\(what) row totals")
        #expect(integers(chain["empty_rows"]) == integers(expected["empty_rows"]), "\(what) empty rows")
        expectClose(matrix(chain["probabilities"]).flatMap { $0 }, matrix(expected["probabilities"]).flatMap { $0 }, absolute: 1e-13,
                    "\(what) probabilities")
        if expected["steady_state"] is NSNull {
            #expect(chain["steady_state"] is NSNull, "\(what) steady state should be null")
        } else {
            expectClose(numbers(chain["steady_state"]), numbers(expected["steady_state"]), absolute: 1e-10, "\(what) steady state")
        }
    }

    static func checkTest(_ test: Any?, _ expected: Any?, _ what: String) {
        let test = test as! [String: Any], expected = expected as! [String: Any]
        expectClose([test["statistic"] as! Double], [expected["statistic"] as! Double], relative: 1e-10, what)
        #expect(test["df"] as? Int == expected["df"] as? Int, "\(what) df")
        if let p = expected["p_value"] as? Double {
            expectClose([(test["p_value"] as? Double) ?? .nan], [p], relative: 1e-8, "\(what) p")
        } else {
            #expect(test["p_value"] is NSNull, "\(what) p should be null")
        }
    }

    @Test(arguments: ["nqp_quantiles", "nqp_cuts", "usjoin", "empty_row"])
    func againstGiddy(_ name: String) throws {
        let (request, expected) = Self.fixture(name)
        let response = ABIClient.run(request)
        let result = try #require(response["result"] as? [String: Any], "\(name): \(response)")
        let classes = result["classes"] as! [String: Any]
        #expect(classes["count"] as? Int == expected["classes"] as? Int)
        Self.expectClose(Self.numbers(classes["cuts"]), Self.numbers(expected["cuts"]), relative: 1e-12, "\(name) cuts")
        for member in ["initial", "final"] {
            let actual = result[member] as! [String: Any], reference = expected[member] as! [String: Any]
            #expect(Self.integers(actual["counts"]) == Self.integers(reference["counts"]), "\(name) \(member)")
            Self.expectClose(Self.numbers(actual["shares"]), Self.numbers(reference["shares"]), absolute: 1e-15, "\(name) \(member) shares")
        }
        let chain = result["chain"] as! [String: Any], expectedChain = expected["chain"] as! [String: Any]
        Self.checkChain(chain, expectedChain, "\(name) chain")
        if expectedChain["mean_first_passage"] is NSNull {
            #expect(chain["mean_first_passage"] is NSNull, "\(name): mean first passage should be null")
        } else {
            Self.expectClose(Self.matrix(chain["mean_first_passage"]).flatMap { $0 },
                             Self.matrix(expectedChain["mean_first_passage"]).flatMap { $0 }, relative: 1e-9, "\(name) mean first passage")
        }
        guard let expectedSpatial = expected["spatial"] as? [String: Any] else {
            #expect(result["spatial"] == nil, "\(name): no weights, no spatial chain")
            return
        }
        let spatial = try #require(result["spatial"] as? [String: Any])
        Self.expectClose(Self.numbers((spatial["lag_classes"] as! [String: Any])["cuts"]), Self.numbers(expectedSpatial["lag_cuts"]),
                         relative: 1e-12, "\(name) lag cuts")
        let chains = spatial["chains"] as! [[String: Any]], expectedChains = expectedSpatial["chains"] as! [[String: Any]]
        #expect(chains.count == expectedChains.count)
        for (l, (actual, reference)) in zip(chains, expectedChains).enumerated() {
            #expect(actual["lag_class"] as? Int == l)
            Self.checkChain(actual, reference, "\(name) lag class \(l)")
        }
        let tests = spatial["tests"] as! [String: Any], expectedTests = expectedSpatial["tests"] as! [String: Any]
        for test in ["q", "lr", "chi2"] { Self.checkTest(tests[test], expectedTests[test], "\(name) \(test)") }
        let byLag = (tests["chi2"] as! [String: Any])["by_lag_class"] as! [Any]
        let expectedByLag = (expectedTests["chi2"] as! [String: Any])["by_lag_class"] as! [Any]
        #expect(byLag.count == expectedByLag.count)
        for (l, (actual, reference)) in zip(byLag, expectedByLag).enumerated() { Self.checkTest(actual, reference, "\(name) chi2 lag \(l)") }
    }

    /// The schema's example — weights built from the example panel's coordinates (4 nearest neighbours by
    /// great-circle distance) — gives the same chains and tests as the fixture's dense matrix of the same neighbours.
    @Test func schemaExampleEqualsTheFixturesMatrix() throws {
        let dense = ABIClient.run(Self.fixture("nqp_quantiles").request)["result"] as! [String: Any]
        let response = ABIClient.decode(RequestLanguageTests.respond(EvolutionSchemas.markov.example))
        let example = try #require(response["result"] as? [String: Any], "\(response)")
        let tests = { (result: [String: Any]) in (result["spatial"] as! [String: Any])["tests"] as! [String: Any] }
        for test in ["q", "lr", "chi2"] {
            #expect((tests(dense)[test] as! [String: Any])["statistic"] as? Double == (tests(example)[test] as! [String: Any])["statistic"] as? Double)
        }
        let chains = { (result: [String: Any]) in ((result["spatial"] as! [String: Any])["chains"] as! [[String: Any]]).map { Self.matrix($0["counts"]) } }
        #expect(chains(dense) == chains(example))
    }

    /// Tables: the transition matrix with n per row and the distributions, the mean first passage times when the
    /// chain is irreducible, the spatial blocks with the test rows — in every publication format.
    @Test func tables() throws {
        var (request, _) = Self.fixture("usjoin")
        request["render"] = PublicationTable.formats
        let result = try #require(ABIClient.run(request)["result"] as? [String: Any])
        let rendered = try #require(result["rendered"] as? [String: String])
        #expect(rendered.keys.sorted() == PublicationTable.formats.sorted())
        let text = try #require(rendered["text"])
        for piece in ["Markov transition probabilities of rpci, 1929–2009", "Steady state", "Initial (1929)", "Final (2009)",
                      "Mean first passage times of rpci", "Lag 5", "Q ", "LR ", "χ²", "df = 60"] {
            #expect(text.contains(piece), "missing \(piece)")
        }
    }
}
