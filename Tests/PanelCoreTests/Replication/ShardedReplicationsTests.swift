import Testing
@testable import PanelCore

/// Issue 23 (sharded replications): a model run as shards (`options.replications_range`) and combined (`shards`)
/// answers exactly the bytes of the unsharded request, for every estimator with a replication loop, whatever the
/// cut and the order of the shards; shards that do not fit the request are refused with a code and a place.
@Suite struct ShardedReplicationsTests {
    /// The catalogue example of `estimator` with `options` merged into its own.
    static func model(_ estimator: String, options: [(String, JSONValue)]) -> JSONObject {
        var model = EstimatorCatalogue.schema(named: estimator)!.example
        var merged = model["options"].flatMap { value -> JSONObject? in
            if case .object(let object) = value { return object }
            return nil
        } ?? JSONObject()
        for (key, value) in options {
            merged.members.removeAll { $0.key == key }
            merged.append(key, value)
        }
        model.members.removeAll { $0.key == "options" }
        model.append("options", .object(merged))
        return model
    }

    /// Every estimator with a replication loop, with few replications (and the loop switched on).
    static let replicatedModels: [(name: String, model: JSONObject, replications: Int)] = [
        ("placebo", model("placebo", options: [("replications", .number(60)), ("seed", .number(7))]), 60),
        ("mediation", model("mediation", options: [("replications", .number(40)), ("intervals", .array([.string("percentile"), .string("bca")]))]), 40),
        ("heterogeneity", model("heterogeneity", options: [("replications", .number(40))]), 40),
        ("threshold", model("threshold", options: [("replications", .number(20))]), 20),
        ("moran", model("moran", options: [("replications", .number(30))]), 30),
        ("lisa", model("lisa", options: [("replications", .number(20))]), 20),
        ("spatial_panel", model("spatial_panel", options: [("effects", .string("simulation")), ("replications", .number(50))]), 50),
    ]

    /// The request running `model` on the example panel, with `extra` top-level members.
    static func request(_ model: JSONObject, _ extra: [(String, JSONValue)] = []) -> JSONObject {
        request(holding: [("model", .object(model))], extra)
    }

    /// The request on the example panel with `what` (`model`, `models` or `study`) and `extra` top-level members.
    static func request(holding what: [(String, JSONValue)], _ extra: [(String, JSONValue)] = []) -> JSONObject {
        var request = JSONObject()
        request.append("abi", .number(1))
        request.append("data", .object(JSONObject([.init(key: "csv", value: .string(RequestLanguageTests.examplePanel))])))
        request.append("panel", .object(JSONObject([.init(key: "id", value: .string("city")), .init(key: "time", value: .string("year"))])))
        for (key, value) in what { request.append(key, value) }
        for (key, value) in extra { request.append(key, value) }
        return request
    }

    static func respond(_ request: JSONObject, executor: ReplicationExecutor = .serial) -> [UInt8] {
        PanelCoreABI.respond(to: JSONWriter.serialize(.object(request)), executor: executor)
    }

    /// The `result` of the response to `model` run for replications `range` only.
    static func shard(_ model: JSONObject, _ range: Range<Int>, executor: ReplicationExecutor = .serial) -> JSONValue {
        let ranged = with(model, option: "replications_range", .array([.number(Double(range.lowerBound)), .number(Double(range.upperBound))]))
        let response = respond(request(ranged), executor: executor)
        guard case .object(let root)? = try? JSONReader.parse(response), let result = root["result"] else {
            Issue.record("no shard: \(String(decoding: response.prefix(300), as: UTF8.self))")
            return .null
        }
        return result
    }

    static func with(_ model: JSONObject, option key: String, _ value: JSONValue) -> JSONObject {
        guard case .object(var options)? = model["options"] else { return model }
        options.append(key, value)
        var changed = model
        changed.members.removeAll { $0.key == "options" }
        changed.append("options", .object(options))
        return changed
    }

