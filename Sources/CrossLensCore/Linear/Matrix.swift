/// A dense row-major matrix of `Float`, the currency of the BLAS/LAPACK wrappers.
public struct Matrix: Sendable, Equatable {
  public let rows: Int
  public let columns: Int
  /// `rows × columns` values, row-major.
  public var values: [Float]

  public init(rows: Int, columns: Int, values: [Float]) {
    precondition(
      values.count == rows * columns, "Matrix: \(values.count) values for \(rows)×\(columns)")
    self.rows = rows
    self.columns = columns
    self.values = values
  }

  public init(rows: Int, columns: Int, repeating value: Float = 0) {
    self.init(
      rows: rows, columns: columns, values: [Float](repeating: value, count: rows * columns))
  }

  /// The `n`×`n` identity.
  public static func identity(_ n: Int) -> Matrix {
    var m = Matrix(rows: n, columns: n)
    for i in 0..<n { m.values[i * n + i] = 1 }
    return m
  }

  @inlinable
  public subscript(row: Int, column: Int) -> Float {
    get { values[row * columns + column] }
    set { values[row * columns + column] = newValue }
  }

  /// A copy of row `r`.
  public func row(_ r: Int) -> [Float] {
    Array(values[r * columns..<(r + 1) * columns])
  }
}
