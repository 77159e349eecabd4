extension JSONValue {
    /// A result object with `warnings` appended to its `warnings` array (made, at the end, when it has none); the
    /// value itself when there is nothing to add or it is not an object.
    func addingWarnings(_ warnings: [String]) -> JSONValue {
        guard !warnings.isEmpty, case .object(var object) = self else { return self }
        let added = warnings.map { JSONValue.string($0) }
        if let index = object.members.lastIndex(where: { $0.key == "warnings" }), case .array(let existing) = object.members[index].value {
            object.members[index].value = .array(existing + added)
        } else {
            object.append("warnings", .array(added))
        }
        return .object(object)
    }
}
