/// Human-readable places in UTF-8 text, for error messages of the text readers.
enum TextPosition {
    /// The number of bytes of a UTF-8 byte order mark at the start of `bytes` (3 or 0).
    static func byteOrderMarkLength(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard bytes.count >= 3 else { return 0 }
        return bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// "line L, column C" for the byte at `offset` (1-based; `bytes` starting at line `firstLine`). Lines end at LF
    /// (so CRLF counts once); the column counts Unicode scalars, i.e. bytes that are not UTF-8 continuation bytes,
    /// from the line start.
    static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, firstLine: Int = 1) -> String {
        precondition(offset >= 0 && offset <= bytes.count, "offset outside the text")
        var line = firstLine
        var column = 1
        var index = 0
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return "line " + String(line) + ", column " + String(column)
    }

    /// A short quotation of the byte at `offset` for messages: `'x'` for printable ASCII, else `byte 0xHH`.
    static func describeByte(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let byte = bytes[offset]
        if byte >= 0x21 && byte <= 0x7E {
            return "'" + String(decoding: CollectionOfOne(byte), as: UTF8.self) + "'"
        }
        return "byte 0x" + hexDigits(of: UInt32(byte), count: 2)
    }

    /// `value` as exactly `count` upper-case hexadecimal digits (the low `count` nibbles).
    static func hexDigits(of value: UInt32, count: Int) -> String {
        let digits: [UInt8] = Array("0123456789ABCDEF".utf8)
        var text: [UInt8] = []
        var shift = 4 * (count - 1)
        while shift >= 0 {
            text.append(digits[Int((value >> UInt32(shift)) & 0xF)])
            shift -= 4
        }
        return String(decoding: text, as: UTF8.self)
    }
}
