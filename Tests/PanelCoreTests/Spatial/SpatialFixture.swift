import Foundation
@testable import PanelCore

/// The spatial fixtures of references/spatial/make_spatial_fixtures.py: the 45-city panel with coordinates
/// (Fixtures/spatial/panel.csv) and the reference JSON files, plus the weights specifications of each case.
enum SpatialFixture {
    static let panelCSV = Fixtures.text("spatial/panel.csv")

    /// The `"weights"` object that builds each reference case of weights.json / moran.json.
    static let specs: [String: String] = [
        "economic_row": #"{"attribute": "UL", "type": "economic_distance"}"#,
        "economic_none": #"{"attribute": "UL", "standardise": "none"}"#,
        "economic_spectral": #"{"attribute": "UL", "standardise": "spectral"}"#,
        "inverse_row": #"{"coordinates": {"lat": "lat", "lon": "lon"}, "type": "inverse_distance"}"#,
        "inverse_squared_none": #"{"coordinates": {"lat": "lat", "lon": "lon"}, "power": 2, "standardise": "none"}"#,
        "inverse_cutoff_none": #"{"coordinates": {"lat": "lat", "lon": "lon"}, "cutoff_km": 600, "standardise": "none"}"#,
        "knn4_row": #"{"coordinates": {"lat": "lat", "lon": "lon"}, "knn": 4}"#,
        "knn4_none": #"{"coordinates": {"lat": "lat", "lon": "lon"}, "knn": 4, "standardise": "none"}"#,
        "knn4_spectral": #"{"coordinates": {"lat": "lat", "lon": "lon"}, "knn": 4, "standardise": "spectral"}"#,
    ]

    static func reference(_ file: String) -> [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(Fixtures.text("spatial/\(file)").utf8)) as! [String: Any]
    }

    static func table() throws -> (DataTable, PanelIndex) {
        let table = try DataTable(csv: try CSVReader.parse(Array(panelCSV.utf8)))
        return (table, try PanelIndex(table: table, id: "city", time: "year", at: "/panel"))
    }

    /// The weights of `case` built from the panel as a request would build them.
    static func weights(_ name: String) throws -> SpatialWeights {
        let (table, panel) = try table()
        guard case .object(let spec) = try JSONReader.parse(Array(specs[name]!.utf8)) else { fatalError("bad spec") }
        return try SpatialWeightsRequest(spec, table: table, panel: panel, at: "/model/weights").weights
    }

    /// A request over the panel with `model` (JSON text) as its model.
    static func request(model: String) -> [String: Any] {
        ABIClient.run(text: #"{"abi": 1, "data": {"csv": "# + escaped(panelCSV) + #"}, "panel": {"id": "city", "time": "year"}, "model": "# + model + "}")
    }

    static func escaped(_ text: String) -> String {
        String(data: try! JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed]), encoding: .utf8)!
    }
}
