/// String tokens: RFC 8259 §7 escapes, surrogate pairs and strict UTF-8.
extension JSONLexer {
    /// Reads the string whose opening quote is at the cursor. Rejects unescaped control characters
    /// (U+0000…U+001F), unknown escapes, malformed UTF-8, and `\u` escapes of unpaired surrogates (a lone
    /// surrogate is not a Unicode scalar, so it has no UTF-8 form and is refused rather than replaced).
    mutating func readString() throws(PanelError) -> String {
        let opening = position
        position += 1
        var runStart = position
        var decoded: [UInt8] = []
        var hasEscape = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<position])
                position += 1
                guard hasEscape else { return String(decoding: run, as: UTF8.self) }
                decoded.append(contentsOf: run)
                return String(decoding: decoded, as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                hasEscape = true
                try readEscape(into: &decoded)
                runStart = position
            } else if byte < 0x20 {
                throw error("control character U+00" + TextPosition.hexDigits(of: UInt32(byte), count: 2)
                            + " must be escaped in a string", at: position)
            } else if byte < 0x80 {
                position += 1
            } else {
                guard let length = UTF8Validation.sequenceLength(in: bytes, at: position) else {
                    throw error("invalid UTF-8 in string", at: position)
                }
                position += length
            }
        }
        throw error("unterminated string", at: opening)
    }

    /// The offset of the first '"' or '\\' at or after `start` (`bytes.count` if none): eight bytes at a time, a word
    /// being skipped when none of its bytes is either (the exact zero-byte test (w − 0x01…) & ~w & 0x80… on w XOR
    /// the repeated byte), then byte by byte. Used to find the end of long strings without escapes.
    func quoteOrBackslash(from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highBits: UInt64 = 0x8080_8080_8080_8080
            let quotes = ones &* UInt64(UInt8(ascii: "\"")), backslashes = ones &* UInt64(UInt8(ascii: "\\"))
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let q = word ^ quotes, b = word ^ backslashes
                if ((q &- ones) & ~q | (b &- ones) & ~b) & highBits != 0 { break }
                index += 8
            }
        }
        while index < bytes.count && bytes[index] != UInt8(ascii: "\"") && bytes[index] != UInt8(ascii: "\\") { index += 1 }
        return index
    }

    /// Decodes the escape whose backslash is at the cursor, appending its UTF-8 bytes.
    private mutating func readEscape(into output: inout [UInt8]) throws(PanelError) {
        let backslash = position
        position += 1
        guard let letter = current else { throw error("unterminated escape in string", at: backslash) }
        position += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(letter)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try readHexQuad(escapeStart: backslash)
            UTF8Validation.append(scalar: try completeSurrogatePair(unit, escapeStart: backslash), to: &output)
        default:
            throw error("invalid escape character " + TextPosition.describeByte(at: position - 1, in: bytes),
                        at: backslash)
        }
    }

    /// The scalar value for UTF-16 code unit `unit`, reading the low-surrogate escape that must follow a
    /// high surrogate. Throws for a lone low surrogate or a high surrogate without its partner.
    private mutating func completeSurrogatePair(_ unit: UInt32, escapeStart: Int) throws(PanelError) -> UInt32 {
        switch unit {
        case 0xDC00...0xDFFF:
            throw unpairedSurrogate(unit, at: escapeStart)
        case 0xD800...0xDBFF:
            let lowStart = position
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                  bytes[position + 1] == UInt8(ascii: "u") else {
                throw unpairedSurrogate(unit, at: escapeStart)
            }
            position += 2
            let low = try readHexQuad(escapeStart: lowStart)
            guard low >= 0xDC00 && low <= 0xDFFF else {
                throw unpairedSurrogate(unit, at: escapeStart)
            }
            return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        default:
            return unit
        }
    }

    private func unpairedSurrogate(_ unit: UInt32, at offset: Int) -> PanelError {
        error("unpaired surrogate escape \\u" + TextPosition.hexDigits(of: unit, count: 4), at: offset)
    }

    /// Reads the four hexadecimal digits of a `\u` escape.
    private mutating func readHexQuad(escapeStart: Int) throws(PanelError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = current.flatMap(JSONLexer.hexValue) else {
                throw error("\\u escape needs four hexadecimal digits", at: escapeStart)
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
