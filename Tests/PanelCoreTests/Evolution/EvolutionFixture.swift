import Foundation

/// The evolution fixtures of references/evolution/: the example panel's columns as fed (nqpf_evolution.csv) and the
/// expected results in JSON, run here as ABI requests with the panel `city`, `year`.
enum EvolutionFixture {
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
