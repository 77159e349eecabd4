extension Base64 {
    /// `bytes` in standard base64 (RFC 4648 §4: standard alphabet, `=` padding, no line breaks) — what
    /// `decode(_:into:byteCount:)` reads back.
    static func encode(_ bytes: UnsafeRawBufferPointer) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var text: [UInt8] = []
        text.reserveCapacity((bytes.count + 2) / 3 * 4)
        var start = 0
        while start < bytes.count {
            let available = min(3, bytes.count - start)
            var word: UInt32 = 0
            for k in 0..<3 { word = word << 8 | (k < available ? UInt32(bytes[start + k]) : 0) }
            for k in 0..<4 {
                text.append(k <= available ? alphabet[Int((word >> UInt32(18 - 6 * k)) & 63)] : UInt8(ascii: "="))
            }
            start += 3
        }
        return String(decoding: text, as: UTF8.self)
    }
}