    /// The error of the response to `request`: code and place.
    static func error(_ request: JSONObject) -> (code: String, place: String, message: String) {
        let response = ABIClient.decode(respond(request))
        let error = response["error"] as? [String: Any] ?? [:]
        return (error["code"] as? String ?? "none", error["where"] as? String ?? "", error["message"] as? String ?? "")
    }

    @Test(arguments: replicatedModels.map { $0.name })
    func shardsCombineIntoTheUnshardedBytes(_ name: String) {
        let (_, model, count) = Self.replicatedModels.first { $0.name == name }!
        let render: [(String, JSONValue)] = [("render", .array([.string("text")]))]
        let whole = Self.respond(Self.request(model, render))
        #expect(PanelCoreABI.isSuccess(whole), "\(String(decoding: whole.prefix(300), as: UTF8.self))")
        let cut = count / 3
        let shards = [Self.shard(model, (cut + 1)..<count), Self.shard(model, 0..<cut), Self.shard(model, cut..<(cut + 1))]
        let combined = Self.respond(Self.request(model, render + [("shards", .array(shards))]))
        #expect(combined == whole, "\(String(decoding: combined.prefix(300), as: UTF8.self))")
    }

    /// A shard is the same whichever executor runs it (replication r draws from sub-stream r).
    @Test func aShardDoesNotDependOnTheExecutor() {
        let model = Self.replicatedModels[0].model
        let reversed = ReplicationExecutor { count, body in
            for index in (0..<count).reversed() { body(index) }
        }
        #expect(Self.shard(model, 5..<25, executor: reversed) == Self.shard(model, 5..<25))
    }

    @Test func aShardCarriesItsRangeSeedDigestAndOneLoop() {
        guard case .object(let shard) = Self.shard(Self.replicatedModels[0].model, 10..<20) else { return }
        #expect(shard.keys == ["estimator", "replications_range", "seed", "digest", "loops"])
        #expect(shard["replications_range"] == .array([.number(10), .number(20)]))
        #expect(shard["seed"] == .number(7))
        guard case .string(let digest)? = shard["digest"], case .array(let loops)? = shard["loops"] else { return }
        #expect(digest.utf8.count == 16)
        #expect(loops.count == 1)
    }

    // MARK: - Combining shards that do not fit

    static let placebo = replicatedModels[0].model

    @Test func overlappingShardsAreRefused() {
        let shards: [JSONValue] = [Self.shard(Self.placebo, 0..<30), Self.shard(Self.placebo, 20..<60)]
        let error = Self.error(Self.request(Self.placebo, [("shards", .array(shards))]))
        #expect(error.code == "invalid_request" && error.place == "/shards/1/replications_range" && error.message.contains("overlaps"))
    }

    @Test func aGapBetweenShardsIsRefused() {
        let shards: [JSONValue] = [Self.shard(Self.placebo, 0..<20), Self.shard(Self.placebo, 30..<60)]
        let error = Self.error(Self.request(Self.placebo, [("shards", .array(shards))]))
        #expect(error.code == "invalid_request" && error.place == "/shards" && error.message.contains("[20, 30) are in no shard"))
    }

    @Test func missingLastReplicationsAreRefused() {
        let shards: [JSONValue] = [Self.shard(Self.placebo, 0..<20), Self.shard(Self.placebo, 20..<40)]
        let error = Self.error(Self.request(Self.placebo, [("shards", .array(shards))]))
        #expect(error.code == "invalid_request" && error.place == "/shards" && error.message.contains("[40, 60) are in no shard"))
    }

    @Test func aShardOfAnotherRequestIsRefusedByItsDigest() {
        let other = Self.with(Self.placebo, option: "level", .number(0.9))
        let shards: [JSONValue] = [Self.shard(Self.placebo, 0..<30), Self.shard(other, 30..<60)]
        let error = Self.error(Self.request(Self.placebo, [("shards", .array(shards))]))
        #expect(error.code == "invalid_request" && error.place == "/shards/1/digest" && error.message.contains("another request"))
    }

