import PanelCore

/// The names of a study's files, after the table numbers of the paper: a section titled "Table 10. …" is `table-10`,
/// another section `section-NN` (its position); its results add their estimator (`table-10-iv`), its comparison
/// tables `table`, its figures `figure-` and their type, each numbered (`-1`, `-2`, …) only when the name repeats in
/// the section; preparation steps are `step-NN-` and their kind.
enum StudyFileNames {
    /// The prefix of section `position` (1-based) titled `title`; `used` holds the prefixes given so far.
    static func sectionPrefix(title: String, position: Int, used: inout Set<String>) -> String {
        var prefix = position < 10 ? "section-0\(position)" : "section-\(position)"
        if title.hasPrefix("Table ") {
            let number = title.dropFirst(6).prefix { ($0.isLetter || $0.isNumber) && $0.isASCII }
            if number.contains(where: { $0.isNumber }), !used.contains("table-" + number.lowercased()) {
                prefix = "table-" + number.lowercased()
            }
        }
        used.insert(prefix)
        return prefix
    }

    /// `names` with `-1`, `-2`, … added to each that occurs more than once.
    static func numbered(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            guard names.filter({ $0 == name }).count > 1 else { return name }
            seen[name, default: 0] += 1
            return name + "-\(seen[name] ?? 1)"
        }
    }

    /// `text` in lowercase ASCII letters and digits, other runs of characters turned into one `-`.
    static func slug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "table" : slug
    }
}
