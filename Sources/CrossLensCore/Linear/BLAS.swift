import CBLAS

/// Pointer-level BLAS calls for hot loops that work on slices of large buffers (strided heads,
/// packed token rows), where building `Matrix` values would copy.
public enum BLAS {
  /// `C ← alpha · op(A) · op(B) + beta · C`, all row-major, through `cblas_sgemm`.
  /// `op(A)` is m×k and `op(B)` is k×n; `lda`, `ldb`, `ldc` are the row strides in the buffers.
  ///
  /// - Complexity: 2·m·n·k flops.
  @inlinable
  public static func gemm(
    m: Int, n: Int, k: Int, alpha: Float = 1,
    a: UnsafePointer<Float>, lda: Int, transposeA: Bool = false,
    b: UnsafePointer<Float>, ldb: Int, transposeB: Bool = false,
    beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    guard m > 0, n > 0, k > 0 else { return }
    cblas_sgemm(
      CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
      Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
  }

  /// The number of threads OpenBLAS uses inside one call. Code that runs BLAS on several threads
  /// of its own sets this to 1 so the two kinds of threads do not fight over the cores.
  public static var threadCount: Int {
    get { Int(openblas_get_num_threads()) }
    set { openblas_set_num_threads(Int32(newValue)) }
  }
}
