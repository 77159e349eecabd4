/// A lexical token of the formula language, with its 1-based character position.
struct FormulaToken: Equatable {
    enum Kind: Equatable {
        case name(String)
        case number(String)
        case symbol(Unicode.Scalar)
        case end
    }

    var kind: Kind
    var position: Int
}

/// Splits a formula into tokens: names (letters, digits, `_`, `.` and any non-ASCII character, not starting with a
/// digit; or any text between backquotes), numbers, and the symbols `~ + - * : ^ | ( ) , =`. Stata's operators
/// (`i.x`, `L.x`, `a#b`, … see `StataIdioms`) are `bad_formula` errors that show the PanelCore spelling.
enum FormulaLexer {
    static let symbols: Set<Unicode.Scalar> = ["~", "+", "-", "*", ":", "^", "|", "(", ")", ",", "="]

    static func tokens(_ source: String, at location: String) throws(PanelError) -> [FormulaToken] {
        let scalars = Array(source.unicodeScalars)
        var tokens: [FormulaToken] = []
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let position = i + 1
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                i += 1
            } else if symbols.contains(c) {
                tokens.append(FormulaToken(kind: .symbol(c), position: position))
                i += 1
            } else if c == "`" {
                guard let close = scalars[(i + 1)...].firstIndex(of: "`"), close > i + 1 else {
                    throw PanelError(.badFormula, "unterminated or empty `quoted` name", at: "\(location): column \(position)")
                }
                tokens.append(FormulaToken(kind: .name(string(scalars[(i + 1)..<close])), position: position))
                i = close + 1
            } else if isDigit(c) || (c == "." && i + 1 < scalars.count && isDigit(scalars[i + 1])) {
                let end = numberEnd(scalars, from: i)
                tokens.append(FormulaToken(kind: .number(string(scalars[i..<end])), position: position))
                i = end
            } else if isNameStart(c) {
                var end = i + 1
                while end < scalars.count, isNameStart(scalars[end]) || isDigit(scalars[end]) { end += 1 }
                let name = string(scalars[i..<end])
                if let spelling = StataIdioms.spelling(of: name) {
                    throw StataIdioms.failure(name, spelling: spelling, in: source, at: location, position: position)
                }
                tokens.append(FormulaToken(kind: .name(name), position: position))
                i = end
            } else if c == "#" {
                let double = i + 1 < scalars.count && scalars[i + 1] == "#"
                throw StataIdioms.failure(double ? "##" : "#", spelling: double ? "a*b (a + b + a:b)" : "a:b", in: source, at: location, position: position)
            } else {
                throw PanelError(.badFormula, "unexpected character '\(String(c))'", at: "\(location): column \(position)")
            }
        }
        tokens.append(FormulaToken(kind: .end, position: scalars.count + 1))
        return tokens
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    static func isNameStart(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A) || c == "_" || c == "." || c.value >= 0x80
    }

    private static func numberEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < scalars.count, isDigit(scalars[end]) || scalars[end] == "." { end += 1 }
        if end < scalars.count, scalars[end] == "e" || scalars[end] == "E" {
            var exponent = end + 1
            if exponent < scalars.count, scalars[exponent] == "+" || scalars[exponent] == "-" { exponent += 1 }
            if exponent < scalars.count, isDigit(scalars[exponent]) {
                end = exponent
                while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            }
        }
        return end
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }
}
