extension DurbinRestrictions.Test {
    /// `{"test", "statistic", "df", "p_value"}`: one entry of a `spatial_panel` result's `tests`.
    var json: JSONValue {
        var item = JSONObject()
        item.append("test", .string(name))
        item.append("statistic", .finiteNumber(statistic))
        item.append("df", .number(Double(degreesOfFreedom)))
        item.append("p_value", .finiteNumber(pValue))
        return .object(item)
    }
}
