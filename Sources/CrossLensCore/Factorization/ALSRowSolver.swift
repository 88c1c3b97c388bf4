import CBLAS

/// Solves one row's confidence-weighted least-squares system of implicit ALS, with the other
/// side's factors `Y` fixed:
///
///     (G + Yᵤᵀ (Cᵤ − I) Yᵤ) x = Yᵤᵀ Cᵤ 1,   G = YᵀY + λI,   c = 1 + α·value
///
/// where `Yᵤ` holds the rows of `Y` the row interacted with. `G` is shared; the sparse
/// correction costs O(nᵤ·f) per matrix–vector product (conjugate gradient, as in `implicit`)
/// or O(nᵤ·f²) to form (Cholesky). Scratch buffers live as long as the solver; use one solver
/// per thread.
final class ALSRowSolver {
  let factors: Int
  let alpha: Float
  /// `YᵀY + λI`, f × f, symmetric.
  private let gram: UnsafeMutablePointer<Float>
  private var capacity = 0
  private var gathered: UnsafeMutablePointer<Float>
  private var weights: UnsafeMutablePointer<Float>
  private var confidences: UnsafeMutablePointer<Float>
  private var t: UnsafeMutablePointer<Float>
  private let r: UnsafeMutablePointer<Float>
  private let p: UnsafeMutablePointer<Float>
  private let ap: UnsafeMutablePointer<Float>
  private let system: UnsafeMutablePointer<Float>

  init(factors: Int, alpha: Float, gram: [Float]) {
    precondition(gram.count == factors * factors)
    self.factors = factors
    self.alpha = alpha
    self.gram = .allocate(capacity: gram.count)
    self.gram.initialize(from: gram, count: gram.count)
    system = .allocate(capacity: gram.count)
    r = .allocate(capacity: factors)
    p = .allocate(capacity: factors)
    ap = .allocate(capacity: factors)
    gathered = .allocate(capacity: 0)
    weights = .allocate(capacity: 0)
    confidences = .allocate(capacity: 0)
    t = .allocate(capacity: 0)
  }

  deinit {
    for buffer in [gram, system, r, p, ap, gathered, weights, confidences, t] {
      buffer.deallocate()
    }
  }

  private func reserve(_ n: Int) {
    guard n > capacity else { return }
    let c = max(n, 2 * capacity)
    for buffer in [gathered, weights, confidences, t] { buffer.deallocate() }
    gathered = .allocate(capacity: c * factors)
    weights = .allocate(capacity: c)
    confidences = .allocate(capacity: c)
    t = .allocate(capacity: c)
    capacity = c
  }

  /// Copies the fixed rows named by `columns` into `gathered` (row-major, nᵤ × f) and sets
  /// `confidences` (c) and `weights` (c − 1); entries with non-positive values are skipped.
  private func gather(
    _ columns: ArraySlice<Int32>, _ values: ArraySlice<Float>, fixed: UnsafePointer<Float>
  ) -> Int {
    reserve(columns.count)
    var n = 0
    for (i, v) in zip(columns, values) where v > 0 {
      (gathered + n * factors).update(from: fixed + Int(i) * factors, count: factors)
      weights[n] = alpha * v
      confidences[n] = 1 + alpha * v
      n += 1
    }
    return n
  }

  /// `out = G·v + Yᵤᵀ diag(c − 1) Yᵤ v`.
  private func applySystem(_ v: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, n: Int) {
    let f = Int32(factors)
    cblas_ssymv(CblasRowMajor, CblasUpper, f, 1, gram, f, v, 1, 0, out, 1)
    guard n > 0 else { return }
    cblas_sgemv(CblasRowMajor, CblasNoTrans, Int32(n), f, 1, gathered, f, v, 1, 0, t, 1)
    for k in 0..<n { t[k] *= weights[k] }
    cblas_sgemv(CblasRowMajor, CblasTrans, Int32(n), f, 1, gathered, f, t, 1, 1, out, 1)
  }

  /// Conjugate gradient from the current `x` (warm start), `steps` iterations at most.
  ///
  /// - Complexity: O((steps + 1)·(nᵤ·f + f²)).
  func solveCG(
    _ columns: ArraySlice<Int32>, _ values: ArraySlice<Float>, fixed: UnsafePointer<Float>,
    x: UnsafeMutablePointer<Float>, steps: Int
  ) {
    let n = gather(columns, values, fixed: fixed)
    let f = Int32(factors)
    // r = Yᵤᵀ c − (G x + Yᵤᵀ (c − 1) Yᵤ x)
    applySystem(x, ap, n: n)
    if n > 0 {
      cblas_sgemv(CblasRowMajor, CblasTrans, Int32(n), f, 1, gathered, f, confidences, 1, 0, r, 1)
    } else {
      r.update(repeating: 0, count: factors)
    }
    cblas_saxpy(f, -1, ap, 1, r, 1)
    p.update(from: r, count: factors)
    var rsOld = cblas_sdot(f, r, 1, r, 1)
    guard rsOld >= 1e-20 else { return }
    for _ in 0..<steps {
      applySystem(p, ap, n: n)
      let step = rsOld / cblas_sdot(f, p, 1, ap, 1)
      cblas_saxpy(f, step, p, 1, x, 1)
      cblas_saxpy(f, -step, ap, 1, r, 1)
      let rsNew = cblas_sdot(f, r, 1, r, 1)
      if rsNew < 1e-20 { break }
      // p = r + (rsNew / rsOld) p
      cblas_sscal(f, rsNew / rsOld, p, 1)
      cblas_saxpy(f, 1, r, 1, p, 1)
      rsOld = rsNew
    }
  }

  /// The exact solve: forms the system (`ssyrk` on √(c − 1)-scaled rows) and factors it by
  /// Cholesky (`sposv`). Returns LAPACK's `info` (0 on success).
  ///
  /// - Complexity: O(nᵤ·f² + f³/3).
  func solveCholesky(
    _ columns: ArraySlice<Int32>, _ values: ArraySlice<Float>, fixed: UnsafePointer<Float>,
    x: UnsafeMutablePointer<Float>
  ) -> Int32 {
    let n = gather(columns, values, fixed: fixed)
    let f = Int32(factors)
    x.update(repeating: 0, count: factors)
    guard n > 0 else { return 0 }
    cblas_sgemv(CblasRowMajor, CblasTrans, Int32(n), f, 1, gathered, f, confidences, 1, 0, x, 1)
    for k in 0..<n { cblas_sscal(f, weights[k].squareRoot(), gathered + k * factors, 1) }
    system.update(from: gram, count: factors * factors)
    cblas_ssyrk(CblasRowMajor, CblasUpper, CblasTrans, f, Int32(n), 1, gathered, f, 1, system, f)
    // Row-major upper is column-major lower: no transposition needed.
    return LAPACKE_sposv_work(LAPACK_COL_MAJOR, Int8(UInt8(ascii: "L")), f, 1, system, f, x, f)
  }
}
