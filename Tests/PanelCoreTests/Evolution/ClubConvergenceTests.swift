import Foundation
import Testing
@testable import PanelCore

/// `club_convergence` against convergence-clubs 0.1.2 (the Python port of R ConvergenceClubs: `hp_filter` λ = 400 of
/// ln y, `log_t_test` and `find_clubs` with r = 0.3, FQSB, c* = 0 fixed, the max-t core rule; `merge_clubs(method="PS")`), cross-checked by a NumPy
/// implementation written from Phillips and Sul (references/evolution/club_convergence_reference.py), on the
/// example panel and a simulated panel with three clubs of ten. Tolerances: log t coefficient, standard error and t
/// 1e-8 relative (the HP trend is a linear solve; the log t regression amplifies its rounding through log Hₜ).
@Suite struct ClubConvergenceTests {
    static func run(_ name: String, render: [String] = []) throws -> (result: [String: Any], expected: [String: Any]) {
        let fixture = EvolutionFixture.expected("club_convergence_" + name)
        let model = try #require(fixture["model"] as? [String: Any])
        let csv = name == "simulated" ? Fixtures.text("evolution/club_convergence_simulated.csv") : EvolutionFixture.csv
        var request: [String: Any] = ["abi": 1, "data": ["csv": csv], "panel": ["id": "city", "time": "year"], "model": model]
        if !render.isEmpty { request["render"] = render }
        let response = ABIClient.run(request)
        return (try #require(response["result"] as? [String: Any], "\(response)"), try #require(fixture["expected"] as? [String: Any]))
    }

    static func matches(_ test: Any?, _ reference: Any?) -> Bool {
        guard let test = test as? [String: Any], let reference = reference as? [String: Any] else { return false }
        return ["coefficient", "std_error", "t", "intercept"].allSatisfy { key in
            isClose(test[key] as? Double ?? .nan, reference[key] as? Double ?? 0, relative: 1e-8)
        }
    }

    @Test(arguments: ["nqp", "simulated"]) func matchesConvergenceClubs(_ name: String) throws {
        let (result, expected) = try Self.run(name)
        #expect(result["trimmed_periods"] as? Double == (expected["trimmed_periods"] as? Int).map { Double($0) })
        #expect(Self.matches(result["overall"], expected["overall"]))
        let clubs = try #require(result["clubs"] as? [[String: Any]]), targets = try #require(expected["clubs"] as? [[String: Any]])
        #expect(clubs.count == targets.count)
        for (club, target) in zip(clubs, targets) {
            #expect(club["units"] as? [String] == target["units"] as? [String])
            #expect(Self.matches(club["log_t"], target["log_t"]))
        }
        #expect(result["divergent"] as? [String] == expected["divergent"] as? [String])
        let merged = try #require(result["merged_clubs"] as? [[String: Any]])
        let mergedTargets = try #require(expected["merged_clubs"] as? [[String: Any]])
        #expect(merged.count == mergedTargets.count)
        for (club, target) in zip(merged, mergedTargets) {
            #expect(club["units"] as? [String] == target["units"] as? [String])
            #expect(club["merged_from"] as? [Double] == (target["merged_from"] as? [Int])?.map { Double($0) })
            #expect(Self.matches(club["log_t"], target["log_t"]))
        }
    }

    @Test func simulatedClubsAreTheTruth() throws {
        let (result, _) = try Self.run("simulated")
        let clubs = try #require(result["clubs"] as? [[String: Any]])
        let members = clubs.map { Set(($0["units"] as? [String]) ?? []) }
        let truth = (0..<3).map { c in Set((0..<10).map { "u" + String(format: "%02d", 10 * c + $0) }) }
        #expect(members == truth)
    }

    @Test func rendersInEveryFormat() throws {
        let (result, _) = try Self.run("simulated", render: PublicationTable.formats)
        let rendered = try #require(result["rendered"] as? [String: String])
        #expect(rendered.keys.sorted() == PublicationTable.formats.sorted())
        #expect(rendered["text"]?.contains("Club convergence of y") == true && rendered["text"]?.contains("Club 3") == true)
    }
}