    @Test func aShardDrawnWithAnotherSeedIsRefused() {
        let reseeded = Self.model("placebo", options: [("replications", .number(60)), ("seed", .number(8))])
        let shards: [JSONValue] = [Self.shard(Self.placebo, 0..<30), Self.shard(reseeded, 30..<60)]
        let error = Self.error(Self.request(Self.placebo, [("shards", .array(shards))]))
        #expect(error.code == "invalid_request" && error.place == "/shards/1/seed" && error.message.contains("seed 8"))
    }

    @Test func aShardWhoseCountsDoNotFitItsValuesIsRefused() {
        guard case .object(var shard) = Self.shard(Self.placebo, 0..<60), case .array(var loops)? = shard["loops"],
              case .object(var loop) = loops[0] else { return }
        loop.members.removeAll { $0.key == "values" }
        loop.append("values", .object(JSONObject([.init(key: "float64", value: .string("AAAAAAAA8D8="))])))
        loops[0] = .object(loop)
        shard.members.removeAll { $0.key == "loops" }
        shard.append("loops", .array(loops))
        let error = Self.error(Self.request(Self.placebo, [("shards", .array([.object(shard)]))]))
        #expect(error.code == "invalid_request" && error.place == "/shards/0/loops/0/counts")
    }

    @Test func shardsAreANonEmptyArrayOfObjects() {
        #expect(Self.error(Self.request(Self.placebo, [("shards", .array([]))])).place == "/shards")
        #expect(Self.error(Self.request(Self.placebo, [("shards", .array([.number(1)]))])).place == "/shards/0")
    }

    @Test func aCombiningModelHasNoRange() {
        let ranged = Self.with(Self.placebo, option: "replications_range", .array([.number(0), .number(10)]))
        let error = Self.error(Self.request(ranged, [("shards", .array([Self.shard(Self.placebo, 0..<60)]))]))
        #expect(error.code == "invalid_request" && error.place == "/model/options/replications_range")
    }

    // MARK: - Ranges that do not fit

    @Test func aRangeBeyondTheReplicationsIsRefused() {
        let ranged = Self.with(Self.placebo, option: "replications_range", .array([.number(50), .number(70)]))
        let error = Self.error(Self.request(ranged))
        #expect(error.code == "invalid_option" && error.place == "/model/options/replications_range" && error.message.contains("[0, 60)"))
    }

    @Test(arguments: ["[5, 5]", "[-1, 3]", "[1.5, 3]", "[3]", "[0, 1e10]"])
    func aMalformedRangeIsRefused(_ text: String) throws {
        let range = try JSONReader.parse(Array(text.utf8))
        let error = Self.error(Self.request(Self.with(Self.placebo, option: "replications_range", range)))
        #expect(error.code == "invalid_option" && error.place == "/model/options/replications_range")
    }

    /// Moran's I without permutations (a loop of 0) and the fake-years placebo (no loop at all).
    @Test func aRangeOfAModelWithoutReplicationsIsRefused() {
        let range: (String, JSONValue) = ("replications_range", .array([.number(0), .number(1)]))
        for model in [Self.model("moran", options: [("replications", .number(0)), range]),
                      Self.model("placebo", options: [("mode", .string("fake_years")), range])] {
            let error = Self.error(Self.request(model))
            #expect(error.code == "invalid_option" && error.place == "/model/options/replications_range" && error.message.contains("no replications"))
        }
    }

    @Test func estimatorsWithoutReplicationsDoNotTakeARange() {
        let ols = Self.model("ols", options: [("replications_range", .array([.number(0), .number(1)]))])
        let error = Self.error(Self.request(ols))
        #expect(error.code == "invalid_request" && error.place == "/model/options/replications_range")
    }
}
