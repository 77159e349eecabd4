extension PanelSample {
    /// `sample` with another design on the same rows (e.g. regressors built from the sample's columns).
    init(_ sample: PanelSample, design: RegressionDesign) {
        self.init(sample, keeping: Array(sample.unitOf.indices), design: design)
    }

    /// The observations `kept` (positions in `sample`, every unit keeping at least one) with a design on them.
    init(_ sample: PanelSample, keeping kept: [Int], design: RegressionDesign) {
        precondition(design.rowsUsed == kept.map { sample.design.rowsUsed[$0] }, "the new design must use the kept rows")
        self.design = design
        self.panel = sample.panel
        self.unitOf = kept.map { sample.unitOf[$0] }
        self.unitCount = sample.unitCount
        self.timeOf = kept.map { sample.timeOf[$0] }
        var sizes = [Int](repeating: 0, count: sample.unitCount)
        for i in kept { sizes[sample.unitOf[i]] += 1 }
        self.unitSizes = sizes
    }
}
