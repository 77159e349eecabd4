import Testing
@testable import PanelCore

/// Issue 22 (replication shards in the browser's workers): `shards` beside `models` or a `study` — each model combines
/// the shards carrying its digest, a model without shards runs its loops itself, and the answer is exactly the bytes
/// of the request without `shards`; a shard that is no model's, or shards beside `compare`, are refused.
@Suite struct ShardsBesideModelsTests {
    typealias Sharded = ShardedReplicationsTests

    static let placebo = Sharded.replicatedModels[0].model
    static let mediation = Sharded.replicatedModels[1].model
    static let ols = EstimatorCatalogue.schema(named: "ols")!.example

    /// `model` (with `count` replications) cut into three shards.
    static func shards(_ model: JSONObject, count: Int) -> [JSONValue] {
        [Sharded.shard(model, 0..<(count / 3)), Sharded.shard(model, (count / 3)..<count - 1), Sharded.shard(model, (count - 1)..<count)]
    }

    static let models: (String, JSONValue) = ("models", .array([.object(placebo), .object(ols), .object(mediation)]))
    static let tables: (String, JSONValue) = ("tables", .array([.object(JSONObject([.init(key: "models", value: .array([.number(1)]))]))]))

    @Test func shardsCombineIntoAModelsRequestsBytes() {
        let whole = Sharded.respond(Sharded.request(holding: [Self.models], [Self.tables]))
        #expect(PanelCoreABI.isSuccess(whole), "\(String(decoding: whole.prefix(300), as: UTF8.self))")
        let shards = Self.shards(Self.mediation, count: 40) + Self.shards(Self.placebo, count: 60)
        let combined = Sharded.respond(Sharded.request(holding: [Self.models], [Self.tables, ("shards", .array(shards))]))
        #expect(combined == whole, "\(String(decoding: combined.prefix(300), as: UTF8.self))")
    }

    @Test func aModelWithoutShardsRunsItsOwnLoop() {
        let whole = Sharded.respond(Sharded.request(holding: [Self.models]))
        let combined = Sharded.respond(Sharded.request(holding: [Self.models], [("shards", .array(Self.shards(Self.placebo, count: 60)))]))
        #expect(combined == whole, "\(String(decoding: combined.prefix(300), as: UTF8.self))")
    }

    /// The placebo appears in two sections: both take the same shards.
    @Test func shardsCombineIntoAStudysBytes() {
        let section = { (models: [JSONObject]) -> JSONValue in
            .object(JSONObject([.init(key: "title", value: .string("S")), .init(key: "models", value: .array(models.map { .object($0) }))]))
        }
        let study: (String, JSONValue) = ("study", .object(JSONObject([.init(key: "title", value: .string("T")), .init(key: "sections",
            value: .array([section([Self.placebo]), section([Self.mediation]), section([Self.ols, Self.placebo])]))])))
        let whole = Sharded.respond(Sharded.request(holding: [study]))
        #expect(PanelCoreABI.isSuccess(whole), "\(String(decoding: whole.prefix(300), as: UTF8.self))")
        let shards = Self.shards(Self.placebo, count: 60) + Self.shards(Self.mediation, count: 40)
        let combined = Sharded.respond(Sharded.request(holding: [study], [("shards", .array(shards))]))
        #expect(combined == whole, "\(String(decoding: combined.prefix(300), as: UTF8.self))")
    }

    @Test func aShardOfNoModelIsRefused() {
        let other = Sharded.with(Self.placebo, option: "level", .number(0.9))
        let shards = Self.shards(Self.placebo, count: 60) + [Sharded.shard(other, 0..<60)]
        let error = Sharded.error(Sharded.request(holding: [Self.models], [("shards", .array(shards))]))
        #expect(error.code == "invalid_request" && error.place == "/shards/3/digest" && error.message.contains("no model's"))
    }

    @Test func aShardWithoutDigestBesideModelsIsRefused() {
        let error = Sharded.error(Sharded.request(holding: [Self.models], [("shards", .array([.number(1)]))]))
        #expect(error.code == "invalid_request" && error.place == "/shards/0")
    }

    /// A model's shards beside others are checked as a lone model's are: here one replication is missing.
    @Test func aModelsShardsBesideOthersMustCoverItsLoop() {
        let shards = Array(Self.shards(Self.placebo, count: 60).dropLast())
        let error = Sharded.error(Sharded.request(holding: [Self.models], [("shards", .array(shards))]))
        #expect(error.code == "invalid_request" && error.place == "/shards" && error.message.contains("[59, 60) are in no shard"))
    }

    @Test func shardsBesideCompareAreRefused() {
        let compare: [(String, JSONValue)] = [("compare", .array([.object(JSONObject())])), ("tables", .array([.object(JSONObject())]))]
        let error = Sharded.error(Sharded.request(holding: compare, [("shards", .array(Self.shards(Self.placebo, count: 60)))]))
        #expect(error.code == "invalid_request" && error.place == "/shards" && error.message.contains("compare"))
    }
}
