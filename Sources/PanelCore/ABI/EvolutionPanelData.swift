/// What the evolution estimators (`kernel_density`, `convergence`) read from every request: the data and the
/// `panel`, whose time column gives each row's period.
enum EvolutionPanelData {
    static func read(_ request: Request, estimator: String, at location: String) throws(PanelError) -> (DataTable, PanelIndex) {
        guard let table = request.data else {
            throw PanelError(.invalidRequest, "'\(estimator)' needs 'data'", at: "/data")
        }
        guard let panel = request.panel else {
            throw PanelError(.invalidRequest, "'\(estimator)' needs 'panel': {\"id\": COLUMN, \"time\": COLUMN} at the top level of the request",
                             at: location)
        }
        return (table, panel)
    }
}
