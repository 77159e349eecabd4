/// The JSON of a shard (docs/ABI.md, "Sharded replications"): `{"estimator", "replications_range": [first, end],
/// "seed", "digest", "loops": [{"replications", "counts": {"int32": BASE64}, "values": {"float64": BASE64}}]}` —
/// per loop, how many doubles each replication of the range gave and all of them in order, as the binary columns of
/// `data` carry numbers (little-endian, base64), bit for bit (infinities and NaNs included).
enum ShardResult {
    static let members = ["estimator", "replications_range", "seed", "digest", "loops"]
    /// Largest replication index a range may name (2³¹ − 1: an `int32` everywhere).
    static let largestIndex = Double(Int32.max)

    static func json(estimator: String, range: Range<Int>, seed: UInt64, digest: String, loops: [ReplicationShards.Loop]) -> JSONValue {
        var object = JSONObject()
        object.append("estimator", .string(estimator))
        object.append("replications_range", .array([.number(Double(range.lowerBound)), .number(Double(range.upperBound))]))
        object.append("seed", .number(Double(seed)))
        object.append("digest", .string(digest))
        object.append("loops", .array(loops.map { loop in
            var item = JSONObject()
            item.append("replications", .number(Double(loop.replications)))
            item.append("counts", BinaryColumnJSON.int32(loop.counts))
            item.append("values", BinaryColumnJSON.float64(loop.values))
            return .object(item)
        }))
        return .object(object)
    }

    /// `[first, end]` with whole numbers 0 ≤ first < end ≤ 2³¹ − 1, as a range; else an error `code` at `location`.
    static func range(_ value: JSONValue, code: PanelError.Code, at location: String) throws(PanelError) -> Range<Int> {
        guard case .array(let bounds) = value, bounds.count == 2,
              case .number(let first) = bounds[0], case .number(let end) = bounds[1],
              first >= 0, end <= largestIndex, first < end,
              first == first.rounded(.towardZero), end == end.rounded(.towardZero) else {
            throw PanelError(code, "replications_range must be [first, end]: whole numbers with 0 <= first < end <= \(Int32.max) (replications first to end - 1)",
                             at: location)
        }
        return Int(first)..<Int(end)
    }

    /// The shards of a combining request (the `result` objects of the shards' responses, each with its index in the
    /// request's `shards`), each checked for its form, then that it was drawn with `seed` and comes from a request
    /// with digest `digest`.
    static func shards(_ values: [(index: Int, value: JSONValue)], seed: UInt64, digest: String, at location: String) throws(PanelError) -> [ReplicationShards.Shard] {
        var shards: [ReplicationShards.Shard] = []
        for (k, value) in values {
            let place = location + "/\(k)"
            guard case .object(let object) = value else {
                throw PanelError(.invalidRequest, "each shard must be an object: the 'result' of a response to a request with replications_range", at: place)
            }
            try object.requireOnly(members, at: place)
            guard let rangeValue = object["replications_range"] else {
                throw PanelError(.invalidRequest, "the shard has no replications_range", at: place)
            }
            let range = try Self.range(rangeValue, code: .invalidRequest, at: place + "/replications_range")
            guard let shardSeed = try object.seed(at: place) else {
                throw PanelError(.invalidRequest, "the shard has no seed", at: place)
            }
            guard shardSeed == seed else {
                throw PanelError(.invalidRequest, "the shard was drawn with seed \(shardSeed); this model's seed is \(seed)", at: place + "/seed")
            }
            let shardDigest = try object.requireString("digest", at: place)
            guard shardDigest == digest else {
                throw PanelError(.invalidRequest, "the shard comes from another request (digest \(shardDigest); this request's is \(digest)): "
                                 + "its data, panel, steps or model differ", at: place + "/digest")
            }
            var loops: [ReplicationShards.Loop] = []
            for (j, item) in (try object.array("loops", at: place) ?? []).enumerated() {
                loops.append(try loop(item, replications: range.count, at: place + "/loops/\(j)"))
            }
            shards.append(ReplicationShards.Shard(range: range, seed: shardSeed, loops: loops, location: place))
        }
        return shards
    }

    /// One loop of a shard holding `replications` replications: counts and values consistent.
    private static func loop(_ value: JSONValue, replications: Int, at location: String) throws(PanelError) -> ReplicationShards.Loop {
        guard case .object(let object) = value else {
            throw PanelError(.invalidRequest, "each loop must be an object with replications, counts and values", at: location)
        }
        try object.requireOnly(["replications", "counts", "values"], at: location)
        guard let total = try object.number("replications", at: location), total >= 0, total <= largestIndex, total == total.rounded(.towardZero) else {
            throw PanelError(.invalidRequest, "replications must be a whole number", at: location + "/replications")
        }
        let counts = try BinaryColumnJSON.read(object, "counts", encoding: ("int32", 4), at: location)
        let values = try BinaryColumnJSON.read(object, "values", encoding: ("float64", 8), at: location)
        guard counts.count == replications, counts.allSatisfy({ $0 >= 0 }), counts.reduce(0, +) == Double(values.count) else {
            throw PanelError(.invalidRequest, "counts must give, for each of the range's \(replications) replications, how many of the \(values.count) values are its own",
                             at: location + "/counts")
        }
        return ReplicationShards.Loop(replications: Int(total), counts: counts.map { Int($0) }, values: values)
    }
}
