import Testing
@testable import PanelCore

/// Issue 23 (an out-of-core regression that scales): the split-unit check runs in hash buckets — each partition's
/// fingerprints routed into K buckets, each bucket checked alone (`units` pass), the finish checking that the bucket
/// answers cover every bucket once and count the merged piece's units — so no piece holds every unit. The fit equals
/// `ols` for any bucket count; a unit in two partitions, a missing or repeated bucket, a partition left out of the
/// buckets and a merged piece without bucket checks are refused, each with a code and a place.
@Suite struct OutOfCoreUnitCheckTests {
    static var passes: OutOfCorePasses { OutOfCorePasses(formula: "y ~ x1 + x2 | id + t", vcov: ["cluster": "id"], levels: ["t": Array(0..<8)]) }

    static func error(_ response: [String: Any]) -> (code: String, place: String, message: String) {
        let error = response["error"] as? [String: Any] ?? [:]
        return (error["code"] as? String ?? "none", error["where"] as? String ?? "", error["message"] as? String ?? "")
    }

    /// The factor pieces of the simulated panel's three partitions and their merged piece.
    static func pieces() -> (partitions: [[String: Any]], merged: [String: Any]) {
        let partitions = OutOfCoreRegressionTests.simulatedPanel().partitions.map { passes.result("factor", data: $0) }
        return (partitions, passes.result("merge", pieces: partitions))
    }

    @Test(arguments: [1, 3, 7])
    func anyBucketCountGivesTheOLSFit(_ buckets: Int) {
        let (all, partitions) = OutOfCoreRegressionTests.simulatedPanel()
        OutOfCoreRegressionTests.compare(Self.passes.fit(partitions, buckets: buckets), Self.passes.single(all))
    }

    @Test func theMergedPieceCarriesCountsNotFingerprints() {
        let (partitions, merged) = Self.pieces()
        #expect(merged["unit_hashes"] == nil)
        #expect(partitions.allSatisfy { $0["unit_hashes"] != nil })
        #expect(merged["units"] as? Double == partitions.reduce(0) { $0 + ($1["units"] as? Double ?? 0) })
        let checks = Self.passes.unitChecks(partitions, buckets: 5)
        #expect(checks.map { $0["bucket"] as? Double } == [0, 1, 2, 3, 4])
        #expect(checks.reduce(0) { $0 + ($1["units"] as? Double ?? 0) } == merged["units"] as? Double)
    }

    @Test func aUnitInTwoPartitionsIsRefusedInItsBucket() {
        let (partitions, _) = Self.pieces()
        let lists = Self.passes.routedLists([partitions[0], partitions[1], partitions[0]], buckets: 1)[0]
        let failure = Self.error(Self.passes.respond("units", pieces: lists))
        #expect((failure.code, failure.place) == ("invalid_request", "/model/pieces/2/unit_hashes"))
        #expect(failure.message.hasPrefix("a unit lies in two pieces"))
    }

    @Test func aListOfAnotherBucketOrAFingerprintOutsideItsBucketIsRefused() {
        let (partitions, _) = Self.pieces()
        let lists = Self.passes.routedLists([partitions[1]], buckets: 2)
        #expect(Self.error(Self.passes.respond("units", pieces: [lists[0][0], lists[1][0]])).place == "/model/pieces/1/bucket")
        var moved = lists[0][0] as? [String: Any] ?? [:]
        moved["bucket"] = 1
        #expect(Self.error(Self.passes.respond("units", pieces: [moved])).place == "/model/pieces/0/unit_hashes")
    }

    @Test func aMissingOrRepeatedBucketIsRefused() {
        let (partitions, merged) = Self.pieces()
        let checks = Self.passes.unitChecks(partitions, buckets: 3)
        let missing = Self.error(Self.passes.respond("finish", pieces: [merged] + Self.scores(merged) + checks.dropLast()))
        #expect((missing.code, missing.place) == ("invalid_request", "/model/pieces"))
        let repeated = Self.error(Self.passes.respond("finish", pieces: [merged] + Self.scores(merged) + checks + [checks[1]]))
        #expect((repeated.code, repeated.place) == ("invalid_request", "/model/pieces/7/bucket"))
    }

    @Test func bucketsThatMissAPartitionAreRefusedByTheirCount() {
        let (partitions, merged) = Self.pieces()
        let checks = Self.passes.unitChecks(Array(partitions.dropLast()), buckets: 2)
        let failure = Self.error(Self.passes.respond("finish", pieces: [merged] + Self.scores(merged) + checks))
        #expect((failure.code, failure.place) == ("invalid_request", "/model/pieces"))
    }

    @Test func aMergedPieceWithoutBucketChecksIsRefused() {
        let merged = Self.pieces().merged
        let failure = Self.error(Self.passes.respond("finish", pieces: [merged] + Self.scores(merged)))
        #expect((failure.code, failure.place) == ("invalid_request", "/model/pieces"))
    }

    @Test func theRoutePassTakesOnePartitionPieceAndABucketCount() {
        let (partitions, merged) = Self.pieces()
        #expect(Self.error(Self.passes.respond("route", pieces: [merged], buckets: 2)).place == "/model/pieces")
        #expect(Self.error(Self.passes.respond("route", pieces: [partitions[0]])).place == "/model/buckets")
    }

    @Test func theEffectsPassNamesTheUnitAndTheSecondEffect() {
        let twoWay = ABIClient.run(["abi": 1, "model": ["estimator": "ols_partial", "pass": "effects", "formula": "y ~ x | firm + year"]])
        let result = twoWay["result"] as? [String: Any] ?? [:]
        #expect(result["unit"] as? String == "firm" && result["effect"] as? String == "year")
        let oneWay = ABIClient.run(["abi": 1, "model": ["estimator": "ols_partial", "pass": "effects", "formula": "y ~ x | firm"]])
        #expect((oneWay["result"] as? [String: Any])?["unit"] as? String == "firm")
        let refused = ABIClient.run(["abi": 1, "model": ["estimator": "ols_partial", "pass": "effects", "formula": "y ~ x | firm^year"]])
        #expect(Self.error(refused).place == "/model/formula")
    }

    static func scores(_ merged: [String: Any]) -> [[String: Any]] {
        OutOfCoreRegressionTests.simulatedPanel().partitions.map { passes.result("scores", data: $0, pieces: [merged]) }
    }
}
