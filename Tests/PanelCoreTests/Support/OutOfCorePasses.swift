import Testing
@testable import PanelCore

/// Test-side driver of an out-of-core regression (`ols_partial`): runs the factor pass on each partition, merges the
/// pieces pairwise in a chosen tree, checks the units in hash buckets (route and units passes), runs the scores pass
/// and the finish, and the single `ols` request of the same rows, through `ABIClient`.
struct OutOfCorePasses {
    let formula: String
    let vcov: Any
    let levels: [String: Any]?

    func model(_ pass: String, pieces: [Any] = [], buckets: Int? = nil) -> [String: Any] {
        var model: [String: Any] = ["estimator": "ols_partial", "pass": pass, "formula": formula, "vcov": vcov]
        if let levels { model["levels"] = levels }
        if let buckets { model["buckets"] = buckets }
        if !pieces.isEmpty { model["pieces"] = pieces }
        return model
    }

    /// The `result` of a pass (recorded as an issue when the response is an error).
    func result(_ pass: String, data: [String: Any]? = nil, pieces: [Any] = [], buckets: Int? = nil) -> [String: Any] {
        let response = respond(pass, data: data, pieces: pieces, buckets: buckets)
        guard let result = response["result"] as? [String: Any] else {
            Issue.record("\(pass) failed: \(response)")
            return [:]
        }
        return result
    }

    func respond(_ pass: String, data: [String: Any]? = nil, pieces: [Any] = [], buckets: Int? = nil) -> [String: Any] {
        var request: [String: Any] = ["abi": 1, "model": model(pass, pieces: pieces, buckets: buckets)]
        if let data { request["data"] = data }
        return ABIClient.run(request)
    }

    /// The finished result over `partitions`, the pieces merged left to right (`leftToRight`) or right to left, the
    /// units checked in `buckets` buckets.
    func fit(_ partitions: [[String: Any]], leftToRight: Bool = true, buckets: Int = 2) -> [String: Any] {
        let pieces = partitions.map { result("factor", data: $0) }
        let ordered = leftToRight ? pieces : pieces.reversed()
        var merged = ordered[0]
        for piece in ordered.dropFirst() { merged = result("merge", pieces: leftToRight ? [merged, piece] : [piece, merged]) }
        let isIID = (vcov as? String) == "iid"
        let scores = isIID ? [] : partitions.map { result("scores", data: $0, pieces: [merged]) }
        return result("finish", pieces: [merged] + scores + unitChecks(pieces, buckets: buckets))
    }

    /// The route pass of each partition's factor piece into `buckets` buckets, as lists per bucket.
    func routedLists(_ pieces: [[String: Any]], buckets: Int) -> [[Any]] {
        let routes = pieces.map { result("route", pieces: [$0], buckets: buckets)["lists"] as? [Any] ?? [] }
        return (0..<buckets).map { k in routes.map { $0.count > k ? $0[k] : [:] } }
    }

    /// The units pass's answer of every bucket of the partitions' factor `pieces`.
    func unitChecks(_ pieces: [[String: Any]], buckets: Int) -> [[String: Any]] {
        routedLists(pieces, buckets: buckets).map { result("units", pieces: $0) }
    }

    /// The single-machine `ols` result of `data`.
    func single(_ data: [String: Any]) -> [String: Any] {
        let response = ABIClient.run(["abi": 1, "data": data, "model": ["estimator": "ols", "formula": formula, "vcov": vcov]])
        return response["result"] as? [String: Any] ?? ["error": response]
    }

    /// The example panel's rows whose city's position (in order of first appearance) is k modulo `count`, as CSV data.
    static func examplePartition(_ k: Int, of count: Int) -> [String: Any] {
        let lines = RequestLanguageTests.examplePanel.split(separator: "\n")
        var cities: [Substring] = []
        var kept = [lines[0]]
        for line in lines.dropFirst() {
            let city = line.split(separator: ",")[0]
            if !cities.contains(city) { cities.append(city) }
            if cities.firstIndex(of: city)! % count == k { kept.append(line) }
        }
        return ["csv": kept.joined(separator: "\n")]
    }
}
