/// Typed reads of request members, each failing with `invalid_request` at a JSON-pointer location.
extension JSONObject {
    /// Fails when the object has members other than `allowed` (catches misspelt options).
    func requireOnly(_ allowed: [String], at location: String) throws(PanelError) {
        for member in members where !allowed.contains(member.key) {
            throw PanelError(.invalidRequest, "unknown member '\(member.key)'; expected one of: \(allowed.joined(separator: ", "))",
                             at: location + "/" + member.key)
        }
    }

    func string(_ key: String, at location: String) throws(PanelError) -> String? {
        guard let value = self[key], value != .null else { return nil }
        guard case .string(let text) = value else {
            throw PanelError(.invalidRequest, "'\(key)' must be a string", at: location + "/" + key)
        }
        return text
    }

    func requireString(_ key: String, at location: String) throws(PanelError) -> String {
        guard let text = try string(key, at: location) else {
            throw PanelError(.invalidRequest, "missing '\(key)'", at: location + "/" + key)
        }
        return text
    }

    func number(_ key: String, at location: String) throws(PanelError) -> Double? {
        guard let value = self[key], value != .null else { return nil }
        guard case .number(let x) = value else {
            throw PanelError(.invalidRequest, "'\(key)' must be a number", at: location + "/" + key)
        }
        return x
    }

    func object(_ key: String, at location: String) throws(PanelError) -> JSONObject? {
        guard let value = self[key], value != .null else { return nil }
        guard case .object(let object) = value else {
            throw PanelError(.invalidRequest, "'\(key)' must be an object", at: location + "/" + key)
        }
        return object
    }

    func array(_ key: String, at location: String) throws(PanelError) -> [JSONValue]? {
        guard let value = self[key], value != .null else { return nil }
        guard case .array(let items) = value else {
            throw PanelError(.invalidRequest, "'\(key)' must be an array", at: location + "/" + key)
        }
        return items
    }
}

extension JSONObject {
    /// An optional array of strings.
    func strings(_ key: String, at location: String) throws(PanelError) -> [String]? {
        guard let items = try array(key, at: location) else { return nil }
        var values: [String] = []
        for (k, item) in items.enumerated() {
            guard case .string(let value) = item else {
                throw PanelError(.invalidRequest, "'\(key)' must be an array of strings", at: location + "/\(key)/\(k)")
            }
            values.append(value)
        }
        return values
    }

    /// A non-empty array of strings.
    func requireStrings(_ key: String, at location: String) throws(PanelError) -> [String] {
        guard let texts = try strings(key, at: location), !texts.isEmpty else {
            throw PanelError(.invalidRequest, "'\(key)' must be a non-empty array of strings", at: location + "/" + key)
        }
        return texts
    }

    /// An optional array of numbers.
    func numbers(_ key: String, at location: String) throws(PanelError) -> [Double]? {
        guard let items = try array(key, at: location) else { return nil }
        var values: [Double] = []
        for (k, item) in items.enumerated() {
            guard case .number(let value) = item else {
                throw PanelError(.invalidRequest, "'\(key)' must be an array of numbers", at: location + "/\(key)/\(k)")
            }
            values.append(value)
        }
        return values
    }
}

extension JSONObject {
    /// Appends a result's `rendered` member: for each requested format, in order, the text `rendering(format)` gives;
    /// formats it has no rendering for (nil) are left out, and so is the member when none remains.
    mutating func appendRenderings(_ formats: RenderFormats, _ rendering: (String) -> String?) {
        var rendered = JSONObject()
        for format in formats {
            if let text = rendering(format) { rendered.append(format, .string(text)) }
        }
        if !rendered.members.isEmpty { append("rendered", .object(rendered)) }
    }

    /// Appends a result's `rendered` member for a result that has both a Stata-style log and publication tables:
    /// `text()` for the text format, `tables()` (built once, only when a publication format is asked for) in every
    /// other format, in the formats' language.
    mutating func appendRenderings(_ formats: RenderFormats, text: () -> String, tables: () -> [PublicationTable]) {
        var built: [PublicationTable]?
        appendRenderings(formats) { format in
            if format == "text" { return text() }
            let shown = built ?? tables()
            built = shown
            return formats.text(shown, format)
        }
    }
}
