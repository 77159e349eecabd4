/// Checking the members of one object of the request language (a model or a preparation step) against their
/// definitions — the one check `EstimatorSchema` and `StepSchema` share.
extension MemberSchema {
    /// Every member of `spec` other than `skipping` is one of `definitions` and passes its check, and every required
    /// one is present (null counts as absent). `owner` names the object in messages (an estimator's name, "the
    /// winsorize step"). Returns the deprecation warnings of the old spellings used.
    static func checkMembers(_ spec: JSONObject, against definitions: [MemberSchema], skipping: [String], owner: String,
                             at location: String) throws(PanelError) -> [String] {
        var warnings: [String] = []
        for entry in spec.members where !skipping.contains(entry.key) {
            guard let definition = definitions.first(where: { $0.name == entry.key }) else {
                let known = [skipping[0]] + definitions.map { $0.name } + skipping.dropFirst()
                throw PanelError(.invalidRequest, unknownMessage(entry.key, kind: "member", of: owner, known: known), at: location + "/" + entry.key)
            }
            try definition.check(entry.value, at: location + "/" + entry.key)
            if let replacement = definition.replacement {
                warnings.append("'\(entry.key)' is deprecated (ABI 1 still reads it): \(replacement)")
            }
        }
        for definition in definitions where definition.required && (spec[definition.name] ?? .null) == .null {
            throw PanelError(.invalidRequest, "missing '\(definition.name)': \(definition.help)", at: location + "/" + definition.name)
        }
        return warnings
    }

    /// "unknown member 'x' of ols; did you mean …? (expected one of: …)".
    static func unknownMessage(_ key: String, kind: String, of owner: String, known: [String]) -> String {
        "unknown \(kind) '\(key)' of \(owner)\(ClosestName.suggestion(for: key, among: known)) (expected one of: \(known.joined(separator: ", ")))"
    }
}
