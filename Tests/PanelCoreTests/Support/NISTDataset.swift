import Foundation

/// One NIST StRD linear least-squares dataset (https://www.itl.nist.gov/div898/strd/lls/lls.shtml) read from
/// `Fixtures/nist-strd/<name>.dat`: the data, the model and the certified results.
///
/// The model is read from the file: the parameters are named `B0`, `B1`, …; a `B0` parameter is the
/// intercept. With one predictor `x`, parameter `Bk` multiplies `x**k` (the polynomial class); with several
/// predictors `x1 … xk`, parameter `Bk` multiplies `xk` (Longley).
struct NISTDataset {
    /// The file's dataset name, e.g. "Longley".
    let name: String
    /// The model line of the file, e.g. "Polynomial Class".
    let modelClass: String
    /// The response.
    let y: [Double]
    /// The predictor columns as given in the file (`x`, or `x1 … xk`).
    let predictors: [[Double]]
    /// The index k of each parameter `Bk`, in the file's order.
    let parameterIndices: [Int]
    /// Certified parameter estimates, in parameter order.
    let certifiedEstimates: [Double]
    /// Certified standard deviations of the estimates, in parameter order.
    let certifiedStandardDeviations: [Double]
    /// Certified residual standard deviation.
    let residualStandardDeviation: Double
    /// Certified R².
    let rSquared: Double

    /// Whether the model has an intercept (a `B0` parameter).
    var hasIntercept: Bool { parameterIndices.first == 0 }

    /// The polynomial degree (one predictor), or nil for a multi-predictor linear model.
    var polynomialDegree: Int? { predictors.count == 1 ? parameterIndices.last : nil }

    /// The regressor columns in parameter order: 1 for `B0`; `x**k` (by repeated multiplication) or `xk`.
    var designColumns: [[Double]] {
        parameterIndices.map { k in
            if k == 0 { return [Double](repeating: 1, count: y.count) }
            if predictors.count > 1 { return predictors[k - 1] }
            return predictors[0].map { x in
                var power = x
                for _ in 1..<k { power *= x }
                return power
            }
        }
    }

    /// The dataset `Fixtures/nist-strd/<name>.dat`.
    static func load(_ name: String) -> NISTDataset {
        let lines = Fixtures.text("nist-strd/\(name).dat")
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        var modelClass = ""
        var indices: [Int] = [], estimates: [Double] = [], deviations: [Double] = []
        var residualSD = Double.nan, rSquared = Double.nan
        var rows: [[Double]] = []
        var inData = false
        for (index, line) in lines.enumerated() {
            let tokens = line.split(separator: " ").map(String.init)
            guard let first = tokens.first else { continue }
            if inData {
                rows.append(tokens.map { number(of: $0) })
            } else if first == "Model:" {
                modelClass = tokens.dropFirst().joined(separator: " ")
            } else if first == "Data:" && tokens.count > 1 && tokens[1] == "y" {
                inData = true
            } else if first.hasPrefix("B"), let k = Int(first.dropFirst()), tokens.count == 3 {
                indices.append(k)
                estimates.append(number(of: tokens[1]))
                deviations.append(number(of: tokens[2]))
            } else if line.hasPrefix("Standard Deviation"), index > 0, lines[index - 1] == "Residual" {
                residualSD = number(of: tokens[tokens.count - 1])
            } else if first == "R-Squared" {
                rSquared = number(of: tokens[1])
            }
        }
        let columns = rows.first?.count ?? 0
        precondition(columns >= 2 && !indices.isEmpty, "\(name): no data or no certified parameters")
        return NISTDataset(
            name: name, modelClass: modelClass,
            y: rows.map { $0[0] },
            predictors: (1..<columns).map { j in rows.map { $0[j] } },
            parameterIndices: indices, certifiedEstimates: estimates, certifiedStandardDeviations: deviations,
            residualStandardDeviation: residualSD, rSquared: rSquared)
    }

    /// The certified-value files use Fortran-style numbers such as `0.429796848199937E-03`.
    private static func number(of token: String) -> Double {
        guard let value = Double(token) else { fatalError("NIST StRD: not a number: \(token)") }
        return value
    }
}

/// Log relative error (McCullough 1998): −log10(|est − cert| / |cert|), or −log10|est| when cert = 0;
/// capped at 15 (agreement to the last digit of the certified value).
func logRelativeError(_ estimate: Double, certified: Double) -> Double {
    let error = certified == 0 ? abs(estimate) : abs(estimate - certified) / abs(certified)
    return error == 0 ? 15 : min(15, -log10(error))
}
