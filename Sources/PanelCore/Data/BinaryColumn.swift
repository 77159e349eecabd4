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
    /// NaNs come back as `.nan` (missing).
    static func decode(_ text: UnsafeBufferPointer<UInt8>, width: Int) -> (values: [Double], problem: Problem?) {
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
    /// The 6-bit value of each byte of the alphabet; 0xFF for bytes outside it ('=' included).
    private static let sextets: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, letter) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(letter)] = UInt8(value)
        }
        return table
    }()

    /// Decodes `text` (a length multiple of 4, ending in at most two '=') into the first `byteCount` bytes of
    /// `output`, which is `text.count / 4 × 3` minus the padding. Returns the offset of the first character that is
    /// not base64 (a '=' anywhere but the padding included), or nil when all are.
    static func decode(_ text: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableRawBufferPointer, byteCount: Int) -> Int? {
        let padding = text.count / 4 * 3 - byteCount
        let fullQuads = text.count / 4 - (padding > 0 ? 1 : 0)
        return sextets.withUnsafeBufferPointer { table -> Int? in
            let wideBlocks = decodeWideBlocks(text, into: output, limit: 3 * fullQuads, table: table)
            if let invalidAt = wideBlocks.invalidAt { return invalidAt }
            for quad in (2 * wideBlocks.count)..<fullQuads {
                let position = 4 * quad
                let a = table[Int(text[position])], b = table[Int(text[position + 1])]
                let c = table[Int(text[position + 2])], d = table[Int(text[position + 3])]
                guard (a | b | c | d) & 0x80 == 0 else { return firstInvalid(text, in: position..<(position + 4), table: table) }
                let bits = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                output[3 * quad] = UInt8(truncatingIfNeeded: bits >> 16)
                output[3 * quad + 1] = UInt8(truncatingIfNeeded: bits >> 8)
                output[3 * quad + 2] = UInt8(truncatingIfNeeded: bits)
            }
            guard padding > 0 else { return nil }
            // The padded final quad: 4 − padding characters carry its 3 − padding bytes.
            let position = 4 * fullQuads
            var bits: UInt32 = 0
            for k in 0..<4 {
                let sextet = k < 4 - padding ? table[Int(text[position + k])] : 0
                guard sextet & 0x80 == 0 else { return position + k }
                bits = bits << 6 | UInt32(sextet)
            }
            output[3 * fullQuads] = UInt8(truncatingIfNeeded: bits >> 16)
            if padding == 1 { output[3 * fullQuads + 1] = UInt8(truncatingIfNeeded: bits >> 8) }
            return nil
        }
    }

    /// The bulk of `decode`: blocks of 8 characters (one 64-bit load) into 6 bytes (one 64-bit store, whose last
    /// two bytes the next block or the remaining quads overwrite), for as many leading blocks as keep every store
    /// inside the first `limit` bytes of `output`. Returns how many blocks were decoded and, if one holds a
    /// character outside the alphabet, the offset of the first such character (the count is then meaningless).
    private static func decodeWideBlocks(_ text: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableRawBufferPointer,
                                         limit: Int, table: UnsafeBufferPointer<UInt8>) -> (count: Int, invalidAt: Int?) {
        // Block b stores bytes 6b..<6b + 8, so it needs 6b + 8 ≤ limit.
        let count = limit >= 8 ? (limit - 8) / 6 + 1 : 0
        guard count > 0, let input = text.baseAddress, let target = output.baseAddress else { return (0, nil) }
        for block in 0..<count {
            let characters = UInt64(littleEndian: UnsafeRawPointer(input + 8 * block).loadUnaligned(as: UInt64.self))
            var bits: UInt64 = 0
            var flags: UInt8 = 0
            for k in 0..<8 {
                let sextet = table[Int(truncatingIfNeeded: (characters >> (8 * UInt64(k))) & 0xFF)]
                flags |= sextet
                bits = bits << 6 | UInt64(sextet)
            }
            guard flags & 0x80 == 0 else {
                return (block, firstInvalid(text, in: (8 * block)..<(8 * block + 8), table: table))
            }
            // The 48 bits, first character highest, as the first six bytes of a big-endian word.
            (target + 6 * block).storeBytes(of: (bits << 16).bigEndian, as: UInt64.self)
        }
        return (count, nil)
    }

    /// The offset of the first character in `range` of `text` that is not in the alphabet (one is known to be there).
    private static func firstInvalid(_ text: UnsafeBufferPointer<UInt8>, in range: Range<Int>,
                                     table: UnsafeBufferPointer<UInt8>) -> Int? {
        range.first { table[Int(text[$0])] & 0x80 != 0 }
    }
}
