/// The spatiotemporal-evolution estimators of an index across regions and periods (docs/abi/evolution.md).
enum EvolutionSchemas {
    /// Weights from the cities' coordinates: each city's four nearest neighbours by great-circle distance.
    static let nearestNeighbourWeights: JSONValue = .object(JSONObject([
        .init(key: "units", value: .string("city")),
        .init(key: "coordinates", value: .object(JSONObject([.init(key: "lat", value: .string("latitude")),
                                                             .init(key: "lon", value: .string("longitude"))]))),
        .init(key: "knn", value: .number(4))]))

    static let markov = EstimatorSchema(
        "markov", "classic and spatial Markov chains of a panel variable over quantile or given classes, with steady states, "
            + "mean first passage times and the homogeneity tests of spatial dependence",
        page: "abi/evolution.md",
        members: [MemberSchema("variable", .string, required: true, role: "variable", "the column whose classes move"),
                  MemberSchema("classes", .integer, default: .number(4), minimum: 2, maximum: Double(MarkovClassesRequest.maximumCount),
                               "number of quantile classes of the pooled values (mapclassify Quantiles)"),
                  MemberSchema("cuts", .numbers, "increasing cut points instead of quantiles: upper bounds of every class but the last"),
                  MemberSchema(SpatialSchemas.weights.name, .object, role: SpatialSchemas.weights.role,
                               SpatialSchemas.weights.help + "; row-standardised; adds the spatial Markov chain"),
                  MemberSchema("lag_classes", .integer, minimum: 2, maximum: Double(MarkovClassesRequest.maximumCount),
                               "number of quantile classes of the pooled spatial lags (default: as many as the value classes)"),
                  MemberSchema("lag_cuts", .numbers, "increasing cut points of the spatial lag instead of quantiles"),
                  CommonMembers.label],
        results: ["classes (method, count, cuts)", "initial, final (period, counts, shares)",
                  "chain (counts, row_totals, probabilities, empty_rows, recurrent_classes, steady_state, mean_first_passage)",
                  "spatial (weights, lag_classes, chains by neighbour class, tests: q, lr, chi2)", "table: markov"],
        example: [("variable", .string("NQP")), ("weights", nearestNeighbourWeights)])
}
