import Foundation
import Testing
@testable import PanelCore

/// `convergence` with `group`: σ convergence within each region of the example panel against pandas
/// `groupby([region, year])` and scipy `linregress` (references/evolution/convergence_groups_reference.py; σ measures
/// 1e-12 relative, trends 1e-10, p-values 1e-7), its table in every format, and its bad inputs.
@Suite struct ConvergenceGroupTests {
    static var fixture: [String: Any] { EvolutionFixture.expected("convergence_sigma_groups") }

    @Test func sigmaByGroupMatchesPandas() throws {
        let response = EvolutionFixture.run(try #require(Self.fixture["model"] as? [String: Any]))
        let result = try #require(response["result"] as? [String: Any], "\(response)")
        #expect(result["group"] as? String == "region")
        let groups = try #require((result["sigma"] as? [String: Any])?["groups"] as? [[String: Any]])
        let targets = try #require(Self.fixture["groups"] as? [[String: Any]])
        #expect(groups.count == targets.count)
        for (group, target) in zip(groups, targets) {
            #expect(group["group"] as? String == target["group"] as? String)
            try ConvergenceTests.expectSigma(group, matches: target)
        }
    }

    @Test func rendersTheGroupTableInEveryFormat() throws {
        let response = EvolutionFixture.run(["estimator": "convergence", "formula": "NQP ~ 1 | city + year", "group": "region"],
                                            render: PublicationTable.formats)
        let rendered = try #require((response["result"] as? [String: Any])?["rendered"] as? [String: String])
        #expect(rendered.keys.sorted() == PublicationTable.formats.sorted())
        let text = try #require(rendered["text"])
        #expect(text.contains("σ convergence of NQP by region") && text.contains("Northwest") && text.contains("Southwest"))
    }

    /// A group with a single unit has no dispersion in any period: `no_observations` at the group member.
    @Test func singleUnitGroupIsRefused() {
        let text = #"{"abi": 1, "data": {"columns": {"id": ["a","a","b","b","c","c"], "g": ["x","x","x","x","z","z"], "t": [1,2,1,2,1,2], "y": [1,2,4,3,5,2]}}, "panel": {"id": "id", "time": "t"}, "model": {"estimator": "convergence", "formula": "y ~ 1", "group": "g"}}"#
        let response = ABIClient.run(text: text)
        #expect(ABIClient.errorCode(response) == "no_observations")
        let error = response["error"] as? [String: Any]
        #expect(error?["where"] as? String == "/model/group")
        #expect((error?["message"] as? String)?.contains("group 'z'") == true)
    }

    @Test func unknownGroupColumn() {
        let response = EvolutionFixture.run(["estimator": "convergence", "formula": "NQP ~ 1", "group": "province"])
        #expect(ABIClient.errorCode(response) == "unknown_column")
        #expect((response["error"] as? [String: Any])?["where"] as? String == "/model/group")
    }
}
