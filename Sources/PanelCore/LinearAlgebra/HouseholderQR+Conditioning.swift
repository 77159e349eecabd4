/// How well the kept columns determine the least-squares solution, from the triangle R alone.
extension HouseholderQR {
    /// κ₁(R D⁻¹), D the column norms of R: the 1-norm condition number of the kept columns of X once each is scaled
    /// to unit length. Householder least squares is accurate column by column whatever the columns' scales, so this
    /// (not κ of X as given) bounds the digits it loses, about ε·κ + ε·κ²·‖r‖ ÷ (‖X‖‖β‖) (Higham, Accuracy and
    /// Stability of Numerical Algorithms, 2nd ed., §20.1 and Theorem 20.3 with columnwise backward errors).
    /// `rInverse` is R⁻¹. Infinite when a kept column of R is zero.
    public func columnScaledConditionNumber(rInverse: Matrix) -> Double {
        let triangle = r
        let k = triangle.columns
        var scales = [Double](repeating: 0, count: k)
        var norm = 0.0
        for j in 0..<k {
            var squares = 0.0
            for i in 0...j { squares += triangle[i, j] * triangle[i, j] }
            scales[j] = squares.squareRoot()
            guard scales[j] > 0 else { return .infinity }
            var columnSum = 0.0
            for i in 0...j { columnSum += abs(triangle[i, j]) }
            norm = max(norm, columnSum / scales[j])
        }
        var inverseNorm = 0.0
        for j in 0..<k {
            var columnSum = 0.0
            for i in 0...j { columnSum += abs(rInverse[i, j]) * scales[i] }
            inverseNorm = max(inverseNorm, columnSum)
        }
        return norm * inverseNorm
    }
}
