/// The number of distinct values among 64-bit keys: a least-significant-digit radix sort (six passes of 11 bits; a
/// pass whose digit is the same in every key is skipped) and a count of the changes from key to key — O(n), where a
/// comparison sort of a million doubles took most of a `columns` summary. Keys only need to be equal exactly when
/// their values are (`FactorLevels.count(of:)` passes doubles' bit patterns, −0 made 0), not ordered as numbers.
enum DistinctKeyCount {
    private static let digitBits = 11

    static func count(_ keys: consuming [UInt64]) -> Int {
        var keys = keys
        let n = keys.count
        guard n > 1 else { return n }
        var sorted = [UInt64](repeating: 0, count: n)
        var offsets = [Int](repeating: 0, count: 1 << digitBits)
        let mask = UInt64((1 << digitBits) - 1)
        for shift in stride(from: 0, to: 64, by: digitBits) {
            let allAlike = keys.withUnsafeBufferPointer { keys in
                offsets.withUnsafeMutableBufferPointer { offsets -> Bool in
                    for digit in offsets.indices { offsets[digit] = 0 }
                    for key in keys { offsets[Int(truncatingIfNeeded: (key >> UInt64(shift)) & mask)] += 1 }
                    if offsets[Int(truncatingIfNeeded: (keys[0] >> UInt64(shift)) & mask)] == keys.count { return true }
                    var start = 0
                    for digit in offsets.indices {
                        let count = offsets[digit]
                        offsets[digit] = start
                        start += count
                    }
                    return false
                }
            }
            if allAlike { continue }
            keys.withUnsafeBufferPointer { keys in
                sorted.withUnsafeMutableBufferPointer { sorted in
                    offsets.withUnsafeMutableBufferPointer { offsets in
                        for key in keys {
                            let digit = Int(truncatingIfNeeded: (key >> UInt64(shift)) & mask)
                            sorted[offsets[digit]] = key
                            offsets[digit] += 1
                        }
                    }
                }
            }
            swap(&keys, &sorted)
        }
        var distinct = 1
        for index in 1..<n where keys[index] != keys[index - 1] { distinct += 1 }
        return distinct
    }
}
