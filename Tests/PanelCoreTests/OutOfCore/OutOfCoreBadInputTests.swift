import Testing
@testable import PanelCore

/// Issue 23: an out-of-core regression refuses, with a code and a place, what would give a wrong fit — pieces of
/// another model, a unit split across pieces, a second effect without its level list or with a value outside it,
/// absorbed structures it cannot split by unit, clusters spanning units, robust errors without the scores pass,
/// and scores computed with another merged piece.
@Suite struct OutOfCoreBadInputTests {
    static var twoWay: OutOfCorePasses { OutOfCorePasses(formula: "NQP ~ DF + UL | city + year", vcov: "hc1", levels: ["year": Array(2013...2023)]) }
    static var first: [String: Any] { OutOfCorePasses.examplePartition(0, of: 2) }
    static var second: [String: Any] { OutOfCorePasses.examplePartition(1, of: 2) }

    static func error(_ response: [String: Any]) -> (code: String, place: String) {
        let error = response["error"] as? [String: Any] ?? [:]
        return (error["code"] as? String ?? "none", error["where"] as? String ?? "")
    }

    @Test func piecesOfAnotherModelAreRefusedByDigest() {
        let other = OutOfCorePasses(formula: "NQP ~ DF + CSL | city + year", vcov: "hc1", levels: ["year": Array(2013...2023)])
        let pieces = [Self.twoWay.result("factor", data: Self.first), other.result("factor", data: Self.second)]
        let failure = Self.error(Self.twoWay.respond("merge", pieces: pieces))
        #expect(failure == ("invalid_request", "/model/pieces/1/digest"))
    }

    @Test func aUnitInTwoPiecesIsRefusedByTheFinishOfPartitionPieces() {
        let piece = Self.twoWay.result("factor", data: Self.first)
        let failure = Self.error(Self.twoWay.respond("finish", pieces: [piece, piece]))
        #expect(failure == ("invalid_request", "/model/pieces/1/unit_hashes"))
    }

    @Test func aSecondEffectWithoutItsLevelsIsRefused() {
        let passes = OutOfCorePasses(formula: "NQP ~ DF + UL | city + year", vcov: "iid", levels: nil)
        #expect(Self.error(passes.respond("factor", data: Self.first)) == ("invalid_request", "/model/levels/year"))
    }

    @Test func aValueOutsideTheLevelListIsRefused() {
        let passes = OutOfCorePasses(formula: "NQP ~ DF + UL | city + year", vcov: "iid", levels: ["year": Array(2013...2022)])
        #expect(Self.error(passes.respond("factor", data: Self.first)) == ("invalid_request", "/model/levels/year"))
    }

    @Test(arguments: ["NQP ~ DF | city^year", "NQP ~ DF | city + year + province", "NQP ~ DF"])
    func absorbedStructuresOtherThanUnitAndOneEffectAreRefused(_ formula: String) {
        let passes = OutOfCorePasses(formula: formula, vcov: "iid", levels: nil)
        #expect(Self.error(passes.respond("factor", data: Self.first)) == ("bad_formula", "/model/formula"))
    }

    @Test func driscollKraayAndTwoWayClustersAreRefused() {
        for vcov: Any in ["driscoll_kraay", ["cluster": ["city", "year"]]] {
            let passes = OutOfCorePasses(formula: "NQP ~ DF | city", vcov: vcov, levels: nil)
            #expect(Self.error(passes.respond("factor", data: Self.first)) == ("invalid_option", "/model/vcov"))
        }
    }

    @Test func clustersSpanningUnitsAreRefused() {
        let passes = OutOfCorePasses(formula: "NQP ~ DF | city", vcov: ["cluster": "province"], levels: nil)
        let merged = passes.result("factor", data: Self.first)
        #expect(Self.error(passes.respond("scores", data: Self.first, pieces: [merged])) == ("invalid_option", "/model/vcov"))
    }

    @Test func robustErrorsWithoutTheScoresPassAreRefused() {
        let merged = Self.twoWay.result("merge", pieces: [Self.twoWay.result("factor", data: Self.first), Self.twoWay.result("factor", data: Self.second)])
        #expect(Self.error(Self.twoWay.respond("finish", pieces: [merged])) == ("invalid_request", "/model/pieces"))
    }

    @Test func scoresOfAnotherMergedPieceOrMissingPartitionsAreRefused() {
        let (a, b) = (Self.twoWay.result("factor", data: Self.first), Self.twoWay.result("factor", data: Self.second))
        let merged = Self.twoWay.result("merge", pieces: [a, b])
        let stale = Self.twoWay.result("scores", data: Self.first, pieces: [a])
        #expect(Self.error(Self.twoWay.respond("finish", pieces: [merged, stale])) == ("invalid_request", "/model/pieces"))
        let partial = Self.twoWay.result("scores", data: Self.first, pieces: [merged])
        #expect(Self.error(Self.twoWay.respond("finish", pieces: [merged, partial])) == ("invalid_request", "/model/pieces"))
    }

    @Test func passesGetTheInputsTheyNeed() {
        #expect(Self.error(Self.twoWay.respond("factor")) == ("invalid_request", "/data"))
        #expect(Self.error(Self.twoWay.respond("merge")) == ("invalid_request", "/model/pieces"))
        #expect(Self.error(Self.twoWay.respond("finish", data: Self.first)) == ("invalid_request", "/data"))
        let piece = Self.twoWay.result("factor", data: Self.first)
        #expect(Self.error(Self.twoWay.respond("factor", data: Self.first, pieces: [piece])) == ("invalid_request", "/model/pieces/0/kind"))
    }

    @Test func aMalformedPieceIsRefused() {
        var piece = Self.twoWay.result("factor", data: Self.first)
        piece["r"] = ["float64": "AAAAAAAA8D8="]
        #expect(Self.error(Self.twoWay.respond("merge", pieces: [piece, piece])) == ("invalid_request", "/model/pieces/0/r"))
    }
}
