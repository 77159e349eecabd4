/// One linear GMM step with weight matrix A (instruments × instruments): b = (X'Z A Z'X)⁻¹ X'Z A Z'y, with the
/// "bread" (X'Z A Z'X)⁻¹ the covariances are built on.
struct GMMStep {
    let weight: Matrix
    let bread: Matrix
    let coefficients: [Double]
    let residuals: [[Double]]

    init(_ equations: GMMEquations, _ moments: GMMMoments, weight: Matrix, at location: String) throws(PanelError) {
        let zx = moments.instrumentsTimesRegressors
        let weightedZX = weight * zx
        let normal = zx.transposeTimes(weightedZX)
        guard let bread = try? SymmetricPositiveDefinite.inverse(normal) else {
            throw PanelError(.singularDesign, "the instruments do not identify the coefficients: X'Z A Z'X is singular (a regressor is collinear "
                             + "with others or not correlated with any instrument; \(equations.instrumentCount) instruments, \(equations.termCount) coefficients)",
                             at: location)
        }
        let coefficients = bread.times(weightedZX.transposeTimes(moments.instrumentsTimesResponse))
        self.weight = weight
        self.bread = bread
        self.coefficients = coefficients
        self.residuals = equations.residuals(coefficients)
    }

    /// The sandwich B (X'Z A S A Z'X) B around the score covariance S = Σ Zᵢ'eᵢeᵢ'Zᵢ.
    func sandwich(_ moments: GMMMoments, scoreCovariance s: Matrix) -> Matrix {
        let middle = weight * moments.instrumentsTimesRegressors
        return bread * middle.transposeTimes(s * middle) * bread
    }
}
