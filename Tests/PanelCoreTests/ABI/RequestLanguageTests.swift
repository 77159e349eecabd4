import Foundation
import Testing
@testable import PanelCore

/// The one request language (`EstimatorCatalogue`): the schema export lists every estimator the dispatcher answers,
/// each example runs, defaults stated in the schema are the ones the estimators use, the unified formula and the old
/// spellings give the same results (the old ones with a deprecation warning), mistakes get the closest valid name,
/// and the documentation names every member and option.
@Suite struct RequestLanguageTests {
    static let examplePanel: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try! String(contentsOf: root.appendingPathComponent("examples/nqpf_panel.csv"), encoding: .utf8)
    }()

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The response to `model` on the example panel with the panel city × year.
    static func respond(_ model: JSONObject) -> [UInt8] {
        var request = JSONObject()
        request.append("abi", .number(1))
        request.append("data", .object(JSONObject([.init(key: "csv", value: .string(examplePanel))])))
        request.append("panel", .object(JSONObject([.init(key: "id", value: .string("city")), .init(key: "time", value: .string("year"))])))
        request.append("model", .object(model))
        return PanelCoreABI.respond(to: JSONWriter.serialize(.object(request)))
    }

    static func model(_ text: String) -> JSONObject {
        guard case .object(let object)? = try? JSONReader.parse(Array(text.utf8)) else { fatalError("bad model \(text)") }
        return object
    }

    static let runnable = EstimatorCatalogue.all.filter { $0.name != "schema" }

    @Test func theSchemaListsEveryEstimatorTheDispatcherAnswers() throws {
        let response = PanelCoreABI.respond(to: Array(#"{"abi":1,"model":{"estimator":"schema"}}"#.utf8))
        guard case .object(let root) = try JSONReader.parse(response), case .object(let result)? = root["result"],
              case .array(let estimators)? = result["estimators"] else {
            Issue.record("no estimators in \(String(decoding: response, as: UTF8.self).prefix(200))")
            return
        }
        let names = estimators.compactMap { entry -> String? in
            guard case .object(let object) = entry, case .string(let name)? = object["name"] else { return nil }
            return name
        }
        #expect(names == EstimatorCatalogue.names)
        for name in names where name != "schema" {
            let bare = PanelCoreABI.respond(to: Array(#"{"abi":1,"model":{"estimator":""#.utf8) + Array(name.utf8) + Array(#""}}"#.utf8))
            #expect(!String(decoding: bare, as: UTF8.self).contains("unknown_estimator"), "\(name)")
        }
    }

    @Test(arguments: runnable.map { $0.name })
    func theExampleRunsOnTheExamplePanel(name: String) {
        let schema = EstimatorCatalogue.schema(named: name)!
        let response = Self.respond(schema.example)
        #expect(PanelCoreABI.isSuccess(response), "\(name): \(String(decoding: response, as: UTF8.self).prefix(300))")
    }

    /// Stating every default of the schema explicitly changes nothing: the schema's defaults are the estimators'.
    @Test(arguments: runnable.map { $0.name })
    func statedDefaultsAreTheDefaultsUsed(name: String) {
        let schema = EstimatorCatalogue.schema(named: name)!
        var explicit = schema.example
        var options = JSONObject()
        if case .object(let given)? = explicit["options"] { options = given }
        for option in schema.options where options[option.name] == nil {
            if let value = option.defaultValue { options.append(option.name, value) }
        }
        for member in schema.members where explicit[member.name] == nil && !member.isDeprecated {
            if let value = member.defaultValue, !(member.name == "fixed_effects" && schema.formulaRoles != nil) {
                explicit.append(member.name, value)
            }
        }
        explicit.members.removeAll { $0.key == "options" }
        if !options.members.isEmpty { explicit.append("options", .object(options)) }
        #expect(Self.respond(explicit) == Self.respond(schema.example), "\(name)")
    }

    @Test func membersAndOptionsHaveDistinctNames() {
        for schema in EstimatorCatalogue.all {
            let names = schema.members.map { $0.name } + schema.options.map { $0.name }
            #expect(Set(names).count == names.count, "\(schema.name) repeats a name (the CLI makes one flag of each)")
        }
    }

    /// Old spelling and unified formula give the same result; the old one adds a warning naming the new form.
    @Test(arguments: [
        (#"{"estimator":"mediation","outcome":"NQP","treatment":"DF","mediators":["RI"],"controls":["UL","CSL"],"fixed_effects":["city","year"],"vcov":{"cluster":"city"},"options":{"replications":20}}"#,
         #"{"estimator":"mediation","formula":"NQP ~ DF + UL + CSL | city + year","mediators":["RI"],"vcov":{"cluster":"city"},"options":{"replications":20}}"#),
        (#"{"estimator":"moderation","outcome":"NQP","treatment":"DF","moderator":"DAG","controls":["UL"],"fixed_effects":["city","year"]}"#,
         #"{"estimator":"moderation","formula":"NQP ~ DF*DAG + UL | city + year","moderator":"DAG"}"#),
        (#"{"estimator":"heterogeneity","outcome":"NQP","treatment":"DF","group":"region","controls":["UL"],"fixed_effects":["city","year"],"options":{"replications":0}}"#,
         #"{"estimator":"heterogeneity","formula":"NQP ~ UL + DF | city + year","treatment":"DF","group":"region","options":{"replications":0}}"#),
        (#"{"estimator":"callaway_santanna","outcome":"NQP","treatment":"pilot","covariates":["UL"]}"#,
         #"{"estimator":"callaway_santanna","formula":"NQP ~ UL","treatment":"pilot"}"#),
        (#"{"estimator":"sun_abraham","outcome":"NQP","treatment":"pilot"}"#,
         #"{"estimator":"sun_abraham","formula":"NQP ~ 1","treatment":"pilot"}"#),
        (#"{"estimator":"spatial_lm","dependent":"NQP","regressors":["DF","UL"],"fixed_effects":"two_way","weights":{"units":"city","attribute":"UL","type":"economic_distance"}}"#,
         #"{"estimator":"spatial_lm","formula":"NQP ~ DF + UL | city + year","weights":{"units":"city","attribute":"UL","type":"economic_distance"}}"#),
        (#"{"estimator":"spatial_panel","model":"sdm","dependent":"NQP","regressors":["DF","UL"],"fixed_effects":"time","weights":{"units":"city","attribute":"UL","type":"economic_distance"}}"#,
         #"{"estimator":"spatial_panel","model":"sdm","formula":"NQP ~ DF + UL | year","weights":{"units":"city","attribute":"UL","type":"economic_distance"}}"#),
    ])
    func theFormulaAndTheOldSpellingAgree(old: String, unified: String) throws {
        guard case .object(let root) = try JSONReader.parse(Self.respond(Self.model(old))),
              case .object(var oldResult)? = root["result"],
              case .object(let newRoot) = try JSONReader.parse(Self.respond(Self.model(unified))),
              case .object(let newResult)? = newRoot["result"] else {
            Issue.record("no result for \(old) or \(unified)")
            return
        }
        guard case .array(let warnings)? = oldResult["warnings"] else {
            Issue.record("no warnings member")
            return
        }
        let deprecations = warnings.filter { if case .string(let text) = $0 { return text.contains("is deprecated") }; return false }
        #expect(!deprecations.isEmpty)
        #expect(deprecations.allSatisfy { if case .string(let text) = $0 { return text.contains("formula") }; return false })
        let index = oldResult.members.lastIndex { $0.key == "warnings" }!
        let remaining = warnings.filter { !deprecations.contains($0) }
        if remaining.isEmpty && newResult["warnings"] == nil {
            oldResult.members.remove(at: index)
        } else {
            oldResult.members[index].value = .array(remaining)
        }
        #expect(oldResult == newResult)
    }

    @Test func mistakesGetTheClosestValidName() throws {
        let cases: [(String, String, String)] = [
            (#"{"estimator":"ols","formla":"NQP ~ DF"}"#, "did you mean 'formula'?", "/model/formla"),
            (#"{"estimator":"ols","formula":"NQP ~ DF","options":{"levle":0.9}}"#, "did you mean 'level'?", "/model/options/levle"),
            (#"{"estimator":"mediaton"}"#, "did you mean 'mediation'?", "/model/estimator"),
            (#"{"estimator":"spatial_panel","model":"sdn","formula":"NQP ~ DF","weights":{}}"#, "did you mean 'sdm'?", "/model/model"),
        ]
        for (model, suggestion, location) in cases {
            guard case .object(let root) = try JSONReader.parse(Self.respond(Self.model(model))),
                  case .object(let error)? = root["error"], case .string(let message)? = error["message"] else {
                Issue.record("no error for \(model)")
                continue
            }
            #expect(message.contains(suggestion), "\(message)")
            #expect(error["where"] == .string(location), "\(model)")
        }
    }

    @Test func formulaPartsOutsideTheRolesAreRefused() throws {
        let cases: [(String, String)] = [
            (#"{"estimator":"mediation","formula":"NQP ~ DF | city","mediators":["RI"],"outcome":"NQP"}"#, "invalid_request"),
            (#"{"estimator":"mediation","formula":"NQP ~ UL","treatment":"DF","mediators":["RI"]}"#, "bad_formula"),
            (#"{"estimator":"callaway_santanna","formula":"NQP ~ UL | city","treatment":"pilot"}"#, "bad_formula"),
            (#"{"estimator":"spatial_lm","formula":"NQP ~ DF | region","weights":{"units":"city","attribute":"UL","type":"economic_distance"}}"#, "bad_formula"),
        ]
        for (model, code) in cases {
            guard case .object(let root) = try JSONReader.parse(Self.respond(Self.model(model))),
                  case .object(let error)? = root["error"] else {
                Issue.record("no error for \(model)")
                continue
            }
            #expect(error["code"] == .string(code), "\(model): \(error)")
        }
    }

    @Test func theCoreRefusesToReadAPathItself() throws {
        let response = PanelCoreABI.respond(to: Array(#"{"abi":1,"data":{"path":"examples/nqpf_panel.csv"},"model":{"estimator":"columns"}}"#.utf8))
        guard case .object(let root) = try JSONReader.parse(response), case .object(let error)? = root["error"] else {
            Issue.record("expected an error")
            return
        }
        #expect(error["code"] == .string("invalid_request"))
        #expect(error["where"] == .string("/data/path"))
    }

    /// docs/ABI.md or the estimator's page names every member and option of the schema (as `name`).
    @Test(arguments: EstimatorCatalogue.all.map { $0.name })
    func theDocumentationNamesEveryMemberAndOption(name: String) throws {
        let schema = EstimatorCatalogue.schema(named: name)!
        let page = try String(contentsOf: Self.repositoryRoot.appendingPathComponent("docs/" + schema.page), encoding: .utf8)
        let abi = try String(contentsOf: Self.repositoryRoot.appendingPathComponent("docs/ABI.md"), encoding: .utf8)
        for member in schema.members + schema.options {
            let spellings = ["`\(member.name)`", "`options.\(member.name)`", "\"\(member.name)\""]
            #expect(spellings.contains { page.contains($0) || abi.contains($0) }, "\(name): `\(member.name)` is not documented in docs/\(schema.page)")
        }
        #expect(page.contains("`\(name)`") || page.contains("\"\(name)\""), "docs/\(schema.page) does not name the estimator \(name)")
    }
}
