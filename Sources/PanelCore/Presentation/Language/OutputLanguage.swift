/// The language of the fixed text PanelCore writes around the numbers — column headers, statistic and
/// fixed-effect rows, notes, figure axis titles and legends, report headings: English (`en`, the default) or
/// Chinese (`zh`). Text the user supplies (labels, titles, captions, notes) is never translated. The words of each
/// language are in one catalogue, `FixedText`.
public enum OutputLanguage: String, Equatable, Sendable {
    case en, zh

    /// The names a request may give, in documentation order.
    static let names = ["en", "zh"]

    /// `english` — a phrase of the catalogue, or a template with `{}` for each of `arguments` — in this language,
    /// the arguments put in; a phrase the catalogue lacks stays English.
    func text(_ english: String, _ arguments: String...) -> String {
        FixedText.translation(of: english, arguments: arguments, in: self)
    }

    /// `text`, a whole text the engine wrote in English — a phrase or filled template of the catalogue, a sentence
    /// with its fragments, a star legend — in this language (`FixedText.chinese`).
    func fixed(_ text: String) -> String {
        self == .zh ? FixedText.chinese(text, keeping: []) : text
    }
}
