/// The request's `tables`: comparison tables of the request's models (by position in `models`), each rendered in
/// the formats asked for (docs/ABI.md, "Publication tables").
enum TableRequest {
    static let members = ["models", "formats", "title", "column_titles", "stars", "below", "decimals", "small_values",
                          "keep", "drop", "order", "labels", "stats", "indicators", "notes", "layout", "language"]

    /// The `tables` response member for `specs`, given the models' results in order; a table without its own
    /// `language` has `language`.
    static func run(_ specs: [JSONValue], results: [JSONValue], language: OutputLanguage = .en,
                    at base: String = "/tables") throws(PanelError) -> JSONValue {
        var tables: [JSONValue] = []
        for (k, item) in specs.enumerated() {
            let location = base + "/\(k)"
            guard case .object(let spec) = item else {
                throw PanelError(.invalidRequest, "each table must be an object", at: location)
            }
            tables.append(try table(spec, results: results, language: language, at: location))
        }
        return .array(tables)
    }

    private static func table(_ spec: JSONObject, results: [JSONValue], language: OutputLanguage, at location: String) throws(PanelError) -> JSONValue {
        try spec.requireOnly(members, at: location)
        let positions = try modelPositions(spec, count: results.count, at: location)
        var models: [ComparedModel] = []
        for position in positions {
            guard let model = ComparedModel(result: results[position]) else {
                throw PanelError(.invalidRequest, "a comparison table takes models with coefficients", at: location + "/models")
            }
            models.append(model)
        }
        let options = try self.options(spec, modelCount: models.count, at: location)
        var formats = try RenderFormats(spec.array("formats", at: location) ?? [.string("text")], at: location + "/formats")
        formats.language = try OutputLanguage(spec, at: location) ?? language
        formats.userText = options.userText + models.flatMap { model in
            [model.response] + (model.label.map { [$0] } ?? []) + model.fixedEffects + model.coefficients.map { $0.term }
        }
        var object = JSONObject()
        object.append("models", .array(positions.map { .number(Double($0)) }))
        object.append("rendered", PublicationTable.renderings([ModelComparisonTable.build(models, options: options)], formats: formats))
        return .object(object)
    }

    private static func modelPositions(_ spec: JSONObject, count: Int, at location: String) throws(PanelError) -> [Int] {
        guard let numbers = try spec.numbers("models", at: location) else { return Array(0..<count) }
        var positions: [Int] = []
        for (k, number) in numbers.enumerated() {
            guard number >= 0, number < Double(count), number == number.rounded(.towardZero) else {
                throw PanelError(.invalidOption, "'models' lists positions 0…\(count - 1) in 'models'", at: location + "/models/\(k)")
            }
            positions.append(Int(number))
        }
        guard !positions.isEmpty else {
            throw PanelError(.invalidOption, "'models' must name at least one model", at: location + "/models")
        }
        return positions
    }

    private static func options(_ spec: JSONObject, modelCount: Int, at location: String) throws(PanelError) -> ComparisonTableOptions {
        var options = ComparisonTableOptions()
        options.title = try spec.string("title", at: location)
        if let titles = try spec.strings("column_titles", at: location) {
            guard titles.count == modelCount else {
                throw PanelError(.invalidOption, "'column_titles' needs one title per model (\(modelCount))", at: location + "/column_titles")
            }
            options.columnTitles = titles
        }
        if let stars = try spec.numbers("stars", at: location) {
            guard stars.allSatisfy({ $0 > 0 && $0 < 1 }), zip(stars, stars.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw PanelError(.invalidOption, "'stars' are increasing p-value thresholds in (0, 1), e.g. [0.01, 0.05, 0.1]", at: location + "/stars")
            }
            options.starThresholds = stars
        }
        if let below = try spec.string("below", at: location) {
            guard ["se", "t", "p", "ci", "none"].contains(below) else {
                throw PanelError(.invalidOption, "'below' is one of se, t, p, ci, none", at: location + "/below")
            }
            options.below = below
        }
        if let decimals = try spec.number("decimals", at: location) {
            guard decimals >= 0, decimals <= 8, decimals == decimals.rounded(.towardZero) else {
                throw PanelError(.invalidOption, "'decimals' is a whole number from 0 to 8", at: location + "/decimals")
            }
            options.decimals = Int(decimals)
        }
        if let small = try spec.string("small_values", at: location) {
            guard small == "fixed" || small == "scientific" else {
                throw PanelError(.invalidOption, "'small_values' is fixed or scientific", at: location + "/small_values")
            }
            options.keepsSignificantDigits = small == "scientific"
        }
        options.keep = try spec.strings("keep", at: location)
        options.drop = try spec.strings("drop", at: location) ?? []
        options.order = try spec.strings("order", at: location) ?? []
        options.statistics = try spec.strings("stats", at: location) ?? options.statistics
        options.notes = try spec.strings("notes", at: location) ?? []
        if let layout = try spec.string("layout", at: location) {
            guard let chosen = TableLayout(rawValue: layout) else {
                throw PanelError(.invalidOption, "'layout' is one of \(TableLayout.names.joined(separator: ", "))", at: location + "/layout")
            }
            options.layout = chosen
        }
        if let labels = try spec.object("labels", at: location) {
            for member in labels.members {
                guard case .string(let text) = member.value else {
                    throw PanelError(.invalidOption, "labels are strings", at: location + "/labels/" + member.key)
                }
                options.labels[member.key] = text
            }
        }
        for (k, item) in (try spec.array("indicators", at: location) ?? []).enumerated() {
            let rowLocation = location + "/indicators/\(k)"
            guard case .object(let row) = item else {
                throw PanelError(.invalidOption, "an indicator row is {\"label\": …, \"values\": […]}", at: rowLocation)
            }
            try row.requireOnly(["label", "values"], at: rowLocation)
            let values = try row.strings("values", at: rowLocation) ?? []
            guard values.count == modelCount else {
                throw PanelError(.invalidOption, "an indicator row needs one value per model (\(modelCount))", at: rowLocation + "/values")
            }
            options.indicatorRows.append(IndicatorRow(label: try row.requireString("label", at: rowLocation), values: values))
        }
        return options
    }
}
