extension MemberSchema {
    /// Checks a present value (null counts as absent, as everywhere in ABI 1): its JSON type, for strings their
    /// allowed values, for numbers their range and, for integers, that they are whole. A wrong type fails with
    /// `typeError` (`invalid_request` for a model's members, `invalid_option` for its options); a value out of its
    /// set or range with `invalid_option`.
    func check(_ value: JSONValue, typeError: PanelError.Code = .invalidRequest, at location: String) throws(PanelError) {
        switch value {
        case .null:
            return
        case .string(let text):
            guard [.string, .stringOrStrings, .stringOrObject, .numberOrString, .booleanOrString, .numberStringObjectOrNumbers].contains(type) else { break }
            try checkAllowed(text, at: location)
            return
        case .number(let x):
            guard [.number, .integer, .numberOrString, .numberOrNumbers, .numberStringObjectOrNumbers].contains(type) else { break }
            try checkRange(x, at: location)
            return
        case .bool:
            guard type == .boolean || type == .booleanOrString else { break }
            return
        case .object:
            guard type == .object || type == .stringOrObject || type == .numberStringObjectOrNumbers else { break }
            return
        case .array(let items):
            switch type {
            case .strings, .stringOrStrings:
                for (k, item) in items.enumerated() {
                    guard case .string(let text) = item else {
                        throw PanelError(typeError, "'\(name)' must be an array of strings", at: location + "/\(k)")
                    }
                    try checkAllowed(text, at: location + "/\(k)")
                }
                return
            case .numbers, .numberOrNumbers, .numberStringObjectOrNumbers:
                for (k, item) in items.enumerated() {
                    guard case .number(let x) = item else {
                        throw PanelError(typeError, "'\(name)' must be an array of numbers", at: location + "/\(k)")
                    }
                    try checkRange(x, at: location + "/\(k)")
                }
                return
            case .array:
                return
            default:
                break
            }
        }
        throw PanelError(typeError, "'\(name)' must be \(typeDescription)", at: location)
    }

    /// The type in words, for messages: "a string", "an array of strings", …
    var typeDescription: String {
        switch type {
        case .string: return "a string"
        case .number: return "a number"
        case .integer: return "a whole number"
        case .boolean: return "true or false"
        case .object: return "an object"
        case .array: return "an array"
        case .strings: return "an array of strings"
        case .numbers: return "an array of numbers"
        case .stringOrStrings: return "a string or an array of strings"
        case .stringOrObject: return "a string or an object"
        case .numberOrString: return "a number or a string"
        case .numberOrNumbers: return "a number or an array of numbers"
        case .booleanOrString: return "true, false or a string"
        case .numberStringObjectOrNumbers: return "a number, a string, an object or an array of numbers"
        }
    }

    private func checkAllowed(_ text: String, at location: String) throws(PanelError) {
        guard !allowed.isEmpty, !allowed.contains(text) else { return }
        throw PanelError(.invalidOption, "'\(name)' is one of: \(allowed.joined(separator: ", "))"
                         + ClosestName.suggestion(for: text, among: allowed), at: location)
    }

    private func checkRange(_ x: Double, at location: String) throws(PanelError) {
        let whole = type != .integer || x == x.rounded(.towardZero)
        let inRange = (minimum.map { x >= $0 } ?? true) && (maximum.map { x <= $0 } ?? true)
        guard whole, inRange else {
            var bounds = ""
            if let minimum, let maximum {
                bounds = " from \(JSONWriter.formatNumber(minimum)) to \(JSONWriter.formatNumber(maximum))"
            } else if let minimum {
                bounds = " of at least \(JSONWriter.formatNumber(minimum))"
            } else if let maximum {
                bounds = " of at most \(JSONWriter.formatNumber(maximum))"
            }
            throw PanelError(.invalidOption, "'\(name)' must be \(type == .integer ? "a whole number" : "a number")\(bounds)", at: location)
        }
    }
}
