/// The printed width of a table cell in Computer Modern, in digit widths (a digit is half an em): lowercase letters
/// about one, capitals about one and a half, spaces, stops and brackets less, `%` and `&` more, a CJK character
/// two (a full em); significance stars, set as a superscript, 0.7 each. `LaTeXTableFit` turns it into points at
/// each type size.
enum LaTeXTextWidth {
    static func of(_ cell: String) -> Double {
        var width = 0.0
        for scalar in cell.unicodeScalars { width += digits(scalar) }
        return width
    }

    private static func digits(_ scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case "0"..."9", "-", "_", "$", "#": return 1
        case "a"..."z": return scalar == "m" || scalar == "w" ? 1.5 : (scalar == "i" || scalar == "l" || scalar == "j" ? 0.56 : 0.95)
        case "A"..."Z": return scalar == "M" || scalar == "W" ? 1.9 : 1.45
        case " ": return 0.67
        case ".", ",", ":", ";", "'", "!": return 0.56
        case "(", ")", "[", "]", "{", "}", "|", "/": return 0.78
        case "*": return 0.7
        case "%", "&", "+", "=", "<", ">", "~", "^", "\\": return 1.56
        default: return DisplayWidth.of(String(scalar)) == 2 ? 2 : 1.2
        }
    }
}
