import Foundation
@testable import PanelCore

/// The evolution estimators' fixtures (references/evolution, Fixtures/evolution/*.json) and requests on the example
/// panel (examples/nqpf_panel.csv, or the columns as fed in nqpf_evolution.csv; panel city × year).
enum EvolutionFixture {
    /// Relative tolerance against the NumPy references, with an absolute floor for values near 0.
    static let tolerance = 1e-12
    static let floor = 1e-15

    static func reference(_ file: String) -> [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(Fixtures.text("evolution/\(file)").utf8)) as! [String: Any]
    }

    /// The response to `model` on the example panel (with `extra` top-level members such as `render` or `figures`).
    static func onExamplePanel(_ model: [String: Any], extra: [String: Any] = [:]) -> [String: Any] {
        var request: [String: Any] = ["abi": 1, "data": ["csv": RequestLanguageTests.examplePanel],
                                      "panel": ["id": "city", "time": "year"], "model": model]
        request.merge(extra) { $1 }
        return ABIClient.run(request)
    }

    /// The `result` of a successful response (an empty object, with a recorded issue, otherwise).
    static func result(_ response: [String: Any]) -> [String: Any] {
        response["result"] as? [String: Any] ?? [:]
    }

    static func close(_ actual: Any?, _ expected: Any?) -> Bool {
        guard let a = actual as? Double, let b = expected as? Double else { return actual is NSNull && expected is NSNull }
        return isClose(a, b, relative: tolerance, floor: floor)
    }

    // The kernel-density and convergence fixtures: the example panel's columns as fed (nqpf_evolution.csv).
    static let csv = Fixtures.text("evolution/nqpf_evolution.csv")

    /// The fixture `evolution/<name>.json` as a dictionary.
    static func expected(_ name: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(Fixtures.text("evolution/\(name).json").utf8))) as? [String: Any] ?? [:]
    }

    /// The response to `model` on the fixture data (with `render` formats).
    static func run(_ model: [String: Any], render: [String] = []) -> [String: Any] {
        var request: [String: Any] = ["abi": 1, "data": ["csv": csv], "panel": ["id": "city", "time": "year"], "model": model]
        if !render.isEmpty { request["render"] = render }
        return ABIClient.run(request)
    }
}
