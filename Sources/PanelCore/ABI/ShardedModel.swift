/// A model whose replications are sharded (docs/ABI.md, "Sharded replications"). With
/// `options.replications_range: [first, end)` the model runs only those replications of its loops and answers them
/// raw (`ShardResult`) in place of its result; in a request with top-level `shards` it takes every replication from
/// its shards (`RequestShards`) and answers exactly the bytes of the unsharded request. Either way the shards carry
/// the request's digest (`RequestDigest`) and seed, which must match.
struct ShardedModel {
    /// The model object without `options.replications_range`, as the estimator reads it.
    let spec: JSONObject
    /// The loops' shards: recording the range, replaying the request's shards, or nil for an ordinary model.
    let shards: ReplicationShards?
    private let recordedRange: Range<Int>?
    private let digest: String

    /// `model` (already without `max_seconds`) at `location`, run on `table` and `panel`, combining its shards of
    /// `shardResults` (the request's `shards`) when given.
    init(_ model: JSONObject, table: DataTable?, panel: PanelIndex?, shardResults: RequestShards?, at location: String) throws(PanelError) {
        let place = location + "/options/replications_range"
        let rangeValue = try model.object("options", at: location)?["replications_range"]
        spec = rangeValue == nil ? model : model.removingOption("replications_range")
        guard rangeValue != nil || shardResults != nil else {
            (shards, recordedRange, digest) = (nil, nil, "")
            return
        }
        digest = RequestDigest.of(table: table, panel: panel, model: spec)
        if let rangeValue {
            guard shardResults == nil else {
                throw PanelError(.invalidRequest, "a request combining shards runs the whole model: remove replications_range", at: place)
            }
            let range = try ShardResult.range(rangeValue, code: .invalidOption, at: place)
            recordedRange = range
            shards = .recording(range, at: place)
        } else {
            recordedRange = nil
            let own = shardResults?.shards(for: digest) ?? []
            guard !own.isEmpty else {
                shards = nil // beside other models: none of the shards is this model's, which runs its loops itself
                return
            }
            let seed = try spec.object("options", at: location)?.seed(at: location + "/options") ?? 0
            let read = try ShardResult.shards(own, seed: seed, digest: digest, at: "/shards")
            shards = try .replaying(read, at: "/shards")
        }
    }

    /// The answer of the model once `estimator` has given `result`: the shard of the recorded range, or `result`.
    func answer(_ result: JSONValue, estimator: String) throws(PanelError) -> JSONValue {
        guard let shards else { return result }
        try shards.finish()
        guard let recordedRange else { return result }
        return ShardResult.json(estimator: estimator, range: recordedRange, seed: shards.seed ?? 0, digest: digest, loops: shards.recorded)
    }
}
