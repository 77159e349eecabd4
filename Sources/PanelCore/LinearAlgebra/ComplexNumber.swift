/// A complex number a + bi with the four field operations in plain real arithmetic (textbook formulas; quotients by
/// (c² + d²), so for operands of moderate size such as the eigenvalues of spatial weights and 1 − ρλ).
struct ComplexNumber: Sendable, Equatable {
    var real: Double
    var imaginary: Double

    init(_ real: Double, _ imaginary: Double) {
        self.real = real
        self.imaginary = imaginary
    }

    static func + (x: ComplexNumber, y: ComplexNumber) -> ComplexNumber {
        ComplexNumber(x.real + y.real, x.imaginary + y.imaginary)
    }

    static func - (x: ComplexNumber, y: ComplexNumber) -> ComplexNumber {
        ComplexNumber(x.real - y.real, x.imaginary - y.imaginary)
    }

    static func * (x: ComplexNumber, y: ComplexNumber) -> ComplexNumber {
        ComplexNumber(x.real * y.real - x.imaginary * y.imaginary, x.real * y.imaginary + x.imaginary * y.real)
    }

    /// x / y; infinite or NaN parts when y = 0.
    static func / (x: ComplexNumber, y: ComplexNumber) -> ComplexNumber {
        let size = y.squaredModulus
        return ComplexNumber((x.real * y.real + x.imaginary * y.imaginary) / size, (x.imaginary * y.real - x.real * y.imaginary) / size)
    }

    /// |z|² = a² + b².
    var squaredModulus: Double { real * real + imaginary * imaginary }

    /// z^power for power ≥ 0 by repeated multiplication.
    func power(_ power: Int) -> ComplexNumber {
        var result = ComplexNumber(1, 0)
        for _ in 0..<power { result = result * self }
        return result
    }
}
