/// Text made safe for a LaTeX text-mode argument under pdflatex: the ten special characters escaped, `<`, `>` and
/// `|` (which print as other glyphs in the default OT1 font encoding) set in math mode, Greek letters, super- and
/// subscript digits and math signs (`σ²`, `χ²`, `−`, `≤`, `×`) given math-mode forms, dashes as `--`/`---`. Other
/// characters (accented Latin, CJK for xeCJK) pass through as UTF-8.
enum LaTeXText {
    static func escaped(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            if let replacement = textForm(scalar) {
                escaped += replacement
            } else if let math = mathForm(scalar) {
                escaped += "$" + math + "$"
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// The text-mode replacement of a special character, nil for others.
    private static func textForm(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\\": return "\\textbackslash{}"
        case "&", "%", "$", "#", "_", "{", "}": return "\\" + String(Character(scalar))
        case "~": return "\\textasciitilde{}"
        case "^": return "\\textasciicircum{}"
        case "–": return "--"
        case "—": return "---"
        default: return nil
        }
    }

    private static let lowerGreek = ["\\alpha", "\\beta", "\\gamma", "\\delta", "\\epsilon", "\\zeta", "\\eta",
                                     "\\theta", "\\iota", "\\kappa", "\\lambda", "\\mu", "\\nu", "\\xi", "o", "\\pi",
                                     "\\rho", "\\varsigma", "\\sigma", "\\tau", "\\upsilon", "\\phi", "\\chi",
                                     "\\psi", "\\omega"]
    private static let upperGreek = ["A", "B", "\\Gamma", "\\Delta", "E", "Z", "H", "\\Theta", "I", "K", "\\Lambda",
                                     "M", "N", "\\Xi", "O", "\\Pi", "P", "", "\\Sigma", "T", "\\Upsilon", "\\Phi",
                                     "X", "\\Psi", "\\Omega"]

    /// The math-mode form of a sign, Greek letter or super-/subscript digit, nil for others.
    private static func mathForm(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x3B1...0x3C9: return lowerGreek[Int(value - 0x3B1)]
        case 0x391...0x3A9: return upperGreek[Int(value - 0x391)].isEmpty ? nil : upperGreek[Int(value - 0x391)]
        case 0x2070, 0x2074...0x2079: return "^{\(value - 0x2070)}"
        case 0xB9: return "^{1}"
        case 0xB2, 0xB3: return "^{\(value - 0xB0)}"
        case 0x2080...0x2089: return "_{\(value - 0x2080)}"
        default: break
        }
        switch scalar {
        case "<", ">", "|": return String(Character(scalar))
        case "−": return "-"
        case "⁻": return "^{-}"
        case "⁺": return "^{+}"
        case "±": return "\\pm"
        case "×": return "\\times"
        case "·": return "\\cdot"
        case "≤": return "\\leq"
        case "≥": return "\\geq"
        case "≠": return "\\neq"
        case "≈": return "\\approx"
        case "∞": return "\\infty"
        default: return nil
        }
    }
}
