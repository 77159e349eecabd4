extension OutputLanguage {
    /// The `language` member of `object` (a table, figure or study; nil when absent): `invalid_option` at
    /// `location/language` for anything but one of `names`.
    init?(_ object: JSONObject, at location: String) throws(PanelError) {
        guard let name = try object.string("language", at: location) else { return nil }
        guard let language = OutputLanguage(rawValue: name) else {
            throw PanelError(.invalidOption, "'language' is one of: \(Self.names.joined(separator: ", "))", at: location + "/language")
        }
        self = language
    }
}
