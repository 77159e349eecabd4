import Testing
@testable import PanelCore

/// The request's `tables` member: built from the models' results, rendered in the formats asked for; bad options
/// come back as errors with a code and a place.
struct TableRequestTests {
    static let data = #"{"columns": {"y": [1, 3, 2, 5, 4, 6], "x": [0, 1, 1, 2, 2, 3], "g": [1, 1, 2, 2, 3, 3]}}"#

    static func respond(models: String, tables: String) -> JSONValue? {
        let request = #"{"abi": 1, "data": "# + data + #", "models": "# + models + #", "tables": "# + tables + "}"
        return try? JSONReader.parse(PanelCoreABI.respond(to: Array(request.utf8)))
    }

    static func error(_ response: JSONValue?) -> (code: String, location: String)? {
        guard case .object(let object)? = response, case .object(let error)? = object["error"],
              case .string(let code)? = error["code"], case .string(let location)? = error["where"] else { return nil }
        return (code, location)
    }

    @Test func tablesComeAfterTheResultsWithOneRenderingPerFormat() throws {
        let response = Self.respond(models: #"[{"estimator": "ols", "formula": "y ~ x"}, {"estimator": "ols", "formula": "y ~ x | g"}]"#,
                                    tables: #"[{"formats": ["latex", "csv"]}, {"models": [1], "title": "FE only"}]"#)
        guard case .object(let object)? = response, case .array(let tables)? = object["tables"] else {
            Issue.record("no tables in the response")
            return
        }
        #expect(object.members.map { $0.key } == ["abi", "ok", "results", "tables"])
        #expect(tables.count == 2)
        guard case .object(let first) = tables[0], case .object(let rendered)? = first["rendered"],
              case .object(let second) = tables[1], case .object(let renderedSecond)? = second["rendered"] else { return }
        #expect(rendered.members.map { $0.key } == ["latex", "csv"])
        #expect(first["models"] == .array([.number(0), .number(1)]))
        #expect(renderedSecond.members.map { $0.key } == ["text"])
        guard case .string(let text)? = renderedSecond["text"] else { return }
        #expect(text.hasPrefix("FE only\n"))
        #expect(text.contains("g FE"))
    }

    @Test(arguments: [
        (#"[{"formats": ["docx"]}]"#, "invalid_option", "/tables/0/formats/0"),
        (#"[{"models": [2]}]"#, "invalid_option", "/tables/0/models/0"),
        (#"[{"models": []}]"#, "invalid_option", "/tables/0/models"),
        (#"[{"stars": [0.1, 0.05]}]"#, "invalid_option", "/tables/0/stars"),
        (#"[{"below": "brackets"}]"#, "invalid_option", "/tables/0/below"),
        (#"[{"small_values": "significant"}]"#, "invalid_option", "/tables/0/small_values"),
        (#"[{"layout": "sideways"}]"#, "invalid_option", "/tables/0/layout"),
        (#"[{"layout": true}]"#, "invalid_request", "/tables/0/layout"),
        (#"[{"colour": "red"}]"#, "invalid_request", "/tables/0"),
        (#"[{"column_titles": ["a", "b"]}]"#, "invalid_option", "/tables/0/column_titles"),
        (#"[{"indicators": [{"label": "Controls", "values": []}]}]"#, "invalid_option", "/tables/0/indicators/0/values"),
        (#"[3]"#, "invalid_request", "/tables/0"),
    ])
    func badTableOptionsAreRefusedWithTheirPlace(tables: String, code: String, location: String) {
        let response = Self.respond(models: #"[{"estimator": "ols", "formula": "y ~ x"}]"#, tables: tables)
        let error = Self.error(response)
        #expect(error?.code == code)
        #expect(error?.location.hasPrefix(location) == true)
    }

    @Test func aLayoutAsksForALandscapePageOrALongtable() {
        for (layout, environment) in [("landscape", "\\begin{landscape}"), ("longtable", "\\begin{longtable}")] {
            let response = Self.respond(models: #"[{"estimator": "ols", "formula": "y ~ x"}]"#,
                                        tables: #"[{"formats": ["latex"], "layout": ""# + layout + #""}]"#)
            guard case .object(let object)? = response, case .array(let tables)? = object["tables"], case .object(let table)? = tables.first,
                  case .object(let rendered)? = table["rendered"], case .string(let latex)? = rendered["latex"] else {
                Issue.record("no LaTeX table for layout \(layout)")
                continue
            }
            #expect(latex.contains(environment))
        }
    }

    @Test func modelsWithoutCoefficientsCannotBeTabulated() {
        let response = Self.respond(models: #"[{"estimator": "descriptives", "columns": ["y"]}]"#, tables: #"[{}]"#)
        #expect(Self.error(response)?.code == "invalid_request")
    }
}
