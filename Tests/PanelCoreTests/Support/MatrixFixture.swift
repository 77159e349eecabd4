import Foundation
@testable import PanelCore

/// A case written by references/linalg/make_linalg_fixtures.py: named matrices (given row by row in the file),
/// vectors and scalars, read from `Fixtures/<relativePath>`.
struct MatrixFixture {
    var matrices: [String: Matrix] = [:]
    var vectors: [String: [Double]] = [:]
    var scalars: [String: Double] = [:]

    /// The matrix `name`; fails loudly when absent.
    func matrix(_ name: String) -> Matrix {
        guard let m = matrices[name] else { fatalError("fixture has no matrix \(name)") }
        return m
    }

    /// The vector `name`; fails loudly when absent.
    func vector(_ name: String) -> [Double] {
        guard let v = vectors[name] else { fatalError("fixture has no vector \(name)") }
        return v
    }

    /// The scalar `name`; fails loudly when absent.
    func scalar(_ name: String) -> Double {
        guard let s = scalars[name] else { fatalError("fixture has no scalar \(name)") }
        return s
    }

    static func load(_ relativePath: String) -> MatrixFixture {
        var fixture = MatrixFixture()
        var lines = Fixtures.text(relativePath).split(separator: "\n").filter { !$0.hasPrefix("#") }.makeIterator()
        func numbers(_ line: Substring?) -> [Double] {
            (line ?? "").split(separator: " ").map { token in
                guard let value = Double(token) else { fatalError("\(relativePath): not a number: \(token)") }
                return value
            }
        }
        while let header = lines.next() {
            let fields = header.split(separator: " ").map(String.init)
            switch fields[0] {
            case "matrix":
                let rows = Int(fields[2])!, columns = Int(fields[3])!
                var m = Matrix(rows: rows, columns: columns)
                for i in 0..<rows {
                    for (j, value) in numbers(lines.next()).enumerated() { m[i, j] = value }
                }
                fixture.matrices[fields[1]] = m
            case "vector":
                fixture.vectors[fields[1]] = numbers(lines.next())
            case "scalar":
                fixture.scalars[fields[1]] = Double(fields[2])!
            default:
                fatalError("\(relativePath): unexpected line \(header)")
            }
        }
        return fixture
    }
}
