/// What formula expressions are evaluated against: the data, the panel structure when the request gives one (for
/// lags, leads and differences), and where the formula sits in the request (for error locations).
public struct EvaluationContext {
    public let table: DataTable
    public let panel: PanelIndex?
    public let location: String

    public init(table: DataTable, panel: PanelIndex?, location: String) {
        self.table = table
        self.panel = panel
        self.location = location
    }

    /// The panel, or a `bad_formula` error naming the function that needs it.
    func requirePanel(for function: String) throws(PanelError) -> PanelIndex {
        guard let panel else {
            throw PanelError(.badFormula, "\(function)() works within units over time and needs the request's \"panel\": {\"id\": …, \"time\": …}",
                             at: location)
        }
        return panel
    }
}
