/// The replication loops of one sharded model (docs/ABI.md, "Sharded replications"). With
/// `options.replications_range: [first, end)` (`recording`) every loop runs only replications first..<end, keeps
/// their values (`recorded`) and hands the estimator placeholders for the rest, whose result is then discarded;
/// combining shards (`replaying`), every loop takes all its replications' values from the shards instead of drawing
/// them, so the estimator reduces exactly the values the unsharded run computes. Loops are matched by the order in
/// which the estimator runs them, which the request alone decides.
public final class ReplicationShards {
    /// The values of one loop's replications: `counts[i]` doubles for replication i, one after another in `values`.
    public struct Loop: Equatable {
        /// How many replications the whole loop has.
        public let replications: Int
        public var counts: [Int] = []
        public var values: [Double] = []
    }

    /// One shard's range, seed and loops, and where the request holds it (for errors).
    public struct Shard {
        public let range: Range<Int>
        public let seed: UInt64
        public let loops: [Loop]
        public let location: String
    }

    private enum Mode {
        case recording(Range<Int>)
        case replaying([Shard])
    }

    private let mode: Mode
    /// Where errors about the range or the shards point.
    private let location: String
    /// The loops run so far (recording: with the range's values).
    public private(set) var recorded: [Loop] = []
    /// The seed of the loops run so far (nil before the first).
    public private(set) var seed: UInt64?

    private init(_ mode: Mode, at location: String) {
        self.mode = mode
        self.location = location
    }

    /// Loops that run only `range` (non-empty) and record it; `location` is the range option's.
    public static func recording(_ range: Range<Int>, at location: String) -> ReplicationShards {
        ReplicationShards(.recording(range), at: location)
    }

    /// Loops that take their values from `shards`, sorted by range, which must cover 0..<end without overlap (checked
    /// here: `invalid_request` at the later of two overlapping shards, or at `location` for a gap); each loop then
    /// checks that end is its number of replications.
    public static func replaying(_ shards: [Shard], at location: String) throws(PanelError) -> ReplicationShards {
        let sorted = shards.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var covered = 0
        for (k, shard) in sorted.enumerated() {
            if shard.range.lowerBound < covered {
                throw PanelError(.invalidRequest, "shard \(Self.text(shard.range)) overlaps shard \(Self.text(sorted[k - 1].range))",
                                 at: shard.location + "/replications_range")
            }
            if shard.range.lowerBound > covered {
                throw PanelError(.invalidRequest, "replications \(Self.text(covered..<shard.range.lowerBound)) are in no shard", at: location)
            }
            covered = shard.range.upperBound
        }
        return ReplicationShards(.replaying(sorted), at: location)
    }

    /// The results of a loop of `count` replications drawn with `seed`: recording, `compute(range)` for the range
    /// (with placeholders, repeats of the computed values, for the others); replaying, the shards' values.
    func loop<Result: ReplicationValue>(count: Int, seed: UInt64,
                                        compute: (Range<Int>) throws(PanelError) -> [Result]) throws(PanelError) -> [Result] {
        defer { self.seed = seed }
        switch mode {
        case .recording(let range):
            guard count > 0 else { throw Self.noReplications(at: location) }
            guard range.upperBound <= count else {
                throw PanelError(.invalidOption, "replications_range \(Self.text(range)) lies outside the model's replications \(Self.text(0..<count))",
                                 at: location)
            }
            let computed = try compute(range)
            var loop = Loop(replications: count)
            for result in computed {
                let before = loop.values.count
                result.appendDoubles(to: &loop.values)
                loop.counts.append(loop.values.count - before)
            }
            recorded.append(loop)
            return (0..<count).map { computed[$0 % computed.count] }
        case .replaying(let shards):
            let index = recorded.count
            recorded.append(Loop(replications: count))
            return try Self.replay(shards, loop: index, count: count, at: location)
        }
    }

    /// Checks, once the model has run, that recording met a loop and replaying used every loop of every shard.
    func finish() throws(PanelError) {
        switch mode {
        case .recording:
            guard !recorded.isEmpty else { throw Self.noReplications(at: location) }
        case .replaying(let shards):
            for shard in shards where shard.loops.count != recorded.count {
                throw PanelError(.invalidRequest, "the shard holds \(shard.loops.count) replication loops; the model runs \(recorded.count)",
                                 at: shard.location + "/loops")
            }
        }
    }

    /// Loop `index` of `shards` read back as results: the ranges must end at `count`, and each shard's loop must have
    /// `count` replications whose values read as results.
    private static func replay<Result: ReplicationValue>(_ shards: [Shard], loop index: Int, count: Int,
                                                         at location: String) throws(PanelError) -> [Result] {
        let end = shards.last?.range.upperBound ?? 0
        if end < count {
            throw PanelError(.invalidRequest, "replications \(text(end..<count)) are in no shard", at: location)
        }
        var results: [Result] = []
        results.reserveCapacity(count)
        for shard in shards {
            guard shard.range.upperBound <= count else {
                throw PanelError(.invalidRequest, "shard \(text(shard.range)) lies outside the model's replications \(text(0..<count))",
                                 at: shard.location + "/replications_range")
            }
            guard index < shard.loops.count else {
                throw PanelError(.invalidRequest, "the shard holds \(shard.loops.count) replication loops; the model runs more", at: shard.location + "/loops")
            }
            let loop = shard.loops[index]
            let place = shard.location + "/loops/\(index)"
            guard loop.replications == count else {
                throw PanelError(.invalidRequest, "the loop has \(loop.replications) replications; the model's has \(count)", at: place + "/replications")
            }
            var offset = 0
            for valueCount in loop.counts {
                guard let result = Result(doubles: loop.values[offset..<(offset + valueCount)]) else {
                    throw PanelError(.invalidRequest, "replication \(results.count) does not hold the values this loop computes", at: place + "/values")
                }
                results.append(result)
                offset += valueCount
            }
        }
        return results
    }

    /// A range given to a model that runs no replications.
    private static func noReplications(at location: String) -> PanelError {
        PanelError(.invalidOption, "this model runs no replications (check its replications and options): there is no range to run", at: location)
    }

    /// `[first, end)` as the messages write a range.
    static func text(_ range: Range<Int>) -> String { "[\(range.lowerBound), \(range.upperBound))" }
}
