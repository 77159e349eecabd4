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
            let periods = try #require(group["periods"] as? [[String: Any]]), expected = try #require(target["periods"] as? [[String: Any]])
            #expect(periods.count == expected.count)
            for (period, reference) in zip(periods, expected) {
                #expect(period["period"] as? Double == reference["period"] as? Double && period["n"] as? Double == reference["n"] as? Double)
                for key in ["mean", "sd", "cv", "sd_log"] {
                    #expect(isClose(period[key] as? Double ?? .nan, reference[key] as? Double ?? 0, relative: 1e-12), "\(key)")
                }
            }
            for name in ["cv_trend", "sd_log_trend"] {
                let trend = try #require(group[name] as? [String: Any]), reference = try #require(target[name] as? [String: Any])
                #expect(isClose(trend["slope"] as? Double ?? .nan, reference["slope"] as? Double ?? 0, relative: 1e-10))
                #expect(isClose(trend["std_error"] as? Double ?? .nan, reference["std_error"] as? Double ?? 0, relative: 1e-10))
                #expect(isClose(trend["p_value"] as? Double ?? .nan, reference["p_value"] as? Double ?? 0, relative: 1e-7))
            }
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
