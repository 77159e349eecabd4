import Foundation
@testable import PanelCore

/// One case of Fixtures/covariance (made by references/covariance/make_panel_covariance_fixtures.py): pooled OLS
/// data with firm and year codes, and reference covariance matrices under named conventions.
struct PanelCovarianceFixture {
    let name: String
    let json: [String: Any]

    init(_ name: String) {
        self.name = name
        json = try! JSONSerialization.jsonObject(with: Data(Fixtures.text("covariance/\(name).json").utf8)) as! [String: Any]
    }

    var firms: [Int] { json["first"] as! [Int] }
    var years: [Int] { json["second"] as! [Int] }
    var twoWay: [String: Any] { json["two_way"] as! [String: Any] }
    var driscollKraay: [[String: Any]] { json["driscoll_kraay"] as! [[String: Any]] }
    var periods: Int { json["periods"] as! Int }

    /// Covariance inputs of the least-squares fit built through `RegressionDesign` and `LeastSquaresFit`.
    func inputs() throws -> CovarianceInputs {
        let columns = json["regressors"] as! [[Double]]
        let response = json["response"] as! [Double]
        let design = RegressionDesign(responseName: "y", response: response, regressors: Matrix(columnVectors: columns),
                                      termNames: json["terms"] as! [String], hasIntercept: true,
                                      rowsUsed: Array(0..<response.count), rowsDropped: 0)
        return CovarianceInputs(try LeastSquaresFit(design, at: name))
    }

    static func matrix(_ value: Any?) -> [[Double]] { value as! [[Double]] }
}

/// Largest |a_ij − b_ij| / sqrt(|b_ii| · |b_jj|): the error on the scale of the reference standard errors (for a
/// positive semi-definite b, |b_ij| ≤ sqrt(b_ii b_jj)), so near-zero covariances are not judged relatively.
func scaledCovarianceError(_ a: Matrix, _ b: [[Double]]) -> Double {
    var worst = 0.0
    for i in 0..<b.count {
        for j in 0..<b.count {
            let scale = (abs(b[i][i]) * abs(b[j][j])).squareRoot()
            worst = max(worst, abs(a[i, j] - b[i][j]) / scale)
        }
    }
    return worst
}
