/// The text encodings a data file may be in — UTF-8 (with or without a byte-order mark), UTF-16 (little- or
/// big-endian, told by its byte-order mark) and GB18030 (which includes GBK and GB2312) — and their detection:
/// a byte-order mark decides; otherwise text whose NUL bytes fall as in UTF-16 ASCII is UTF-16, valid UTF-8 is UTF-8,
/// and bytes that are not UTF-8 but decode as GB18030 are GB18030. Decoding gives UTF-8 bytes without a byte-order mark; bytes that are none of these are an error naming
/// the byte offset.
enum TextEncoding: String {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case gb18030 = "gb18030"

    static let names = ["utf-8", "utf-16", "gb18030"]

    /// The encoding a request names (`"GBK"` and `"gb2312"` read as GB18030, `"utf8"` as UTF-8), nil when unknown.
    init?(named name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "utf-16", "utf16": self = .utf16
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }

    /// What `read` makes of the UTF-8 text of `bytes`, in the encoding `forced` or the one detected. `location`
    /// prefixes error places. UTF-8 input is handed to `read` where it lies, byte-order mark included (`read`
    /// skips one), and `read` must reject malformed UTF-8: when it fails on bytes that are not UTF-8, the answer is
    /// what a separate validation first would give — the byte offset of the first bad byte, or, with the encoding
    /// detected, the text decoded as GB18030 and read again. Other encodings are decoded to UTF-8 first.
    static func reading<T>(_ bytes: [UInt8], forced: TextEncoding?, at location: String,
                           _ read: (UnsafeBufferPointer<UInt8>) throws(PanelError) -> T) throws(PanelError) -> T {
        let (encoding, hasUTF8Mark) = chosen(forTextStartingWith: bytes, forced: forced)
        switch encoding {
        case .utf16?:
            return try readDecoded(try UTF16Decoder.utf8(of: bytes, at: location), read)
        case .gb18030?:
            return try readDecoded(try GB18030Decoder.utf8(of: bytes, at: location), read)
        case .utf8?, nil:
            do {
                // A forced UTF-8 mark is dropped here, so `read` skips only a second one (as it always did).
                let start = hasUTF8Mark ? 3 : 0
                return try bytes.withUnsafeBufferPointer { (buffer) throws(PanelError) -> T in
                    try read(UnsafeBufferPointer(rebasing: buffer[start...]))
                }
            } catch {
                guard let offset = firstInvalidUTF8(bytes) else { throw error }
                guard encoding == nil else {
                    throw PanelError(.invalidData, "the file is not valid UTF-8 at byte offset \(offset)", at: location)
                }
                let decoded: [UInt8]
                do {
                    decoded = try GB18030Decoder.utf8(of: bytes, at: location)
                } catch {
                    throw PanelError(.invalidData, "the file is not text in UTF-8, UTF-16 (with a byte-order mark) or GB18030/GBK: "
                                     + "not UTF-8 at byte offset \(offset); \(error.message). Save it as CSV UTF-8, "
                                     + "or name its encoding in \"encoding\"", at: location)
                }
                return try readDecoded(decoded, read)
            }
        }
    }

    /// The encoding of text whose first bytes (at least 4096 of them, or all) are `head`: `forced`, or the one its
    /// byte-order mark or NUL bytes tell, or nil (UTF-8 unless it proves invalid); and whether it starts with a
    /// UTF-8 byte-order mark.
    static func chosen(forTextStartingWith head: [UInt8], forced: TextEncoding?) -> (encoding: TextEncoding?, hasUTF8Mark: Bool) {
        let hasUTF8Mark = head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF
        let utf16Mark = UTF16Decoder.byteOrder(ofMarkIn: head)
        let looksUTF16 = utf16Mark != nil || (!hasUTF8Mark && UTF16Decoder.byteOrder(guessedFrom: head) != nil)
        return (forced ?? (looksUTF16 ? .utf16 : hasUTF8Mark ? .utf8 : nil), hasUTF8Mark)
    }

    private static func readDecoded<T>(_ text: [UInt8], _ read: (UnsafeBufferPointer<UInt8>) throws(PanelError) -> T) throws(PanelError) -> T {
        try text.withUnsafeBufferPointer { (buffer) throws(PanelError) -> T in try read(buffer) }
    }

    /// The offset of the first byte that does not start (or continue) a well-formed UTF-8 sequence, nil if none.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var offset = 0
            while offset < buffer.count {
                if buffer[offset] < 0x80 { offset += 1; continue }
                guard let length = UTF8Validation.sequenceLength(in: buffer, at: offset) else { return offset }
                offset += length
            }
            return nil
        }
    }
}
