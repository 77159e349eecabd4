import Testing
@testable import PanelCore

/// A CSV file handed to the core as bytes beside the request (issue 17: the CLI decoded GBK files with U+FFFD
/// replacement, so 北京 and 保定 both became "����" — 3 clusters instead of 4, exit 0): UTF-8 bytes answer as
/// `data.csv` does; other bytes are `invalid_csv` at the line and column of the first non-UTF-8 byte.
@Suite struct CSVBytesBesideRequestTests {
    static let request = Array(#"{"abi": 1, "model": {"estimator": "ols", "formula": "y ~ x", "vcov": {"cluster": "city"}}}"#.utf8)
    static let cities = ["北京", "保定", "上海", "天津"]
    static var csvText: String {
        "city,y,x\n" + (0..<24).map { k in "\(cities[k % 4]),\(Double(k % 4) + Double((k * 7) % 5) / 10),\(Double((k * 3) % 7) / 7)" }
            .joined(separator: "\n") + "\n"
    }

    @Test func utf8BytesAnswerAsTheCSVTextDoes() throws {
        let beside = PanelCoreABI.respond(to: Self.request, csv: Array(Self.csvText.utf8))
        guard case .object(var request) = try JSONReader.parse(Self.request) else { return }
        request.append("data", .object(JSONObject([JSONObject.Member(key: "csv", value: .string(Self.csvText))])))
        #expect(beside == PanelCoreABI.respond(to: JSONWriter.serialize(.object(request))))
        let statistics = (ABIClient.decode(beside)["result"] as? [String: Any])?["stats"] as? [String: Any]
        #expect(statistics?["n_clusters"] as? Int == 4)
    }

    @Test func gbkBytesAreRefusedAtTheFirstNonUTF8Byte() {
        // 北京 in GBK is B1 B1 BE A9: the first data line starts with a byte that cannot begin a UTF-8 sequence.
        let gbk = Array("city,y,x\n".utf8) + [0xB1, 0xB1, 0xBE, 0xA9] + Array(",1,0.5\n".utf8)
        let response = ABIClient.decode(PanelCoreABI.respond(to: Self.request, csv: gbk))
        let error = response["error"] as? [String: Any]
        #expect(error?["code"] as? String == "invalid_csv")
        #expect(error?["where"] as? String == "/data/csv: line 2, column 1")
        #expect((error?["message"] as? String)?.contains("not UTF-8; re-save the file as UTF-8") == true)
    }

    @Test func dataInTheRequestAndBesideItIsRefused() {
        let request = Array(#"{"abi": 1, "data": {"csv": "y\n1\n"}, "model": {"estimator": "columns"}}"#.utf8)
        let response = ABIClient.decode(PanelCoreABI.respond(to: request, csv: Array("y\n2\n".utf8)))
        #expect(ABIClient.errorCode(response) == "invalid_request")
        #expect((response["error"] as? [String: Any])?["where"] as? String == "/data")
    }
}
