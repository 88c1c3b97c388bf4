import Testing

@testable import CrossLensCore

@Suite struct LinearTests {
  @Test func gemmMatchesHandProduct() {
    let a = Matrix(rows: 2, columns: 3, values: [1, 2, 3, 4, 5, 6])
    let b = Matrix(rows: 3, columns: 2, values: [7, 8, 9, 10, 11, 12])
    #expect(Matrix.multiply(a, b).values == [58, 64, 139, 154])
    #expect(Matrix.multiply(a, transposeA: true, a).values == a.gram().values)
  }

  @Test func spdSolveRecoversKnownSolution() throws {
    let a = Matrix(rows: 2, columns: 2, values: [4, 1, 1, 3])
    let x = try a.solveSPD(Matrix(rows: 2, columns: 1, values: [1, 2]))
    #expect(abs(x.values[0] - 1.0 / 11) < 1e-6 && abs(x.values[1] - 7.0 / 11) < 1e-6)
  }

  @Test func svdReconstructs() throws {
    let a = Matrix(rows: 3, columns: 2, values: [3, 1, 1, 3, 0, 2])
    let (u, s, vt) = try a.svd()
    var us = u
    for r in 0..<u.rows { for c in 0..<u.columns { us[r, c] *= s[c] } }
    let back = Matrix.multiply(us, vt)
    for (x, y) in zip(back.values, a.values) { #expect(abs(x - y) < 1e-5) }
    #expect(s[0] >= s[1])
  }

  @Test func nonPositiveDefiniteIsAnError() {
    let a = Matrix(rows: 2, columns: 2, values: [1, 2, 2, 1])
    #expect(throws: LinearAlgebraError.self) { try a.solveSPD(Matrix(rows: 2, columns: 1)) }
  }
}
