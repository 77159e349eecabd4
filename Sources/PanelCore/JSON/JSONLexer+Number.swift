/// Number tokens: the RFC 8259 §6 grammar, converted exactly (correctly rounded).
extension JSONLexer {
    /// Reads the number at the cursor: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    /// The value is the correctly rounded binary64 (round-half-even): short numbers via `DecimalFastPath`,
    /// all others via the standard library's `Double(_:)`. A value that overflows to ±infinity is an error
    /// ("number out of range"); underflow to a subnormal or (signed) zero is accepted.
    mutating func readNumber() throws(PanelError) -> Double {
        let start = position
        let isNegative = current == UInt8(ascii: "-")
        if isNegative { position += 1 }
        let integerStart = position
        if current == UInt8(ascii: "0") {
            position += 1
            if let next = current, JSONLexer.isDigit(next) {
                throw error("leading zeros are not allowed in numbers", at: start)
            }
        } else {
            try skipDigits(expecting: "a digit")
        }
        let integerDigits = integerStart..<position
        var fractionDigits = position..<position
        if current == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            try skipDigits(expecting: "a digit after the decimal point")
            fractionDigits = fractionStart..<position
        }
        var exponentDigits = position..<position
        var exponentIsNegative = false
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            exponentIsNegative = current == UInt8(ascii: "-")
            if exponentIsNegative || current == UInt8(ascii: "+") { position += 1 }
            let exponentStart = position
            try skipDigits(expecting: "a digit in the exponent")
            exponentDigits = exponentStart..<position
        }
        if let exact = DecimalFastPath.value(in: bytes, isNegative: isNegative, integerDigits: integerDigits,
                                             fractionDigits: fractionDigits, exponentDigits: exponentDigits,
                                             exponentIsNegative: exponentIsNegative) {
            return exact
        }
        let lexeme = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(lexeme) else { throw error("invalid number", at: start) }
        guard value.isFinite else { throw error("number out of range", at: start) }
        return value
    }

    /// Moves past one or more ASCII digits.
    private mutating func skipDigits(expecting what: String) throws(PanelError) {
        guard let first = current, JSONLexer.isDigit(first) else { throw unexpected(expecting: what) }
        position += 1
        while let next = current, JSONLexer.isDigit(next) { position += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
