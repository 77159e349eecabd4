import Testing
@testable import PanelCore

/// Errors about the data point into the data as the request gives it (issue 17: a CSV with a repeated header name
/// was placed at `/data/columns/x`, a member a CSV request does not have): CSV cells and header names at
/// `/data/csv: line L, column 'x'`, JSON column values at `/data/columns/x/I`.
@Suite struct DataErrorPlaceTests {
    static func place(_ request: String) -> String? {
        (ABIClient.run(text: request)["error"] as? [String: Any])?["where"] as? String
    }

    @Test func repeatedCSVHeaderNameIsPlacedInTheHeader() {
        #expect(Self.place(#"{"abi": 1, "data": {"csv": "y,x,x\n1,2,3\n2,3,5\n"}, "model": {"estimator": "columns"}}"#)
                == "/data/csv: line 1, column 'x'")
    }

    @Test func badCSVCellIsPlacedAtItsLineAndColumn() {
        #expect(Self.place(#"{"abi": 1, "data": {"csv": "y,x\n1,2\n2,inf\n"}, "model": {"estimator": "columns"}}"#)
                == "/data/csv: line 3, column 'x'")
    }

    @Test func badJSONColumnValueIsPlacedAtItsIndex() {
        #expect(Self.place(#"{"abi": 1, "data": {"columns": {"y": [1, 2, 3], "x": ["a", 2, "b"]}}, "model": {"estimator": "columns"}}"#)
                == "/data/columns/x/1")
    }
}
