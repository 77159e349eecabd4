import Foundation
import Testing
@testable import PanelCore

/// A data file handed to the core as bytes beside the request (what `panelcore … --data FILE` does): read as
/// `"data": {"file": BASE64}` reads it — UTF-8 CSV as `data.csv`, GBK by its encoding (issue 17: the CLI once decoded
/// GBK with U+FFFD replacement, so 北京 and 保定 both became "����" — 3 clusters instead of 4, exit 0), Stata .dta by its
/// content — with the file's options allowed in `data` and nothing else.
@Suite struct DataFileBesideRequestTests {
    static let request = Array(#"{"abi": 1, "model": {"estimator": "ols", "formula": "y ~ x", "vcov": {"cluster": "city"}}}"#.utf8)
    static let cities = ["北京", "保定", "上海", "天津"]
    static var csvText: String {
        "city,y,x\n" + (0..<24).map { k in "\(cities[k % 4]),\(Double(k % 4) + Double((k * 7) % 5) / 10),\(Double((k * 3) % 7) / 7)" }
            .joined(separator: "\n") + "\n"
    }

    private func requestWithData(_ member: String, _ value: String) throws -> [UInt8] {
        guard case .object(var request) = try JSONReader.parse(Self.request) else { return [] }
        request.append("data", .object(JSONObject([JSONObject.Member(key: member, value: .string(value))])))
        return JSONWriter.serialize(.object(request))
    }

    @Test func utf8BytesAnswerAsTheCSVTextDoes() throws {
        let beside = PanelCoreABI.respond(to: Self.request, file: Array(Self.csvText.utf8))
        #expect(beside == PanelCoreABI.respond(to: try requestWithData("csv", Self.csvText)))
        let statistics = (ABIClient.decode(beside)["result"] as? [String: Any])?["stats"] as? [String: Any]
        #expect(statistics?["n_clusters"] as? Int == 4)
    }

    @Test func gbkBytesAreReadAsGB18030WithEveryCityDistinct() throws {
        let gbk = Fixtures.bytes("encodings/gbk.csv")
        let beside = PanelCoreABI.respond(to: Array(#"{"abi": 1, "model": {"estimator": "columns"}}"#.utf8), file: gbk)
        let viaBase64 = PanelCoreABI.respond(to: Array(#"{"abi": 1, "data": {"file": "\#(Data(gbk).base64EncodedString())"}, "model": {"estimator": "columns"}}"#.utf8))
        #expect(beside == viaBase64)
        #expect(ABIClient.decode(beside)["ok"] as? Bool == true)
    }

    @Test func stataFileBesideTheRequestIsRead() throws {
        let dta = Fixtures.bytes("dta/pandas_117.dta")
        let request = Array(#"{"abi": 1, "model": {"estimator": "columns"}}"#.utf8)
        let beside = PanelCoreABI.respond(to: request, file: dta)
        let viaBase64 = PanelCoreABI.respond(to: Array(#"{"abi": 1, "data": {"file": "\#(Data(dta).base64EncodedString())"}, "model": {"estimator": "columns"}}"#.utf8))
        #expect(beside == viaBase64)
        #expect(ABIClient.decode(beside)["ok"] as? Bool == true)
    }

    @Test func fileOptionsMayStandInData() {
        let request = Array(#"{"abi": 1, "data": {"encoding": "utf-8"}, "model": {"estimator": "columns"}}"#.utf8)
        #expect(ABIClient.decode(PanelCoreABI.respond(to: request, file: Array("y\n2\n".utf8)))["ok"] as? Bool == true)
    }

    @Test func dataInTheRequestAndBesideItIsRefused() {
        let request = Array(#"{"abi": 1, "data": {"csv": "y\n1\n"}, "model": {"estimator": "columns"}}"#.utf8)
        let response = ABIClient.decode(PanelCoreABI.respond(to: request, file: Array("y\n2\n".utf8)))
        #expect(ABIClient.errorCode(response) == "invalid_request")
        #expect((response["error"] as? [String: Any])?["where"] as? String == "/data/csv")
    }
}
