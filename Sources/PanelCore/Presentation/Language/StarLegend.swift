/// The significance-star legend of a table's notes (`* p<0.1, ** p<0.05, *** p<0.01`, in either order, any
/// thresholds) in Chinese: `*、**、*** 分别表示在 10%、5%、1% 的水平上显著`.
enum StarLegend {
    /// The legend the tables write by default, in both orders they write it.
    private static let standard = ["* p<0.1, ** p<0.05, *** p<0.01", "*** p<0.01, ** p<0.05, * p<0.1"]

    /// `text` in Chinese when it is a legend as a whole (items `STARS p<0.NNN` joined by ", "); nil otherwise.
    static func chinese(_ text: String) -> String? {
        var items: [(stars: String, percent: String)] = []
        for item in TextTemplate.split(text, on: ", ") {
            let halves = TextTemplate.split(item, on: " p<")
            guard halves.count == 2, !halves[0].isEmpty, halves[0].unicodeScalars.allSatisfy({ $0 == "*" }),
                  let percent = percent(halves[1]) else { return nil }
            items.append((halves[0], percent))
        }
        guard !items.isEmpty else { return nil }
        items.sort { $0.stars.unicodeScalars.count < $1.stars.unicodeScalars.count }
        let stars = items.map { $0.stars }.joined(separator: "、"), levels = items.map { $0.percent + "%" }.joined(separator: "、")
        return stars + (items.count > 1 ? " 分别表示在 " : " 表示在 ") + levels + " 的水平上显著"
    }

    /// `text` with each standard legend inside it in Chinese.
    static func replacingStandard(in text: String) -> String {
        standard.reduce(text) { text, legend in TextTemplate.replacing(legend, with: chinese(legend) ?? legend, in: text) }
    }

    /// A threshold written `0.DIGITS` as a percentage (`0.05` → `5`, `0.001` → `0.1`); nil for any other text.
    private static func percent(_ threshold: String) -> String? {
        let scalars = Array(threshold.unicodeScalars)
        guard scalars.count > 2, scalars[0] == "0", scalars[1] == ".", scalars.dropFirst(2).allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        var digits = Array(scalars.dropFirst(2))
        while digits.count < 2 { digits.append("0") }
        var whole = Array(digits[0..<2])
        if whole[0] == "0" { whole.removeFirst() }
        var fraction = Array(digits.dropFirst(2))
        while fraction.last == "0" { fraction.removeLast() }
        return TextTemplate.string(whole[...]) + (fraction.isEmpty ? "" : "." + TextTemplate.string(fraction[...]))
    }
}
