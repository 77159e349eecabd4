/// Where the complete records of a piece of a CSV stream end: the byte after the last line feed that lies outside
/// quotes, read with the quoting rules of `CSVFieldScanner` (a `"` opens a quoted field only as a field's first byte;
/// inside one, `""` is a quote and a lone `"` closes it). A piece without any `"` needs only its last line feed found.
enum CSVRecordBoundary {
    /// The length of the longest prefix of `bytes` (which starts at a record start) made of whole lines outside
    /// quotes; 0 when the first record is not complete yet.
    static func endOfCompleteRecords(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var lastLineFeed = bytes.count - 1
        while lastLineFeed >= 0 && bytes[lastLineFeed] != 0x0A { lastLineFeed -= 1 }
        guard lastLineFeed >= 0 else { return 0 }
        let candidate = UnsafeBufferPointer(rebasing: bytes[...lastLineFeed])
        return containsQuote(candidate) ? endOutsideQuotes(in: candidate) : lastLineFeed + 1
    }

    /// Whether a `"` occurs in `bytes`, eight bytes at a time.
    private static func containsQuote(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let quotes: UInt64 = 0x2222_2222_2222_2222
        let low: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ quotes
            if (word &- low) & ~word & high != 0 { return true }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\"") { return true }
            index += 1
        }
        return false
    }

    /// The end of the last line feed outside quotes, following quoted fields byte by byte.
    private static func endOutsideQuotes(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = 0
        var index = 0
        var atFieldStart = true
        while index < bytes.count {
            let byte = bytes[index]
            if atFieldStart && byte == UInt8(ascii: "\"") {
                guard let after = indexAfterClosingQuote(in: bytes, from: index + 1) else { return end }
                index = after
                atFieldStart = false
                continue
            }
            atFieldStart = byte == UInt8(ascii: ",") || byte == 0x0A
            if byte == 0x0A { end = index + 1 }
            index += 1
        }
        return end
    }

    /// The index after the quote that closes a quoted field whose content starts at `start`; nil when the field
    /// does not close within `bytes` (or its last quote is the last byte, which a `"` after it could double).
    private static func indexAfterClosingQuote(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\"") {
                guard index + 1 < bytes.count else { return nil }
                if bytes[index + 1] != UInt8(ascii: "\"") { return index + 1 }
                index += 2
            } else {
                index += 1
            }
        }
        return nil
    }
}
