/// A text with `{}` holes (a key of `FixedText`): filling it, and finding the parts that fill it in a text; with the
/// helpers the catalogue needs — numbered holes `{1}`, replacing text, telling CJK characters — on Unicode scalars
/// (the core has no Foundation).
struct TextTemplate {
    /// The literal text between the holes: one piece more than there are holes.
    private let pieces: [[Unicode.Scalar]]

    init(_ template: String) {
        pieces = Self.split(Array(template.unicodeScalars), on: Array("{}".unicodeScalars))
    }

    /// The template with its holes filled by `arguments` in order (a missing argument leaves the hole empty).
    func filled(with arguments: [String]) -> String {
        var result = Self.string(pieces[0][...])
        for (k, piece) in pieces.dropFirst().enumerated() {
            result += (k < arguments.count ? arguments[k] : "") + Self.string(piece[...])
        }
        return result
    }

    /// The non-empty parts of `text` that fill the holes, in order (none for a template without holes that `text`
    /// equals); nil when `text` does not fill the template. A part ends where the next piece first occurs.
    func parts(of text: String) -> [String]? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.starts(with: pieces[0]) else { return nil }
        guard pieces.count > 1 else { return scalars.count == pieces[0].count ? [] : nil }
        var position = pieces[0].count
        var parts: [String] = []
        for (k, piece) in pieces.enumerated().dropFirst() {
            if k == pieces.count - 1 {
                guard scalars.count - position > piece.count, scalars[(scalars.count - piece.count)...].elementsEqual(piece) else { return nil }
                parts.append(Self.string(scalars[position..<(scalars.count - piece.count)]))
            } else {
                guard !piece.isEmpty, let found = Self.index(of: piece, in: scalars, from: position + 1) else { return nil }
                parts.append(Self.string(scalars[position..<found]))
                position = found + piece.count
            }
        }
        return parts
    }

    /// `template` with `{1}`, `{2}`… replaced by `arguments[0]`, `arguments[1]`…; a space goes between an argument
    /// and the Chinese text around it where a Latin letter or digit meets a CJK ideograph (as Chinese typesetting
    /// spaces them; not at punctuation).
    static func filling(numbered template: String, with arguments: [String]) -> String {
        var result: [Unicode.Scalar] = []
        var rest = Array(template.unicodeScalars)[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}"),
              let number = Int(string(rest[(open + 1)..<close])), number >= 1, number <= arguments.count {
            result += rest[rest.startIndex..<open]
            let argument = Array(arguments[number - 1].unicodeScalars)
            if let before = result.last, let first = argument.first, isIdeograph(before) && isLatin(first) { result.append(" ") }
            result += argument
            if let last = argument.last, close + 1 < rest.endIndex, isLatin(last) && isIdeograph(rest[close + 1]) { result.append(" ") }
            rest = rest[(close + 1)...]
        }
        return string(result[...] + rest)
    }

    /// `text` with each occurrence of `target` replaced by `replacement`.
    static func replacing(_ target: String, with replacement: String, in text: String) -> String {
        let scalars = Array(text.unicodeScalars), wanted = Array(target.unicodeScalars)
        var result: [Unicode.Scalar] = []
        var position = 0
        while let found = index(of: wanted, in: scalars, from: position) {
            result += scalars[position..<found]
            result += replacement.unicodeScalars
            position = found + wanted.count
        }
        return position == 0 ? text : string(result[...] + scalars[position...])
    }

    /// Whether `scalar` is Chinese: a CJK ideograph or a CJK or full-width punctuation mark.
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        isIdeograph(scalar) || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
    }

    /// Whether `scalar` is a CJK ideograph (the unified ideographs with extension A, the compatibility ideographs).
    private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        (0x3400...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Where `piece` (non-empty) first occurs in `scalars` at or after `start`.
    private static func index(of piece: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard !piece.isEmpty, scalars.count >= piece.count, start <= scalars.count - piece.count else { return nil }
        return (start...(scalars.count - piece.count)).first { scalars[$0..<($0 + piece.count)].elementsEqual(piece) }
    }

    /// The pieces of `text` between occurrences of `separator`.
    static func split(_ text: String, on separator: String) -> [String] {
        split(Array(text.unicodeScalars), on: Array(separator.unicodeScalars)).map { string($0[...]) }
    }

    private static func split(_ scalars: [Unicode.Scalar], on separator: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var pieces: [[Unicode.Scalar]] = []
        var position = 0
        while let found = index(of: separator, in: scalars, from: position) {
            pieces.append(Array(scalars[position..<found]))
            position = found + separator.count
        }
        return pieces + [Array(scalars[position...])]
    }
}
