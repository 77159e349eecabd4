/// The `grid` option of the threshold model (docs/abi/threshold.md, "Grid"): a number G (G quantiles of the
/// observations of q, 2–100000), `"all"` (every distinct value), `{"quantiles": G, "over": "distinct" |
/// "observations"}` (G from 1 to 100000; `"distinct"` is Hansen's program's grid) or a strictly increasing,
/// non-empty array of candidate values (checked against the range of q when the sample is known).
enum ThresholdGridOption {
    static let defaultChoice = ThresholdGridChoice.observationQuantiles(300)

    static func parse(_ value: JSONValue?, at location: String) throws(PanelError) -> ThresholdGridChoice {
        switch value {
        case nil, .null?:
            return defaultChoice
        case .number(let count)?:
            return .observationQuantiles(try wholeNumber(count, in: 2...100_000, "grid must be a number of points (2 to 100000)", at: location))
        case .string(let text)?:
            guard text == "all" else {
                throw PanelError(.invalidOption, "grid must be a number of points, \"all\", {\"quantiles\": G, \"over\": \"distinct\"} or an array of candidate values", at: location)
            }
            return .all
        case .object(let object)?:
            return try quantiles(object, at: location)
        case .array(let items)?:
            return .values(try candidates(items, at: location))
        default:
            throw PanelError(.invalidOption, "grid must be a number of points, \"all\", {\"quantiles\": G, \"over\": \"distinct\"} or an array of candidate values", at: location)
        }
    }

    /// The ABI form of a grid choice, as `settings.grid` reports it.
    static func json(_ choice: ThresholdGridChoice) -> JSONValue {
        switch choice {
        case .observationQuantiles(let count): return .number(Double(count))
        case .distinctQuantiles(let count):
            return .object(JSONObject([.init(key: "quantiles", value: .number(Double(count))), .init(key: "over", value: .string("distinct"))]))
        case .all: return .string("all")
        case .values(let list): return .array(list.map { .number($0) })
        }
    }

    private static func quantiles(_ object: JSONObject, at location: String) throws(PanelError) -> ThresholdGridChoice {
        for member in object.members where member.key != "quantiles" && member.key != "over" {
            throw PanelError(.invalidOption, "unknown member '\(member.key)' of grid; expected quantiles, over", at: location + "/" + member.key)
        }
        guard case .number(let count)? = object["quantiles"] else {
            throw PanelError(.invalidOption, "grid {\"quantiles\": G} needs the number of quantiles G (1 to 100000)", at: location + "/quantiles")
        }
        let points = try wholeNumber(count, in: 1...100_000, "the number of grid quantiles must be a whole number from 1 to 100000", at: location + "/quantiles")
        switch object["over"] {
        case nil, .null?, .string("observations")?: return .observationQuantiles(points)
        case .string("distinct")?: return .distinctQuantiles(points)
        default:
            throw PanelError(.invalidOption, "grid 'over' is \"distinct\" (quantiles of the distinct values, Hansen's program) or \"observations\"", at: location + "/over")
        }
    }

    private static func candidates(_ items: [JSONValue], at location: String) throws(PanelError) -> [Double] {
        guard !items.isEmpty else {
            throw PanelError(.invalidOption, "a grid of candidate values needs at least one value", at: location)
        }
        var values: [Double] = []
        for (k, item) in items.enumerated() {
            guard case .number(let x) = item else {
                throw PanelError(.invalidOption, "each grid candidate must be a number", at: location + "/\(k)")
            }
            if let last = values.last, x <= last {
                throw PanelError(.invalidOption, "grid candidates must be strictly increasing: \(JSONWriter.formatNumber(x)) follows \(JSONWriter.formatNumber(last))", at: location + "/\(k)")
            }
            values.append(x)
        }
        return values
    }

    private static func wholeNumber(_ x: Double, in range: ClosedRange<Int>, _ message: String, at location: String) throws(PanelError) -> Int {
        guard x == x.rounded(.towardZero), x >= Double(range.lowerBound), x <= Double(range.upperBound) else {
            throw PanelError(.invalidOption, message, at: location)
        }
        return Int(x)
    }
}
