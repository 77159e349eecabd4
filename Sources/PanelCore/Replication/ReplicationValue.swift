/// What one replication of a shardable loop returns, written as a run of doubles and read back bit for bit: a shard
/// (`options.replications_range`) sends each replication's doubles, and combining shards rebuilds the very values
/// the loop would have computed (docs/ABI.md, "Sharded replications").
public protocol ReplicationValue {
    /// Appends this value's doubles to `values`.
    func appendDoubles(to values: inout [Double])
    /// The value written as `doubles`, or nil when they cannot be one.
    init?(doubles: ArraySlice<Double>)
}

extension Double: ReplicationValue {
    public func appendDoubles(to values: inout [Double]) { values.append(self) }

    public init?(doubles: ArraySlice<Double>) {
        guard doubles.count == 1, let value = doubles.first else { return nil }
        self = value
    }
}

extension Array: ReplicationValue where Element == Double {
    public func appendDoubles(to values: inout [Double]) { values.append(contentsOf: self) }

    public init?(doubles: ArraySlice<Double>) { self = Array(doubles) }
}

/// A replication that may give no value (a draw whose refit fails): 0 for none, or 1 followed by the value.
extension Optional: ReplicationValue where Wrapped: ReplicationValue {
    public func appendDoubles(to values: inout [Double]) {
        switch self {
        case .none:
            values.append(0)
        case .some(let value):
            values.append(1)
            value.appendDoubles(to: &values)
        }
    }

    public init?(doubles: ArraySlice<Double>) {
        switch doubles.first {
        case 0?:
            guard doubles.count == 1 else { return nil }
            self = .none
        case 1?:
            guard let value = Wrapped(doubles: doubles.dropFirst()) else { return nil }
            self = .some(value)
        default:
            return nil
        }
    }
}
