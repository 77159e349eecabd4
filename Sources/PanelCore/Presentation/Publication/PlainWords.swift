/// An option's or category's name (`never_treated`, `treated_vs_never`, `random_units`) as words for table text
/// (`never treated`, `treated vs never`, `random units`): underscores become spaces.
enum PlainWords {
    static func of(_ name: String) -> String {
        String(name.map { $0 == "_" ? " " : $0 })
    }
}
