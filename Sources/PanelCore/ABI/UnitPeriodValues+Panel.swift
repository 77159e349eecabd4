/// A variable laid out by the panel's own units (in order of first appearance) rather than a weights matrix's.
extension UnitPeriodValues {
    /// `column` by unit and period over `panel` (balanced, no missing value); `units` lists the unit keys in layout order.
    static func byPanelUnit(_ column: [Double], table: DataTable, panel: PanelIndex, purpose: String,
                            at location: String) throws(PanelError) -> (values: UnitPeriodValues, units: [String]) {
        let keys = try SpatialWeightsRequest.unitKeys(table, column: panel.idName, at: "/panel/id")
        var units: [String] = [], index: [String: Int] = [:]
        for key in keys where index[key] == nil {
            index[key] = units.count
            units.append(key)
        }
        let values = try UnitPeriodValues(column, unitOf: keys.map { index[$0] }, unitKeys: keys, timeOf: panel.timeOf,
                                          units: units, source: "the panel", purpose: purpose, at: location)
        return (values, units)
    }
}
