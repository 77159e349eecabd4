/// Stata's factor-variable and time-series operators written in a formula — `i.year`, `ib2.year`, `c.x`, `L.x`,
/// `L2.x`, `F.x`, `D.x`, `a#b`, `a##b` — recognised so that the `bad_formula` error shows the PanelCore spelling
/// (`i(year)`, `i(year, ref=2)`, `x`, `l(x, 1)`, `l(x, 2)`, `f(x, 1)`, `d(x)`, `a:b`, `a*b`; `i.f#c.x` is `i(f, x)`)
/// and the whole formula rewritten, instead of "no column 'i.year'". A column whose name looks like one of these is
/// written in backquotes.
enum StataIdioms {
    /// The PanelCore spelling of a name that is a Stata operator applied to a variable, nil for an ordinary name.
    static func spelling(of name: String) -> String? {
        guard let dot = name.firstIndex(of: "."), dot != name.startIndex else { return nil }
        let variable = String(name[name.index(after: dot)...])
        guard let first = variable.unicodeScalars.first, first != ".", !(first.value >= 0x30 && first.value <= 0x39) else { return nil }
        var prefix = Substring(name[..<dot])
        let operatorLetter = prefix.removeFirst()
        let digits = isDigits(prefix) ? String(prefix) : nil
        switch operatorLetter {
        case "i" where prefix.isEmpty: return "i(\(variable))"
        case "i" where prefix.hasPrefix("b") && prefix.count > 1 && isDigits(prefix.dropFirst()):
            return "i(\(variable), ref=\(prefix.dropFirst()))"
        case "c" where prefix.isEmpty: return variable
        case "L", "l": return digits.map { "l(\(variable), \($0.isEmpty ? "1" : $0))" }
        case "F", "f": return digits.map { "f(\(variable), \($0.isEmpty ? "1" : $0))" }
        case "D", "d": return digits == "" || digits == "1" ? "d(\(variable))" : nil
        default: return nil
        }
    }

    /// Whether every character of `text` is an ASCII digit (true for the empty text).
    private static func isDigits(_ text: Substring) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// `source` with every Stata idiom outside backquotes replaced by its PanelCore spelling.
    static func translated(_ source: String) -> String {
        let scalars = Array(source.unicodeScalars)
        var output = ""
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "`", let close = scalars[(i + 1)...].firstIndex(of: "`") {
                output.unicodeScalars.append(contentsOf: scalars[i...close])
                i = close + 1
            } else if c == "#" {
                let double = i + 1 < scalars.count && scalars[i + 1] == "#"
                output += double ? "*" : ":"
                i += double ? 2 : 1
            } else if FormulaLexer.isNameStart(c) {
                var end = i + 1
                while end < scalars.count, FormulaLexer.isNameStart(scalars[end]) || FormulaLexer.isDigit(scalars[end]) { end += 1 }
                var name = ""
                name.unicodeScalars.append(contentsOf: scalars[i..<end])
                output += factorSlope(name, after: Array(scalars[end...])).map { (spelling, consumed) -> String in
                    end += consumed
                    return spelling
                } ?? spelling(of: name) ?? name
                i = end
            } else {
                output.unicodeScalars.append(c)
                i += 1
            }
        }
        return output
    }

    /// `i.f#c.x` → `i(f, x)`: the spelling and the number of scalars after `name` it takes, when `name` is `i.f`
    /// followed by `#c.x`.
    private static func factorSlope(_ name: String, after rest: [Unicode.Scalar]) -> (String, Int)? {
        guard name.hasPrefix("i."), rest.count > 3, rest[0] == "#", rest[1] == "c", rest[2] == "." else { return nil }
        var end = 3
        while end < rest.count, FormulaLexer.isNameStart(rest[end]) || FormulaLexer.isDigit(rest[end]) { end += 1 }
        var slope = ""
        slope.unicodeScalars.append(contentsOf: rest[3..<end])
        return ("i(\(name.dropFirst(2)), \(slope))", end)
    }

    /// The error for the Stata idiom `idiom` (spelt `spelling` in PanelCore) at `position` of `source`.
    static func failure(_ idiom: String, spelling: String, in source: String, at location: String, position: Int) -> PanelError {
        PanelError(.badFormula, "'\(idiom)' is Stata's spelling; PanelCore writes \(spelling) — the formula in PanelCore's spelling: "
                   + translated(source), at: "\(location): column \(position)")
    }
}
