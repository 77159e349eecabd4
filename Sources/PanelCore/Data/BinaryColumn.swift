/// The binary transport of a numeric data column (docs/ABI.md, "Data"): `{"float64": BASE64}` holds little-endian
/// IEEE 754 binary64 values (any NaN = missing), `{"int32": BASE64}` little-endian two's-complement 32-bit integers.
/// BASE64 is the standard alphabet with padding (RFC 4648 §4), no line breaks or spaces. The values are exactly
/// the numbers sent: no decimal text is read, so this form is both faster and bit-exact.
enum BinaryColumn {
    /// The member names of the binary forms, with the byte width of one value.
    static let encodings: [(name: String, width: Int)] = [("float64", 8), ("int32", 4)]

    /// The byte width of the encoding named `name`, or nil when it is not one.
    static func width(of name: String) -> Int? {
        encodings.first { $0.name == name }?.width
    }

    /// Why a binary column is unusable: the message, and the index of the offending value (nil: the text as a whole).
    struct Problem {
        let message: String
        let valueIndex: Int?
    }

    /// The values of a column given in the encoding of width `width` (8: float64, 4: int32), or the reason it is
    /// unusable: not padded base64, a byte count that is not a whole number of values, or an infinite float64.
    /// NaNs come back as `.nan` (missing). `exact` keeps every float64 as sent, infinities and NaN bits included
    /// (the replication values of a shard, which are results, not data).
    static func decode(_ text: UnsafeBufferPointer<UInt8>, width: Int, exact: Bool = false) -> (values: [Double], problem: Problem?) {
        guard text.count % 4 == 0 else {
            return ([], Problem(message: "base64 text of length " + String(text.count) + " is not a multiple of 4 characters", valueIndex: nil))
        }
        var padding = 0
        while padding < 2 && padding < text.count && text[text.count - 1 - padding] == UInt8(ascii: "=") { padding += 1 }
        let byteCount = text.count / 4 * 3 - padding
        guard byteCount % width == 0 else {
            return ([], Problem(message: String(byteCount) + " bytes are not a whole number of " + String(width) + "-byte values", valueIndex: nil))
        }
        let count = byteCount / width
        var invalidAt: Int?
        var infiniteAt: Int?
        let values = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = count
            if width == 8 {
                // Decode straight into the doubles' memory, then read each back as a little-endian bit pattern.
                invalidAt = Base64.decode(text, into: UnsafeMutableRawBufferPointer(buffer), byteCount: byteCount)
                guard invalidAt == nil else { return }
                for i in 0..<count {
                    let bits = UInt64(littleEndian: UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self))
                    let value = Double(bitPattern: bits)
                    if exact {
                        buffer[i] = value
                        continue
                    }
                    if value.isInfinite && infiniteAt == nil { infiniteAt = i }
                    buffer[i] = value.isNaN ? .nan : value
                }
            } else {
                var bytes = [UInt8](repeating: 0, count: byteCount)
                invalidAt = bytes.withUnsafeMutableBytes { Base64.decode(text, into: $0, byteCount: byteCount) }
                bytes.withUnsafeBytes { raw in
                    for i in 0..<count {
                        let bits = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
                        buffer[i] = Double(Int32(bitPattern: bits))
                    }
                }
            }
        }
        if let invalidAt {
            let message = "not base64 (standard alphabet, padded): character " + String(invalidAt + 1) + " is "
                + TextPosition.describeByte(at: invalidAt, in: text)
            return ([], Problem(message: message, valueIndex: nil))
        }
        if let infiniteAt {
            return ([], Problem(message: "an infinite value; only finite numbers and NaN (missing) are data", valueIndex: infiniteAt))
        }
        return (values, nil)
    }
}

/// Standard base64 decoding (RFC 4648 §4) into raw bytes.
enum Base64 {
    /// Marks a byte outside the alphabet ('=' included) in `placedSextets`: above the 24 bits of a quad's bytes.
    private static let invalidMark: UInt32 = 1 << 24

