/// The check that an estimated spatial parameter (rho, lambda) lies inside its admissible interval (low, high) and
/// not at an edge (within a millionth of the width): a likelihood largest at the edge means the model is not
/// identified on the data.
enum AdmissibleInterval {
    static func requireInterior(_ name: String, _ value: Double, low: Double, high: Double, at location: String) throws(PanelError) {
        let width = high - low
        guard value - low > width * 1e-6, high - value > width * 1e-6 else {
            throw PanelError(.numericalFailure, "the likelihood is largest at the edge of the admissible interval of \(name) "
                             + "(\(low.messageText), \(high.messageText)): \(name) = \(value.messageText); the model is not identified on these data",
                             at: location)
        }
    }
}
