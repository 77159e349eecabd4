/// The split-unit check of an out-of-core regression, one bucket at a time (docs/abi/distributed.md): the `units`
/// pass reads one bucket's fingerprint lists (`UnitList`, one per partition) and refuses a fingerprint that comes
/// twice — a unit in two partitions — answering the bucket, its unit count and checksum; the finish `verify`s that
/// the answers cover every bucket once and add up to the merged piece's units and checksum, so every unit was
/// checked. Memory: one bucket's fingerprints per check.
struct UnitCheck {
    let bucket: Int
    let buckets: Int
    let units: Int
    let checksum: UInt64

    init(bucket: Int, buckets: Int, units: Int, checksum: UInt64) {
        self.bucket = bucket
        self.buckets = buckets
        self.units = units
        self.checksum = checksum
    }

    /// The check of `lists` (at least one, all of the first's bucket; each ascending and inside its hash range), read
    /// at `places` (one JSON location per list).
    init(_ lists: [UnitList], places: [String]) throws(PanelError) {
        let first = lists[0]
        var tagged: [(hash: UInt64, list: Int)] = []
        tagged.reserveCapacity(lists.reduce(0) { $0 + $1.hashes.count })
        for (k, list) in lists.enumerated() {
            guard list.bucket == first.bucket, list.buckets == first.buckets else {
                throw PanelError(.invalidRequest, "the list is of bucket \(list.bucket) of \(list.buckets); the first is of bucket \(first.bucket) of "
                                 + "\(first.buckets): a units pass checks one bucket", at: places[k] + "/bucket")
            }
            for hash in list.hashes {
                guard UnitList.bucket(of: hash, among: list.buckets) == list.bucket else {
                    throw PanelError(.invalidRequest, "a fingerprint lies outside the list's bucket: lists come from the route pass",
                                     at: places[k] + "/unit_hashes")
                }
                tagged.append((hash, k))
            }
        }
        tagged.sort { $0.hash < $1.hash || ($0.hash == $1.hash && $0.list < $1.list) }
        for (a, b) in zip(tagged, tagged.dropFirst()) where a.hash == b.hash {
            throw PanelError(.invalidRequest, "a unit lies in two pieces: each partition must hold all rows of its units "
                             + "(shuffle the data on the unit column first)", at: places[b.list] + "/unit_hashes")
        }
        self.init(bucket: first.bucket, buckets: first.buckets, units: tagged.count,
                  checksum: lists.reduce(0) { $0 &+ UnitList.checksum($1.hashes) })
    }

    /// Refuses `checks` unless they cover each of their buckets exactly once and count `units` units of checksum
    /// `checksum` (those of the factor pieces): else a partition's lists went to no bucket, or to a bucket twice.
    static func verify(_ checks: [UnitCheck], units: Int, checksum: UInt64, places: [String], at location: String) throws(PanelError) {
        let buckets = checks[0].buckets
        var seen = [Bool](repeating: false, count: buckets)
        for (k, check) in checks.enumerated() {
            guard check.buckets == buckets, !seen[check.bucket] else {
                throw PanelError(.invalidRequest, "bucket \(check.bucket) of \(check.buckets) is given twice or with another bucket count "
                                 + "(the first check has \(buckets) buckets)", at: places[k] + "/bucket")
            }
            seen[check.bucket] = true
        }
        if let missing = seen.firstIndex(of: false) {
            throw PanelError(.invalidRequest, "the unit checks leave out bucket \(missing) of \(buckets): give the units pass's answer of every bucket",
                             at: location)
        }
        let counted = checks.reduce(0) { $0 + $1.units }
        guard counted == units, checks.reduce(0, { $0 &+ $1.checksum }) == checksum else {
            throw PanelError(.invalidRequest, "the unit checks cover \(counted) units; the factor pieces have \(units)"
                             + (counted == units ? " but other ones" : "") + ": route every partition's piece into the buckets, once",
                             at: location)
        }
    }
}
