import Foundation
@testable import PanelCore

/// The R spdep / spatialreg reference of references/spatial/make_spatialreg_fixtures.R (Fixtures/spatial/
/// spatialreg.json) and the requests that put its data sets through the ABI: Columbus (49 neighbourhoods, one
/// period), the simulated 60 × 8 lattice panel and Produc (48 states × 17 years) with the states' queen contiguity.
enum SpatialRFixture {
    static var reference: [String: Any] { SpatialFixture.reference("spatialreg.json") }

    /// A data set: its CSV fixture, panel columns, reference block, and the weights' ids and directed edges.
    struct DataSet {
        let csv: String, unit: String, period: String
        let block: [String: Any]
        let ids: [Any], edges: [[Any]]
    }

    static var columbus: DataSet {
        let block = reference["columbus"] as! [String: Any]
        return DataSet(csv: "spatial/columbus.csv", unit: "POLYID", period: "period", block: block,
                       ids: block["ids"] as! [Any], edges: block["edges"] as! [[Any]])
    }

    static var lattice: DataSet {
        let block = reference["lattice"] as! [String: Any]
        return DataSet(csv: "spatial/lattice_panel.csv", unit: "unit", period: "period", block: block,
                       ids: block["ids"] as! [Any], edges: block["edges"] as! [[Any]])
    }

    /// Produc with the edges of states48_edges.csv (libpysal's states48.gal keyed by Produc's state names).
    static var produc: DataSet {
        let block = reference["produc"] as! [String: Any]
        let lines = Fixtures.text("spatial/states48_edges.csv").split(separator: "\n").dropFirst()
        let edges: [[Any]] = lines.map { line in line.split(separator: ",").map { String($0) } }
        return DataSet(csv: "spatial/produc.csv", unit: "state", period: "year", block: block,
                       ids: block["ids"] as! [Any], edges: edges)
    }

    /// Runs `model` (the weights object is added from the data set, with `standardise`) and returns the result.
    static func run(_ data: DataSet, model: [String: Any], standardise: String = "row") -> [String: Any] {
        var model = model
        model["weights"] = ["ids": data.ids, "edges": data.edges, "standardise": standardise]
        let response = ABIClient.run(["abi": 1, "data": ["csv": Fixtures.text(data.csv)],
                                      "panel": ["id": data.unit, "time": data.period], "model": model])
        guard let result = response["result"] as? [String: Any] else { fatalError("request failed: \(response)") }
        return result
    }

    /// A `spatial_panel` fit of the data set's dependent variable on its regressors.
    static func panel(_ data: DataSet, model: String, effects: String, standardise: String = "row") -> [String: Any] {
        run(data, model: ["estimator": "spatial_panel", "model": model, "dependent": data.block["y"] as! String,
                          "regressors": data.block["x"] as! [String], "fixed_effects": effects],
            standardise: standardise)
    }

    /// PanelCore's LM test names with spdep's `lm.LMtests` names.
    static let lagrangeMultiplierNames = [("lm_error", "LMerr"), ("lm_lag", "LMlag"), ("robust_lm_error", "RLMerr"),
                                          ("robust_lm_lag", "RLMlag")]

    /// A `spatial_lm` result's statistics by test name.
    static func lagrangeMultipliers(_ result: [String: Any]) -> [String: Double] {
        var statistics: [String: Double] = [:]
        for test in result["tests"] as! [[String: Any]] { statistics[test["test"] as! String] = test["statistic"] as? Double }
        return statistics
    }

    /// The estimates and standard errors of a result's coefficient rows, in order.
    static func rows(_ result: [String: Any]) -> (estimates: [Double], errors: [Double]) {
        let rows = result["coefficients"] as! [[String: Any]]
        return (rows.map { $0["estimate"] as! Double }, rows.map { $0["std_error"] as! Double })
    }
}
