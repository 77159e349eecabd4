import Foundation
import Testing
@testable import PanelCore

/// The request form `"data": {"file": BASE64, …}` end to end: formats told by content, formats named but not read,
/// and the members' checks.
@Suite struct DataFileRequestTests {
    func response(data: [String: Any], model: [String: Any] = ["estimator": "columns"]) -> [String: Any] {
        ABIClient.run(["abi": 1, "data": data, "model": model])
    }

    func error(_ response: [String: Any]) -> (code: String, message: String, location: String) {
        let error = response["error"] as? [String: Any] ?? [:]
        return (error["code"] as? String ?? "", error["message"] as? String ?? "", error["where"] as? String ?? "")
    }

    @Test func csvFileRunsARegression() {
        let file = Data("y,x\n1,0\n2,1\n4,2\n5,3\n".utf8).base64EncodedString()
        let result = response(data: ["file": file], model: ["estimator": "ols", "formula": "y ~ x"])
        #expect(result["ok"] as? Bool == true)
    }

    @Test(arguments: [(Array("PAR1xxxx".utf8), "a Parquet file"), (Array("$FL2xxxx".utf8), "an SPSS .sav file"),
                      ([0x1F, 0x8B, 8, 0, 0, 0], "a gzip-compressed file")])
    func unreadFormatsAreNamed(start: [UInt8], name: String) {
        let answer = error(response(data: ["file": Data(start).base64EncodedString()]))
        #expect(answer.code == "invalid_data" && answer.message.hasPrefix("this is \(name), which PanelCore does not read;"))
        #expect(answer.location == "/data/file")
    }

    @Test func legacyExcelIsNamed() {
        let bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]
        let answer = error(response(data: ["file": Data(bytes).base64EncodedString()]))
        #expect(answer.message.contains("legacy Excel .xls") && answer.message.contains("save it as .xlsx"))
    }

    @Test func fileWithCSVIsRefused() {
        #expect(error(response(data: ["file": "eAo=", "csv": "x\n"])).code == "invalid_request")
    }

    @Test func optionWithoutFileIsRefused() {
        let answer = error(response(data: ["csv": "x\n1\n", "sheet": "A"]))
        #expect(answer.code == "invalid_request" && answer.location == "/data/sheet")
    }

    @Test func badBase64IsRefused() {
        let answer = error(response(data: ["file": "eA*="]))
        #expect(answer.code == "invalid_data" && answer.message.contains("character 3"))
    }

    @Test func unknownFormatSuggestsOne() {
        let answer = error(response(data: ["file": "eAo=", "format": "xslx"]))
        #expect(answer.code == "invalid_option" && answer.message.hasSuffix("did you mean 'xlsx'?"))
    }

    @Test func variableLabelsShowInColumns() {
        let file = Fixtures.bytes("dta/pandas_118.dta")
        let result = response(data: ["file": Data(file).base64EncodedString()])["result"] as? [String: Any]
        let columns = result?["columns"] as? [[String: Any]] ?? []
        #expect(columns.first { $0["name"] as? String == "y" }?["label"] as? String == "Outcome (log points)")
        #expect(columns.first { $0["name"] as? String == "id" }?["label"] == nil)
    }
}
