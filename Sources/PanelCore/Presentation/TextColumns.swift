/// Pads text to a display width (East Asian wide characters count two columns, see `DisplayWidth`), for
/// plain-text tables.
enum TextColumns {
    static func left(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    static func centred(_ text: String, _ width: Int) -> String {
        let room = max(0, width - DisplayWidth.of(text))
        return String(repeating: " ", count: room / 2) + text + String(repeating: " ", count: room - room / 2)
    }
}
