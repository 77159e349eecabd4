/// The JSON of an out-of-core regression's split-unit check (docs/abi/distributed.md): 64-bit unit fingerprints as
/// `{"int32": BASE64}` pairs of words (low, high), the `route` pass's answer (a partition's fingerprints cut into
/// `UnitList`s, `"kind": "unit_list"`) and the `units` pass's answer (`UnitCheck`, `"kind": "units"`), and their reading.
enum PartialUnitPieces {
    static let unitListMembers = ["kind", "digest", "bucket", "buckets", "unit_hashes"]
    static let unitCheckMembers = ["kind", "digest", "bucket", "buckets", "units", "unit_checksum"]
    /// The most buckets a route pass cuts fingerprints into.
    static let maximumBuckets = 1 << 20

    static func fingerprints(_ hashes: [UInt64]) -> JSONValue {
        BinaryColumnJSON.int32(hashes.flatMap { hash in
            [Int(Int32(bitPattern: UInt32(truncatingIfNeeded: hash))), Int(Int32(bitPattern: UInt32(truncatingIfNeeded: hash >> 32)))]
        })
    }

    /// The route pass's answer: `lists`, one per bucket, bucket 0 first.
    static func json(routes lists: [UnitList], digest: String) -> JSONValue {
        var object = JSONObject()
        object.append("kind", .string("routes"))
        object.append("digest", .string(digest))
        object.append("buckets", .number(Double(lists.count)))
        object.append("lists", .array(lists.map { list in
            var item = JSONObject()
            item.append("kind", .string("unit_list"))
            item.append("digest", .string(digest))
            item.append("bucket", .number(Double(list.bucket)))
            item.append("buckets", .number(Double(list.buckets)))
            item.append("unit_hashes", fingerprints(list.hashes))
            return .object(item)
        }))
        return .object(object)
    }

    static func json(_ check: UnitCheck, digest: String) -> JSONValue {
        var object = JSONObject()
        object.append("kind", .string("units"))
        object.append("digest", .string(digest))
        object.append("bucket", .number(Double(check.bucket)))
        object.append("buckets", .number(Double(check.buckets)))
        object.append("units", .number(Double(check.units)))
        object.append("unit_checksum", fingerprints([check.checksum]))
        return .object(object)
    }

    static func unitList(_ object: JSONObject, at location: String) throws(PanelError) -> UnitList {
        try object.requireOnly(unitListMembers, at: location)
        let (bucket, buckets) = try bucketOf(object, at: location)
        return UnitList(bucket: bucket, buckets: buckets, hashes: try ascendingFingerprints(object, at: location))
    }

    static func unitCheck(_ object: JSONObject, at location: String) throws(PanelError) -> UnitCheck {
        try object.requireOnly(unitCheckMembers, at: location)
        let (bucket, buckets) = try bucketOf(object, at: location)
        return UnitCheck(bucket: bucket, buckets: buckets, units: try PartialPieces.count("units", object, at: location),
                         checksum: try checksum(object, at: location))
    }

    /// The fingerprints in `unit_hashes`, which must be strictly ascending.
    static func ascendingFingerprints(_ object: JSONObject, at location: String) throws(PanelError) -> [UInt64] {
        let hashes = try words(object, "unit_hashes", at: location)
        guard zip(hashes, hashes.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw PanelError(.invalidRequest, "unit_hashes must hold strictly ascending 64-bit fingerprints, as two int32 words each",
                             at: location + "/unit_hashes")
        }
        return hashes
    }

    /// The one 64-bit word in `unit_checksum`.
    static func checksum(_ object: JSONObject, at location: String) throws(PanelError) -> UInt64 {
        let words = try words(object, "unit_checksum", at: location)
        guard words.count == 1 else {
            throw PanelError(.invalidRequest, "unit_checksum must hold one 64-bit word, as two int32 words", at: location + "/unit_checksum")
        }
        return words[0]
    }

    private static func words(_ object: JSONObject, _ name: String, at location: String) throws(PanelError) -> [UInt64] {
        let halves = try BinaryColumnJSON.read(object, name, encoding: ("int32", 4), at: location)
        guard halves.count % 2 == 0 else {
            throw PanelError(.invalidRequest, "\(name) must hold 64-bit words, as two int32 words each", at: location + "/" + name)
        }
        return stride(from: 0, to: halves.count, by: 2).map { k in
            UInt64(UInt32(bitPattern: Int32(halves[k]))) | UInt64(UInt32(bitPattern: Int32(halves[k + 1]))) << 32
        }
    }

    /// `bucket` and `buckets`: 1 ≤ buckets ≤ `maximumBuckets`, 0 ≤ bucket < buckets.
    private static func bucketOf(_ object: JSONObject, at location: String) throws(PanelError) -> (bucket: Int, buckets: Int) {
        let buckets = try PartialPieces.count("buckets", object, at: location)
        let bucket = try PartialPieces.count("bucket", object, at: location)
        guard buckets >= 1, buckets <= maximumBuckets, bucket < buckets else {
            throw PanelError(.invalidRequest, "bucket must be one of 0 … buckets − 1, buckets one of 1 … \(maximumBuckets)", at: location + "/bucket")
        }
        return (bucket, buckets)
    }
}
