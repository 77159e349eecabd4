/// `"study": {"title", "sections": [{"title", "notes", "models", "tables", "figures"}]}`: a whole analysis in one
/// request. The steps run first (top level, as always); each section runs its models, then its comparison tables
/// (by default one of all its models with coefficients) and figures; the response holds every section's results,
/// tables in every publication format and SVG figures, and a self-contained HTML report (docs/ABI.md, "Studies").
/// The study's `language` is that of every model, table and figure without its own, and of the report's headings.
enum StudyRequest {
    static let members = ["title", "sections", "language"]
    static let sectionMembers = ["title", "notes", "models", "tables", "figures"]

    static func run(_ study: JSONObject, request: Request) throws(PanelError) -> JSONValue {
        try study.requireOnly(members, at: "/study")
        var request = request
        request.render.language = try OutputLanguage(study, at: "/study") ?? .en
        let language = request.render.language
        let title = try study.string("title", at: "/study") ?? language.text("Study")
        guard let sections = try study.array("sections", at: "/study"), !sections.isEmpty else {
            throw PanelError(.invalidRequest, "a study needs a non-empty array of 'sections'", at: "/study/sections")
        }
        var answered: [JSONValue] = []
        for (k, item) in sections.enumerated() {
            let location = "/study/sections/\(k)"
            guard case .object(let section) = item else {
                throw PanelError(.invalidRequest, "each section must be an object", at: location)
            }
            answered.append(.object(try runSection(section, request: request, at: location)))
        }
        var object = JSONObject()
        object.append("title", .string(title))
        object.append("sections", .array(answered))
        object.append("report_html", .string(StudyReport.html(title: title, steps: request.stepReports, sections: answered, language: language)))
        return .object(object)
    }

    private static func runSection(_ section: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONObject {
        try section.requireOnly(sectionMembers, at: location)
        var results: [JSONValue] = []
        for (k, item) in (try section.array("models", at: location) ?? []).enumerated() {
            guard case .object(let spec) = item else {
                throw PanelError(.invalidRequest, "each model must be an object", at: location + "/models/\(k)")
            }
            results.append(try PanelCoreABI.run(spec, request: request, at: location + "/models/\(k)"))
        }
        var tableSpecs = try section.array("tables", at: location)
        if tableSpecs == nil {
            let regressions = results.indices.filter { ComparedModel(result: results[$0]) != nil }
            tableSpecs = regressions.isEmpty ? [] : [.object(JSONObject([JSONObject.Member(key: "models", value: .array(regressions.map { .number(Double($0)) }))]))]
        }
        let tables = try TableRequest.run(withAllFormats(tableSpecs ?? []), results: results, language: request.render.language,
                                          at: location + "/tables")
        var object = JSONObject()
        object.append("title", .string(try section.string("title", at: location) ?? ""))
        if let notes = try section.string("notes", at: location) { object.append("notes", .string(notes)) }
        object.append("results", .array(results))
        object.append("tables", tables)
        object.append("figures", try FigureRequest.run(try section.array("figures", at: location) ?? [], results: results,
                                                      table: request.data, language: request.render.language, at: location + "/figures"))
        return object
    }

    /// Table specifications with `formats` set to every publication format (a study writes them all).
    private static func withAllFormats(_ specs: [JSONValue]) -> [JSONValue] {
        specs.map { spec in
            guard case .object(var object) = spec else { return spec }
            object.members.removeAll { $0.key == "formats" }
            object.append("formats", .array(PublicationTable.formats.map { .string($0) }))
            return .object(object)
        }
    }
}
