/// The request's `tables`: comparison tables of the request's models (by position in `models`), each rendered in
/// the formats asked for (docs/ABI.md, "Publication tables").
enum TableRequest {
    static let members = ["models", "formats", "title", "column_titles", "stars", "below", "decimals", "keep", "drop",
                          "order", "labels", "stats", "indicators", "notes"]

    /// The `tables` response member for `specs`, given the models' results in order.
    static func run(_ specs: [JSONValue], results: [JSONValue]) throws(PanelError) -> JSONValue {
        var tables: [JSONValue] = []
        for (k, item) in specs.enumerated() {
            let location = "/tables/\(k)"
            guard case .object(let spec) = item else {
                throw PanelError(.invalidRequest, "each table must be an object", at: location)
            }
            tables.append(try table(spec, results: results, at: location))
        }
        return .array(tables)
    }

    private static func table(_ spec: JSONObject, results: [JSONValue], at location: String) throws(PanelError) -> JSONValue {
        try spec.requireOnly(members, at: location)
        let positions = try modelPositions(spec, count: results.count, at: location)
        var models: [ComparedModel] = []
        for position in positions {
            models.append(try comparedModel(results[position], at: location + "/models"))
        }
        let options = try self.options(spec, modelCount: models.count, at: location)
        let formats = try spec.strings("formats", at: location) ?? ["text"]
        let built = ModelComparisonTable.build(models, options: options)
        var rendered = JSONObject()
        for (k, format) in formats.enumerated() {
            guard let text = built.render(format) else {
                throw PanelError(.invalidOption, "table formats: \(PublicationTable.formats.joined(separator: ", "))", at: location + "/formats/\(k)")
            }
            rendered.append(format, .string(text))
        }
        var object = JSONObject()
        object.append("models", .array(positions.map { .number(Double($0)) }))
        object.append("rendered", .object(rendered))
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

    /// The parts of a result a comparison table shows; results without coefficients cannot be tabulated.
    private static func comparedModel(_ result: JSONValue, at location: String) throws(PanelError) -> ComparedModel {
        guard case .object(let object) = result, case .array(let rows)? = object["coefficients"] else {
            throw PanelError(.invalidRequest, "a comparison table takes models with coefficients", at: location)
        }
        var coefficients: [CoefficientEstimate] = []
        for row in rows {
            guard case .object(let fields) = row, case .string(let term)? = fields["term"],
                  case .number(let estimate)? = fields["estimate"], case .number(let standardError)? = fields["std_error"] else { continue }
            coefficients.append(CoefficientEstimate(term: term, estimate: estimate, standardError: standardError,
                                                    statistic: fields["statistic"]?.numberValue, pValue: fields["p_value"]?.numberValue,
                                                    confidenceLow: fields["conf_low"]?.numberValue, confidenceHigh: fields["conf_high"]?.numberValue))
        }
        var statistics: [NamedStatistic] = []
        if let nobs = object["nobs"]?.numberValue { statistics.append(NamedStatistic("nobs", nobs)) }
        if case .object(let stats)? = object["stats"] {
            for member in stats.members { statistics.append(NamedStatistic(member.key, member.value.numberValue)) }
        }
        var fixedEffects: [String] = []
        if case .array(let names)? = object["fixed_effects"] {
            for name in names { if case .string(let effect) = name { fixedEffects.append(effect) } }
        }
        var label: String?
        if case .string(let text)? = object["label"] { label = text }
        var response = ""
        if case .string(let text)? = object["response"] { response = text }
        return ComparedModel(response: response, label: label, coefficients: coefficients, statistics: statistics, fixedEffects: fixedEffects)
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
        options.keep = try spec.strings("keep", at: location)
        options.drop = try spec.strings("drop", at: location) ?? []
        options.order = try spec.strings("order", at: location) ?? []
        options.statistics = try spec.strings("stats", at: location) ?? options.statistics
        options.notes = try spec.strings("notes", at: location) ?? []
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
