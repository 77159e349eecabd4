/// Unit fingerprints (`PartialModel.unitHash`) of one hash range — bucket `bucket` of `buckets` equal ranges of the
/// 64-bit fingerprints — ascending: what the `route` pass cuts a partition's fingerprints into, so that the split-unit
/// check (`UnitCheck`) holds one bucket at a time, never every unit of the data.
struct UnitList {
    let bucket: Int
    let buckets: Int
    let hashes: [UInt64]

    /// The bucket of `hash` among `buckets` equal hash ranges (⌊hash · buckets / 2⁶⁴⌋).
    static func bucket(of hash: UInt64, among buckets: Int) -> Int {
        Int(hash.multipliedFullWidth(by: UInt64(buckets)).high)
    }

    /// The wrapping sum of `hashes`: it adds up across pieces in any order, so the units the buckets checked can be
    /// matched with the units of the merged piece.
    static func checksum(_ hashes: [UInt64]) -> UInt64 {
        hashes.reduce(0) { $0 &+ $1 }
    }

    /// `hashes` (ascending) cut into the `buckets` hash ranges, bucket 0 first; each list stays ascending.
    static func routed(_ hashes: [UInt64], buckets: Int) -> [UnitList] {
        var lists: [[UInt64]] = Array(repeating: [], count: buckets)
        for hash in hashes { lists[bucket(of: hash, among: buckets)].append(hash) }
        return lists.indices.map { UnitList(bucket: $0, buckets: buckets, hashes: lists[$0]) }
    }
}