    /// For each position k in a quad of characters, a 256-entry table: the bits its character's sextet adds to the
    /// quad's three bytes, already placed where they go in a little-endian 32-bit word (byte 0 first), or
    /// `invalidMark`. A quad decodes to the OR of its four entries, with no shifting at decoding time.
    private static let placedSextets: [UInt32] = {
        var tables = [UInt32](repeating: invalidMark, count: 4 * 256)
        for (value, letter) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            let sextet = UInt32(value)
            // Bytes of a quad with sextets a b c d: a<<2 | b>>4, (b & 15)<<4 | c>>2, (c & 3)<<6 | d.
            tables[Int(letter)] = sextet << 2
            tables[256 + Int(letter)] = sextet >> 4 | (sextet & 0xF) << 12
            tables[512 + Int(letter)] = (sextet >> 2) << 8 | (sextet & 0x3) << 22
            tables[768 + Int(letter)] = sextet << 16
        }
        return tables
    }()

    /// The bytes of padded base64 `text` and the offset of its first character outside the alphabet (nil: none);
    /// nil when the length of `text` is not a multiple of 4.
    static func bytes(of text: [UInt8]) -> (bytes: [UInt8], invalidAt: Int?)? {
        guard text.count % 4 == 0 else { return nil }
        var padding = 0
        while padding < 2, padding < text.count, text[text.count - 1 - padding] == UInt8(ascii: "=") { padding += 1 }
        let byteCount = text.count / 4 * 3 - padding
        var bytes = [UInt8](repeating: 0, count: byteCount)
        let invalid = text.withUnsafeBufferPointer { source in bytes.withUnsafeMutableBytes { decode(source, into: $0, byteCount: byteCount) } }
        return (bytes, invalid)
    }

    /// Decodes `text` (a length multiple of 4, ending in at most two '=') into the first `byteCount` bytes of
    /// `output`, which is `text.count / 4 × 3` minus the padding. Returns the offset of the first character that is
    /// not base64 (a '=' anywhere but the padding included), or nil when all are.
    static func decode(_ text: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableRawBufferPointer, byteCount: Int) -> Int? {
        let padding = text.count / 4 * 3 - byteCount
        let fullQuads = text.count / 4 - (padding > 0 ? 1 : 0)
        return placedSextets.withUnsafeBufferPointer { tables -> Int? in
            // Pairs of quads (8 characters) as one 8-byte store of their 6 bytes, while the store stays inside the
            // full quads' bytes (the next store overwrites its last two bytes); the remaining quads one by one.
            let pairs = 3 * fullQuads >= 8 ? (3 * fullQuads - 8) / 6 + 1 : 0
            if pairs > 0, let target = output.baseAddress {
                for pair in 0..<pairs {
                    let position = 8 * pair
                    let first = quad(text, at: position, tables), second = quad(text, at: position + 4, tables)
                    guard (first | second) & invalidMark == 0 else { return firstInvalid(text, in: position..<(position + 8), tables) }
                    (target + 6 * pair).storeBytes(of: (UInt64(first) | UInt64(second) << 24).littleEndian, as: UInt64.self)
                }
            }
            for index in (2 * pairs)..<fullQuads {
                let position = 4 * index
                let word = quad(text, at: position, tables)
                guard word & invalidMark == 0 else { return firstInvalid(text, in: position..<(position + 4), tables) }
                for k in 0..<3 { output[3 * index + k] = UInt8(truncatingIfNeeded: word >> (8 * UInt32(k))) }
            }
            guard padding > 0 else { return nil }
            // The padded final quad: 4 − padding characters carry its 3 − padding bytes.
            let position = 4 * fullQuads
            var word: UInt32 = 0
            for k in 0..<(4 - padding) { word |= tables[256 * k + Int(text[position + k])] }
            guard word & invalidMark == 0 else { return firstInvalid(text, in: position..<(position + 4 - padding), tables) }
            for k in 0..<(3 - padding) { output[3 * fullQuads + k] = UInt8(truncatingIfNeeded: word >> (8 * UInt32(k))) }
            return nil
        }
    }

    /// The three bytes of the quad at `position` in a little-endian word, or a word with `invalidMark` set.
    @inline(__always)
    private static func quad(_ text: UnsafeBufferPointer<UInt8>, at position: Int, _ tables: UnsafeBufferPointer<UInt32>) -> UInt32 {
        tables[Int(text[position])] | tables[256 + Int(text[position + 1])]
            | tables[512 + Int(text[position + 2])] | tables[768 + Int(text[position + 3])]
    }

    /// The offset of the first character in `range` of `text` outside the alphabet (one is known to be there).
    private static func firstInvalid(_ text: UnsafeBufferPointer<UInt8>, in range: Range<Int>,
                                     _ tables: UnsafeBufferPointer<UInt32>) -> Int? {
        range.first { tables[Int(text[$0])] & invalidMark != 0 }
    }
}
