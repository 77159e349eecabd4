/// The dimensions of an indicator list in order of first appearance and the indicator positions in each.
struct IndicatorDimensions {
    let names: [String]
    let members: [[Int]]

    /// Throws `.invalidOption` when `required` (hierarchical weighting) and an indicator has no dimension.
    init(_ indicators: [IndexIndicator], required: Bool, at location: String) throws(PanelError) {
        var names: [String] = []
        var members: [[Int]] = []
        for (j, indicator) in indicators.enumerated() {
            guard let dimension = indicator.dimension else {
                guard !required else {
                    throw PanelError(.invalidOption, "hierarchical weights need a dimension for indicator '"
                                     + indicator.name + "'", at: location)
                }
                continue
            }
            if let d = names.firstIndex(of: dimension) {
                members[d].append(j)
            } else {
                names.append(dimension)
                members.append([j])
            }
        }
        self.names = names
        self.members = members
    }
}

/// Observation rows split by a group label (groups in order of first appearance, rows in order); one group of
/// all rows when there are no labels.
struct ObservationGroups {
    let keys: [Int]
    let rows: [[Int]]

    /// Throws `.invalidOption` when `labels` does not have one entry per observation.
    init(_ labels: [Int]?, count: Int, at location: String) throws(PanelError) {
        guard let labels else {
            keys = [0]
            rows = [Array(0..<count)]
            return
        }
        guard labels.count == count else {
            throw PanelError(.invalidOption, "groupOf must have one label per observation", at: location)
        }
        var keys: [Int] = []
        var rows: [[Int]] = []
        var position: [Int: Int] = [:]
        for (i, label) in labels.enumerated() {
            if let g = position[label] {
                rows[g].append(i)
            } else {
                position[label] = keys.count
                keys.append(label)
                rows.append([i])
            }
        }
        self.keys = keys
        self.rows = rows
    }
}
