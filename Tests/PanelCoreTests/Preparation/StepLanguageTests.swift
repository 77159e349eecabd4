import Foundation
import Testing
@testable import PanelCore

/// The preparation steps of the request language (`StepCatalogue`): the schema export lists every step with its
/// members, each step's example runs on the example panel, the parser accepts exactly the members the schema
/// defines (mistakes get the closest valid name), and docs/ABI.md names every step member.
@Suite struct StepLanguageTests {
    /// The response to the example panel (city × year) with `steps` and the `columns` model.
    static func respond(steps: [JSONValue]) -> [UInt8] {
        var request = JSONObject()
        request.append("abi", .number(1))
        request.append("data", .object(JSONObject([.init(key: "csv", value: .string(RequestLanguageTests.examplePanel))])))
        request.append("panel", .object(JSONObject([.init(key: "id", value: .string("city")), .init(key: "time", value: .string("year"))])))
        request.append("steps", .array(steps))
        request.append("model", .object(JSONObject([.init(key: "estimator", value: .string("columns"))])))
        return PanelCoreABI.respond(to: JSONWriter.serialize(.object(request)))
    }

    static func error(_ response: [UInt8]) throws -> JSONObject? {
        guard case .object(let root) = try JSONReader.parse(response), case .object(let error)? = root["error"] else { return nil }
        return error
    }

    @Test func theSchemaListsEveryStepWithItsMembers() throws {
        let response = PanelCoreABI.respond(to: Array(#"{"abi":1,"model":{"estimator":"schema"}}"#.utf8))
        guard case .object(let root) = try JSONReader.parse(response), case .object(let result)? = root["result"],
              case .array(let steps)? = result["steps"] else {
            Issue.record("no steps in the schema")
            return
        }
        #expect(steps.count == StepCatalogue.all.count)
        for (entry, schema) in zip(steps, StepCatalogue.all) {
            guard case .object(let object) = entry, case .array(let members)? = object["members"] else {
                Issue.record("step entry without members")
                continue
            }
            #expect(object["name"] == .string(schema.name))
            #expect(members.count == schema.members.count, "\(schema.name)")
            #expect(object["example"] == .object(schema.example))
        }
    }

    @Test(arguments: StepCatalogue.names)
    func theExampleRunsOnTheExamplePanel(name: String) {
        let response = Self.respond(steps: [.object(StepCatalogue.schema(named: name)!.example)])
        #expect(PanelCoreABI.isSuccess(response), "\(name): \(String(decoding: response, as: UTF8.self).prefix(300))")
    }

    @Test func aMistypedMemberGetsTheClosestName() throws {
        let step = RequestLanguageTests.model(#"{"step":"winsorize","colums":["DF"]}"#)
        let error = try #require(try Self.error(Self.respond(steps: [.object(step)])))
        #expect(error["code"] == .string("invalid_request"))
        #expect(error["where"] == .string("/steps/0/colums"))
        guard case .string(let message)? = error["message"] else { return }
        #expect(message.contains("of the winsorize step; did you mean 'columns'?"), "\(message)")
    }

    @Test func aMistypedStepGetsTheClosestName() throws {
        let step = RequestLanguageTests.model(#"{"step":"winsorise","columns":["DF"]}"#)
        let error = try #require(try Self.error(Self.respond(steps: [.object(step)])))
        #expect(error["code"] == .string("invalid_option"))
        #expect(error["where"] == .string("/steps/0/step"))
        guard case .string(let message)? = error["message"] else { return }
        #expect(message.contains("did you mean 'winsorize'?"), "\(message)")
    }

    @Test(arguments: [
        (#"{"step":"winsorize","columns":["DF"],"lower":1.5}"#, "invalid_option", "/steps/0/lower"),
        (#"{"step":"impute","columns":["DF"],"method":"spline"}"#, "invalid_option", "/steps/0/method"),
        (#"{"step":"index","column":"nqp_index"}"#, "invalid_request", "/steps/0/indicators"),
        (#"{"step":"transform","column":"z","expression":7}"#, "invalid_request", "/steps/0/expression"),
    ])
    func membersAreCheckedAgainstTheirDefinition(step: String, code: String, location: String) throws {
        let error = try #require(try Self.error(Self.respond(steps: [.object(RequestLanguageTests.model(step))])))
        #expect(error["code"] == .string(code), "\(step): \(error)")
        #expect(error["where"] == .string(location), "\(step)")
    }

    /// The index step and the index estimator describe an index with the same members (the estimator adds `label`,
    /// `language` and `layout`; the step must name its column).
    @Test func theIndexStepAndTheIndexEstimatorShareTheirMembers() {
        let step = StepCatalogue.index.members.map { $0.name }
        let estimator = EstimatorCatalogue.schema(named: "index")!.members.map { $0.name }
        #expect(estimator == step + ["label", "language", "layout"])
    }

    @Test(arguments: StepCatalogue.names)
    func theDocumentationNamesEveryStepMember(name: String) throws {
        let abi = try String(contentsOf: RequestLanguageTests.repositoryRoot.appendingPathComponent("docs/ABI.md"), encoding: .utf8)
        let row = abi.split(separator: "\n").first { $0.hasPrefix("| `\(name)` |") }.map(String.init)
        let documented = try #require(row, "docs/ABI.md has no row for the \(name) step")
        for member in StepCatalogue.schema(named: name)!.members {
            #expect(documented.contains("`\(member.name)`"), "the \(name) step's `\(member.name)` is not in its docs/ABI.md row")
        }
    }
}
