/// A table title's own number, split from its caption text: "Table 3. Baseline" → ("3", "Baseline"),
/// "表3 基准回归" → ("3", "基准回归"), "Table A1: Robustness" → ("A1", "Robustness"); a title without a leading
/// number → (nil, title). Formats that number tables themselves (LaTeX) use it to keep the author's number.
enum TableCaption {
    static func split(_ title: String) -> (number: String?, caption: String) {
        var rest = Substring(title)
        if rest.hasPrefix("Table ") {
            rest = rest.dropFirst(6)
        } else if rest.hasPrefix("表") {
            rest = rest.dropFirst()
        } else {
            return (nil, title)
        }
        rest = rest.drop { $0 == " " }
        let number = rest.prefix { ($0.isLetter || $0.isNumber) && $0.isASCII }
        guard !number.isEmpty, number.contains(where: { $0.isNumber }) else { return (nil, title) }
        var caption = rest.dropFirst(number.count)
        guard let first = caption.first, first == " " || first == "." || first == ":" || first == "：" || first == "　"
        else { return (nil, title) }
        caption = caption.drop { $0 == " " || $0 == "." || $0 == ":" || $0 == "：" || $0 == "　" }
        return caption.isEmpty ? (nil, title) : (String(number), String(caption))
    }
}
