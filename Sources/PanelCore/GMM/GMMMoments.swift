/// The sums over units that every GMM step needs: Z'X (instruments × terms), Z'y, and Z'HZ.
struct GMMMoments {
    let instrumentsTimesRegressors: Matrix
    let instrumentsTimesResponse: [Double]
    /// Σ Zᵢ' H Zᵢ, the one-step weighting sum.
    let instrumentsWeighted: Matrix

    init(_ equations: GMMEquations) {
        let l = equations.instrumentCount, k = equations.termCount
        var zx = Matrix(rows: l, columns: k), zhz = Matrix(rows: l, columns: l)
        var zy = [Double](repeating: 0, count: l)
        for unit in 0..<equations.unitCount {
            let z = equations.instruments[unit]
            Self.accumulate(&zx, z.transposeTimes(equations.regressors[unit]))
            Self.accumulate(&zhz, equations.weighting.sandwich(z))
            let product = z.transposeTimes(equations.response[unit])
            for i in 0..<l { zy[i] += product[i] }
        }
        instrumentsTimesRegressors = zx
        instrumentsTimesResponse = zy
        instrumentsWeighted = zhz
    }

    private static func accumulate(_ sum: inout Matrix, _ term: Matrix) {
        for i in 0..<sum.storage.count { sum.storage[i] += term.storage[i] }
    }

    /// Σ (Zᵢ'eᵢ)(Zᵢ'eᵢ)' for per-unit residuals: the two-step weighting sum and the robust "meat".
    static func scoreOuterProducts(_ equations: GMMEquations, residuals: [[Double]]) -> Matrix {
        equations.scores(residuals).gram()
    }
}

extension GMMEquations {
    /// Zᵢ'eᵢ of every unit as the rows of a units × instruments matrix.
    func scores(_ residuals: [[Double]]) -> Matrix {
        var scores = Matrix(rows: unitCount, columns: instrumentCount)
        for unit in 0..<unitCount {
            let score = instruments[unit].transposeTimes(residuals[unit])
            for j in 0..<instrumentCount { scores[unit, j] = score[j] }
        }
        return scores
    }

    /// Σ Zᵢ'eᵢ over the units.
    func totalScore(_ residuals: [[Double]]) -> [Double] {
        var total = [Double](repeating: 0, count: instrumentCount)
        for unit in 0..<unitCount {
            let score = instruments[unit].transposeTimes(residuals[unit])
            for j in 0..<instrumentCount { total[j] += score[j] }
        }
        return total
    }

    /// Each unit's residuals y − Xb.
    func residuals(_ coefficients: [Double]) -> [[Double]] {
        (0..<unitCount).map { unit in
            let fitted = regressors[unit].times(coefficients)
            return (0..<rowsPerUnit).map { response[unit][$0] - fitted[$0] }
        }
    }
}
