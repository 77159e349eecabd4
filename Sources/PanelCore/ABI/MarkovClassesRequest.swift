/// Reads the classes of the `markov` estimator from a pair of members — a number of quantile classes (`classes`,
/// `lag_classes`) or given cut points (`cuts`, `lag_cuts`), not both — and makes them from the pooled values.
///
/// Errors: both members (`invalid_request`); cuts that are empty or not strictly increasing, or a class count that is
/// not a whole number from 2 to `maximumCount` (`invalid_option`); fewer values than quantile classes, or values whose
/// quantiles all coincide (a constant column: `no_observations`, `invalid_data`). Ties that merge some quantile
/// classes leave fewer classes, as mapclassify does, with a warning.
struct MarkovClassesRequest {
    static let maximumCount = 20

    /// The member names and what the values are, for messages ("NQP", "the spatial lag of NQP").
    let count: String
    let cuts: String
    let of: String

    func read(_ spec: JSONObject, values: [Double], defaultCount: Int, warnings: inout [String],
              at location: String) throws(PanelError) -> MarkovClasses {
        if let given = try spec.numbers(cuts, at: location) {
            guard spec[count] == nil else {
                throw PanelError(.invalidRequest, "give '\(count)' (quantile classes) or '\(cuts)' (cut points), not both", at: location + "/" + count)
            }
            guard !given.isEmpty else {
                throw PanelError(.invalidOption, "'\(cuts)' needs at least one cut point (two classes)", at: location + "/" + cuts)
            }
            guard given.count < Self.maximumCount else {
                throw PanelError(.invalidOption, "at most \(Self.maximumCount - 1) cut points (\(Self.maximumCount) classes)", at: location + "/" + cuts)
            }
            for k in 1..<given.count where !(given[k] > given[k - 1]) {
                throw PanelError(.invalidOption, "cut points must be strictly increasing: \(JSONWriter.formatNumber(given[k])) follows "
                                 + "\(JSONWriter.formatNumber(given[k - 1]))", at: location + "/\(cuts)/\(k)")
            }
            return MarkovClasses(cuts: given)
        }
        let requested = try spec.number(count, at: location) ?? Double(defaultCount)
        guard requested == requested.rounded(.towardZero), requested >= 2, requested <= Double(Self.maximumCount) else {
            throw PanelError(.invalidOption, "'\(count)' is a whole number from 2 to \(Self.maximumCount)", at: location + "/" + count)
        }
        let k = Int(requested)
        guard values.count >= k else {
            throw PanelError(.noObservations, "\(k) quantile classes need at least \(k) values of \(of); there are \(values.count)",
                             at: location + "/" + count)
        }
        let classes = MarkovClasses.quantiles(of: values, count: k)
        guard classes.count >= 2 else {
            throw PanelError(.invalidData, "the quantiles of \(of) are all equal (it is constant): there are no classes to move between",
                             at: location + "/" + count)
        }
        if classes.count < k {
            warnings.append("ties in \(of) make some of its \(k) quantiles equal: \(classes.count) classes remain (as mapclassify's Quantiles)")
        }
        return classes
    }
}
