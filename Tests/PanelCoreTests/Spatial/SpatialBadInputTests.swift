import Testing
@testable import PanelCore

/// Bad spatial requests fail with a clear code and location (issue 8's list: weights of the wrong size, units
/// missing from the matrix, an island under row standardisation, an unbalanced panel; plus malformed weights).
@Suite struct SpatialBadInputTests {
    /// Four units on a line, two periods; `weights` and `extra` members go into the model.
    static func respond(weights: String, rows: String = #""id": ["A","B","C","D","A","B","C","D"], "t": [1,1,1,1,2,2,2,2], "y": [1,2,4,3,2,2,5,1]"#,
                        estimator: String = "moran") -> (code: String?, location: String?) {
        let text = #"{"abi": 1, "data": {"columns": {"# + rows + #", "lat": [0,0,0,0,0,0,0,0], "lon": [0,1,2,3,0,1,2,3]}}, "panel": {"id": "id", "time": "t"}, "model": {"estimator": ""#
            + estimator + #"", "variable": "y", "weights": "# + weights + "}}"
        let response = ABIClient.run(text: text)
        let error = response["error"] as? [String: Any]
        return (error?["code"] as? String, error?["where"] as? String)
    }

    static let line = #"[[0,1,0,0],[1,0,1,0],[0,1,0,1],[0,0,1,0]]"#

    @Test func validRequestSucceeds() {
        #expect(Self.respond(weights: #"{"dense": "# + Self.line + "}").code == nil)
        #expect(Self.respond(weights: #"{"dense": "# + Self.line + "}", estimator: "lisa").code == nil)
    }

    @Test func weightsOfTheWrongSize() {
        let result = Self.respond(weights: #"{"dense": [[0,1,0],[1,0,1],[0,1,0]]}"#)
        #expect(result.code == "invalid_data")
        #expect(result.location == "/model/weights/dense")
    }

    @Test func unitMissingFromTheMatrix() {
        let result = Self.respond(weights: #"{"ids": ["A","B","C","E"], "dense": "# + Self.line + "}")
        #expect(result.code == "invalid_data")
        #expect(result.location == "/model/variable")
    }

    @Test func islandUnderRowStandardisation() {
        let result = Self.respond(weights: #"{"edges": [["A","B"],["B","A"],["B","C"],["C","B"]]}"#)
        #expect(result.code == "invalid_data")
        #expect(result.location == "/model/weights/standardise")
        #expect(Self.respond(weights: #"{"edges": [["A","B"],["B","A"],["B","C"],["C","B"]], "standardise": "none"}"#).code == nil)
    }

    @Test func unbalancedPanel() {
        let rows = #""id": ["A","B","C","D","A","B","C","X"], "t": [1,1,1,1,2,2,2,3], "y": [1,2,4,3,2,2,5,1]"#
        let result = Self.respond(weights: #"{"ids": ["A","B","C","D","X"], "dense": [[0,1,0,0,0],[1,0,1,0,0],[0,1,0,1,0],[0,0,1,0,1],[0,0,0,1,0]]}"#, rows: rows)
        #expect(result.code == "invalid_data")
        #expect(result.location == "/model/variable")
    }

    @Test func malformedWeights() {
        let cases: [(String, String, String)] = [
            (#"{"dense": [[1,1,0,0],[1,0,1,0],[0,1,0,1],[0,0,1,0]]}"#, "invalid_data", "/model/weights/dense/0/0"),
            (#"{"dense": [[0,-1,0,0],[1,0,1,0],[0,1,0,1],[0,0,1,0]]}"#, "invalid_data", "/model/weights/dense/0/1"),
            (#"{"edges": [["A","Z",1]]}"#, "invalid_data", "/model/weights/edges/0"),
            (#"{"edges": [["A","B",1],["A","B",2]]}"#, "invalid_data", "/model/weights/edges/1"),
            (#"{"coordinates": {"lat": "lat", "lon": "lon"}, "knn": 4}"#, "invalid_option", "/model/weights/knn"),
            (#"{"coordinates": {"lat": "lat", "lon": "lon"}, "knn": 2, "power": 2}"#, "invalid_request", "/model/weights/power"),
            (#"{"dense": "# + Self.line + #", "standardise": "columns"}"#, "invalid_option", "/model/weights/standardise"),
            (#"{"dense": "# + Self.line + #", "colour": 1}"#, "invalid_request", "/model/weights/colour"),
            (#"{"dense": "# + Self.line + #", "edges": []}"#, "invalid_request", "/model/weights"),
            (#"{"attribute": "t"}"#, "invalid_data", "/model/weights/attribute"),
            (#"{"coordinates": {"lat": "lat", "lon": "lat"}}"#, "invalid_data", "/model/weights/coordinates"),
        ]
        for (weights, code, location) in cases {
            let result = Self.respond(weights: weights)
            #expect(result.code == code, "\(weights)")
            #expect(result.location == location, "\(weights)")
        }
    }
}
