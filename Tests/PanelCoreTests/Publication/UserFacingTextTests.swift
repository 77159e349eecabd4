import Testing
@testable import PanelCore

/// User-facing table text (issue 21): no internal convention names such as `stata_reghdfe_cluster`, and the
/// spatial-effects tables of different models carry distinct titles (the model's label, else its type).
struct UserFacingTextTests {
    static let panel = #"{"columns": {"y": [1, 3, 2, 5, 4, 6, 2, 7], "x": [0, 1, 1, 2, 2, 3, 1, 4], "g": [1, 1, 2, 2, 3, 3, 4, 4]}}"#

    @Test func clusteredStandardErrorsAreDescribedInWords() throws {
        let request = #"{"abi": 1, "data": "# + Self.panel + #", "render": ["text"], "model": {"estimator": "ols", "formula": "y ~ x", "vcov": {"cluster": "g"}}}"#
        let response = String(decoding: PanelCoreABI.respond(to: Array(request.utf8)), as: UTF8.self)
        #expect(response.contains("Standard errors clustered, 4 clusters"))
        #expect(!response.contains("(stata_"))
    }

    @Test func spatialEffectsTablesOfDifferentModelsHaveDistinctTitles() {
        let effects = SpatialEffects(durbinErrorTerms: ["x"], estimates: [0.5, 0.2], covariance: Matrix.identity(2), averageRowSum: 1)
        let titles = ["SAR", "Spatial Durbin (SDM)"].map { SpatialPanelTable.effects(effects, response: "NQP", model: $0).title }
        #expect(titles == ["Direct, indirect and total effects on NQP: SAR",
                           "Direct, indirect and total effects on NQP: Spatial Durbin (SDM)"])
    }
}
