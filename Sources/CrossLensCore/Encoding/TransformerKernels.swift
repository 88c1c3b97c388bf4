/// The element-wise passes of a BERT layer, each fused into one sweep over the rows and written
/// with 8-wide SIMD (AVX2): bias + GELU, bias + residual + LayerNorm, softmax.
///
/// Rows are `width` floats; widths must be multiples of 8 (384 and 1536 are).
enum TransformerKernels {
  typealias Vector = SIMD8<Float>

  @inline(__always) static func load(_ p: UnsafePointer<Float>) -> Vector {
    UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
  }

  @inline(__always) static func store(_ v: Vector, _ p: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self)
  }

  /// erf(x) to about 1e-7, the rational approximation of Eigen / XLA on [-4, 4]
  /// (outside that range erf is ±1 in single precision).
  @inline(__always) static func erf(_ input: Vector) -> Vector {
    let x = input.clamped(lowerBound: Vector(repeating: -4), upperBound: Vector(repeating: 4))
    let x2 = x * x
    var p = x2 * -2.72614225801306e-10 + 2.77068142495902e-08
    p = x2 * p + -2.10102402082508e-06
    p = x2 * p + -5.69250639462346e-05
    p = x2 * p + -7.34990630326855e-04
    p = x2 * p + -2.95459980854025e-03
    p = x2 * p + -1.60960333262415e-02
    p = x * p
    var q = x2 * -1.45660718464996e-05 + -2.13374055278905e-04
    q = x2 * q + -1.68282697438203e-03
    q = x2 * q + -7.37332916720468e-03
    q = x2 * q + -1.42647390514189e-02
    return p / q
  }

  /// e^x with Cephes' range reduction and degree-5 polynomial (relative error ~2e-7);
  /// inputs below -87 give a tiny positive number rather than a denormal.
  @inline(__always) static func exp(_ input: Vector) -> Vector {
    let x0 = input.clamped(lowerBound: Vector(repeating: -87), upperBound: Vector(repeating: 88))
    let n = (x0 * 1.44269504088896341 + 0.5).rounded(.down)
    var x = x0 - n * 0.693359375
    x = x - n * -2.12194440e-4
    let z = x * x
    var y = x * 1.9875691500E-4 + 1.3981999507E-3
    y = y * x + 8.3334519073E-3
    y = y * x + 4.1665795894E-2
    y = y * x + 1.6666665459E-1
    y = y * x + 5.0000001201E-1
    y = y * z + x + 1
    let exponent = (SIMD8<Int32>(n, rounding: .towardZero) &+ 127) &<< 23
    return y * unsafeBitCast(exponent, to: Vector.self)
  }

  /// `h ← gelu(h + bias)` row by row, gelu(x) = x · (1 + erf(x / √2)) / 2 (the exact GELU).
  ///
  /// - Complexity: O(rows · width).
  static func biasGELU(
    _ h: UnsafeMutablePointer<Float>, rows: Int, width: Int, bias: UnsafePointer<Float>
  ) {
    let inverseRoot2: Float = 0.70710678118654752
    for r in 0..<rows {
      let row = h + r * width
      for j in stride(from: 0, to: width, by: 8) {
        let x = load(row + j) + load(bias + j)
        store(x * 0.5 * (1 + erf(x * inverseRoot2)), row + j)
      }
    }
  }

  /// `x ← LayerNorm(y + bias + x) · gamma + beta` row by row (the post-norm residual of BERT).
  ///
  /// - Complexity: O(rows · width), three sweeps per row that stay in L1.
  static func biasResidualLayerNorm(
    _ x: UnsafeMutablePointer<Float>, adding y: UnsafePointer<Float>, rows: Int, width: Int,
    bias: UnsafePointer<Float>, gamma: UnsafePointer<Float>, beta: UnsafePointer<Float>,
    epsilon: Float
  ) {
    for r in 0..<rows {
      let row = x + r * width
      let other = y + r * width
      var sum = Vector()
      for j in stride(from: 0, to: width, by: 8) {
        let v = load(row + j) + load(other + j) + load(bias + j)
        store(v, row + j)
        sum += v
      }
      normalizeRow(row, width: width, sum: sum.sum(), gamma: gamma, beta: beta, epsilon: epsilon)
    }
  }

  /// `x ← LayerNorm(x) · gamma + beta` row by row.
  static func layerNorm(
    _ x: UnsafeMutablePointer<Float>, rows: Int, width: Int,
    gamma: UnsafePointer<Float>, beta: UnsafePointer<Float>, epsilon: Float
  ) {
    for r in 0..<rows {
      let row = x + r * width
      var sum = Vector()
      for j in stride(from: 0, to: width, by: 8) { sum += load(row + j) }
      normalizeRow(row, width: width, sum: sum.sum(), gamma: gamma, beta: beta, epsilon: epsilon)
    }
  }

  /// Two-pass mean and variance (the one-pass form loses digits), then scale and shift.
  @inline(__always) private static func normalizeRow(
    _ row: UnsafeMutablePointer<Float>, width: Int, sum: Float,
    gamma: UnsafePointer<Float>, beta: UnsafePointer<Float>, epsilon: Float
  ) {
    let mean = Vector(repeating: sum / Float(width))
    var squares = Vector()
    for j in stride(from: 0, to: width, by: 8) {
      let d = load(row + j) - mean
      squares += d * d
    }
    let variance = squares.sum() / Float(width)
    let scale = Vector(repeating: 1 / (variance + epsilon).squareRoot())
    for j in stride(from: 0, to: width, by: 8) {
      store((load(row + j) - mean) * scale * load(gamma + j) + load(beta + j), row + j)
    }
  }

  /// Softmax of each of `rows` rows of length `width` (any width), in place.
  static func softmaxRows(_ s: UnsafeMutablePointer<Float>, rows: Int, width: Int) {
    let whole = width & ~7
    for r in 0..<rows {
      let row = s + r * width
      var top = -Float.infinity
      for j in 0..<width { top = max(top, row[j]) }
      let shift = Vector(repeating: top)
      var total: Float = 0
      var j = 0
      while j < whole {
        let e = exp(load(row + j) - shift)
        store(e, row + j)
        total += e.sum()
        j += 8
      }
      if j < width {
        var tail = Vector(repeating: -Float.infinity)
        for t in j..<width { tail[t - j] = row[t] }
        let e = exp(tail - shift)
        for t in j..<width {
          row[t] = e[t - j]
          total += e[t - j]
        }
      }
      let inverse = 1 / total
      for j in 0..<width { row[j] *= inverse }
    }
  }
}
