extension PanelSample {
    /// `sample` with another design on the same rows (e.g. regressors built from the sample's columns).
    init(_ sample: PanelSample, design: RegressionDesign) {
        precondition(design.rowsUsed == sample.design.rowsUsed, "the new design must use the sample's rows")
        self.design = design
        self.panel = sample.panel
        self.unitOf = sample.unitOf
        self.unitCount = sample.unitCount
        self.timeOf = sample.timeOf
        self.unitSizes = sample.unitSizes
    }
}
