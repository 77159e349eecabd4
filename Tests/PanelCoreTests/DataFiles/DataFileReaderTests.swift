import Foundation
import Testing
@testable import PanelCore

/// A data file the host reads on request (`DataFileReader(byteCount:read:)`, what `panelcore --data FILE` hands the
/// core) answers as the same bytes in memory do: streamed UTF-8 CSV (also when the host gives a few bytes per call),
/// GBK read again whole and decoded, Stata read whole, the same errors; a host that stops early is an error.
@Suite struct DataFileReaderTests {
    static let request = Array(#"{"abi": 1, "model": {"estimator": "columns"}}"#.utf8)

    /// A host reader over `bytes` that copies at most `most` bytes per call.
    static func host(_ bytes: [UInt8], atMost most: Int = .max, claimedCount: Int? = nil) -> DataFileReader {
        DataFileReader(byteCount: claimedCount ?? bytes.count) { offset, buffer in
            let count = max(0, min(buffer.count, most, bytes.count - offset))
            for k in 0..<count { buffer[k] = bytes[offset + k] }
            return count
        }
    }

    static let files: [[UInt8]] = [
        Array("\u{FEFF}id,city,y\n1,北京,1.5\n2,\"保\n定\",2\n3,NA,2.5e3\n".utf8),
        Array("code,y\r\n01,1\r\n1.50,2\r\nA7,3\r\n".utf8),
        Array("x,y\n1,2\n3\n".utf8),
        Array("a,b\n1,inf\n".utf8),
        Fixtures.bytes("encodings/gbk.csv"),
        Fixtures.bytes("dta/pandas_117.dta"),
        [],
    ]

    @Test(arguments: files.indices)
    func hostReadFileAnswersAsTheBytesDo(index: Int) {
        let bytes = Self.files[index]
        let inMemory = PanelCoreABI.respond(to: Self.request, file: bytes)
        #expect(PanelCoreABI.respond(to: Self.request, reading: Self.host(bytes)) == inMemory)
        #expect(PanelCoreABI.respond(to: Self.request, reading: Self.host(bytes, atMost: 3)) == inMemory)
    }

    @Test func hostThatStopsEarlyIsAnError() {
        let response = ABIClient.decode(PanelCoreABI.respond(to: Self.request, reading: Self.host(Array("x\n1\n".utf8), claimedCount: 10)))
        let error = response["error"] as? [String: Any]
        #expect(error?["code"] as? String == "invalid_data")
        #expect((error?["message"] as? String)?.contains("beyond byte offset 4") == true)
    }
}
