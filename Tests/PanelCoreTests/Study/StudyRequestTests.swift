import Testing
@testable import PanelCore

/// The `study` request: sections run their models, tables come in every publication format, figures are drawn, the
/// report holds it all; malformed studies are refused with a code and a place.
struct StudyRequestTests {
    static let data = #"{"columns": {"y": [1, 3, 2, 5, 4, 6, 8, 7], "x": [0, 1, 1, 2, 2, 3, 4, 4], "g": [1, 1, 2, 2, 3, 3, 4, 4], "t": [1, 2, 1, 2, 1, 2, 1, 2]}}"#

    static func respond(_ body: String) -> JSONObject? {
        let request = #"{"abi": 1, "data": "# + data + ", " + body + "}"
        guard case .object(let object)? = try? JSONReader.parse(PanelCoreABI.respond(to: Array(request.utf8))) else { return nil }
        return object
    }

    static func errorPlace(_ body: String) -> String? {
        guard case .object(let error)? = respond(body)?["error"], case .string(let place)? = error["where"] else { return nil }
        return place
    }

    @Test func sectionsCarryResultsTablesInEveryFormatFiguresAndTheReport() {
        let response = Self.respond(#"""
        "study": {"title": "A study", "sections": [
          {"title": "Descriptives", "models": [{"estimator": "descriptives", "columns": ["y", "x"]}]},
          {"title": "Regressions", "notes": "Clustered by g.", "models": [
            {"estimator": "ols", "formula": "y ~ x"}, {"estimator": "ols", "formula": "y ~ x | g", "vcov": {"cluster": "g"}}],
           "figures": [{"type": "coefficients"}]}]}
        """#)
        guard let response, case .object(let study)? = response["study"], case .array(let sections)? = study["sections"],
              case .object(let regressions) = sections[1], case .array(let tables)? = regressions["tables"],
              case .object(let table) = tables.first ?? .null, case .object(let rendered)? = table["rendered"],
              case .string(let report)? = study["report_html"] else {
            Issue.record("unexpected response shape")
            return
        }
        #expect(response.members.map { $0.key } == ["abi", "ok", "study"])
        #expect(rendered.members.map { $0.key } == PublicationTable.formats)
        #expect(table["models"] == .array([.number(0), .number(1)]))
        guard case .object(let descriptives) = sections[0], case .array(let none)? = descriptives["tables"] else { return }
        #expect(none.isEmpty)
        for fragment in ["<h1>A study</h1>", "Descriptives", "<p>Clustered by g.</p>", "<table class=\"panelcore-table\"", "<svg", "g FE",
                         "@media print", "tr, figure { break-inside: avoid;", "section { break-before: page;"] {
            #expect(report.contains(fragment), "\(fragment)")
        }
        #expect(report.hasPrefix("<!doctype html>") && report.hasSuffix("</html>\n"))
    }

    @Test func theReportShowsTestsAsCaptionedTablesNotPreformattedText() {
        let response = Self.respond(#"""
        "panel": {"id": "g", "time": "t"},
        "study": {"title": "Tests", "sections": [{"title": "Choice of effects", "models": [{"estimator": "hausman", "formula": "y ~ x"}]}]}
        """#)
        guard case .object(let study)? = response?["study"], case .string(let report)? = study["report_html"] else {
            Issue.record("unexpected response shape")
            return
        }
        #expect(!report.contains("<pre"))
        #expect(report.contains("<caption>Hausman test: fixed vs random effects</caption>"))
        #expect(report.contains("<tfoot>") && report.contains("Prob &gt; χ²"))
    }

    @Test(arguments: [
        (#""study": {"sections": []}"#, "/study/sections"),
        (#""study": {"sections": [{"title": "x", "colour": 1}]}"#, "/study/sections/0/colour"),
        (#""study": {"sections": [{"models": [{"estimator": "ols", "formula": "y ~ nothing"}]}]}"#, "/study/sections/0/models/0/formula"),
        (#""study": {"sections": [{"models": [{"estimator": "ols", "formula": "y ~ x"}], "tables": [{"models": [3]}]}]}"#, "/study/sections/0/tables/0/models/0"),
        (#""study": {"sections": [{"models": [], "figures": [{"type": "pie"}]}]}"#, "/study/sections/0/figures/0/type"),
        (#""study": {"sections": [{}]}, "models": [{"estimator": "ols", "formula": "y ~ x"}]"#, "/"),
        (#""study": {"sections": [{}]}, "tables": []"#, "/study"),
        (#""study": 3"#, "/study"),
    ])
    func malformedStudiesAreRefusedAtTheirPlace(body: String, place: String) {
        #expect(Self.errorPlace(body) == place)
    }
}
