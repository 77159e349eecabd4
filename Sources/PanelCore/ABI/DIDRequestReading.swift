/// Request members shared by the staggered-adoption estimators: the adoption timing, the confidence level and
/// named choices among `options`.
enum DIDRequestReading {
    /// The adoption timing from exactly one of `treatment` (a 0/1 absorbing status) or `cohort` (first treated
    /// period, 0 or missing = never treated).
    static func timing(_ spec: JSONObject, table: DataTable, panel: PanelIndex, at location: String) throws(PanelError) -> AdoptionTiming {
        switch (try spec.string("treatment", at: location), try spec.string("cohort", at: location)) {
        case (let status?, nil): return try AdoptionTiming(table: table, panel: panel, status: status, at: location + "/treatment")
        case (nil, let cohort?): return try AdoptionTiming(table: table, panel: panel, cohort: cohort, at: location + "/cohort")
        default: throw PanelError(.invalidRequest, "give exactly one of 'treatment' (0/1 status) or 'cohort' (first treated period)", at: location)
        }
    }

    /// The data and panel a staggered-adoption estimator needs, or `invalid_request`.
    static func panelData(_ request: Request, estimator: String) throws(PanelError) -> (DataTable, PanelIndex) {
        guard let table = request.data else { throw PanelError(.invalidRequest, "\(estimator) needs 'data'", at: "/data") }
        guard let panel = request.panel else {
            throw PanelError(.invalidRequest, "\(estimator) needs the request's \"panel\": {\"id\": …, \"time\": …}", at: "/panel")
        }
        return (table, panel)
    }

    /// The column names in the array member `key` (nil when absent); `invalid_request` unless it is a non-empty
    /// array of strings.
    static func columnNames(_ key: String, in spec: JSONObject, at location: String) throws(PanelError) -> [String]? {
        spec[key] == nil ? nil : try spec.requireStrings(key, at: location)
    }

    /// `options.level` (default 0.95), checked as `ModelOptions` does.
    static func level(_ options: JSONObject?, at place: String) throws(PanelError) -> Double {
        var levelOnly = JSONObject()
        if let level = options?["level"] { levelOnly.append("level", level) }
        return try ModelOptions(levelOnly, at: place).level
    }

    /// The boolean option `name` (`value` when absent or null); `invalid_option` unless true or false.
    static func flag(_ name: String, in options: JSONObject?, default value: Bool, at place: String) throws(PanelError) -> Bool {
        switch options?[name] {
        case nil, .null?: return value
        case .bool(let flag)?: return flag
        default: throw PanelError(.invalidOption, "'\(name)' must be true or false", at: place + "/" + name)
        }
    }

    /// The option `name` as one of the raw values of `Choice`, or `value` when absent.
    static func choice<Choice: RawRepresentable>(_ name: String, in options: JSONObject?, default value: Choice,
                                                at place: String) throws(PanelError) -> Choice where Choice.RawValue == String {
        guard let text = try options?.string(name, at: place) else { return value }
        guard let chosen = Choice(rawValue: text) else {
            throw PanelError(.invalidOption, "unknown \(name) '\(text)'", at: place + "/" + name)
        }
        return chosen
    }

    /// `object` with the model's `label` and the renderings the request asks for: the plain text `text()`, the
    /// publication `tables()` in the other formats.
    static func response(_ object: JSONObject, spec: JSONObject, render: RenderFormats, at location: String,
                         text: () -> String, tables: () -> [PublicationTable]) throws(PanelError) -> JSONValue {
        var object = object
        if let label = try spec.string("label", at: location) { object.append("label", .string(label)) }
        object.appendRenderings(render, text: text, tables: tables)
        return .object(object)
    }
}
