import Testing
@testable import PanelCore

@Test func matrixIsColumnMajor() {
    let m = Matrix(columnVectors: [[1, 2], [3, 4]])
    #expect(m[1, 0] == 2)
    #expect(m[0, 1] == 3)
    #expect(m.transposed[0, 1] == 2)
}
