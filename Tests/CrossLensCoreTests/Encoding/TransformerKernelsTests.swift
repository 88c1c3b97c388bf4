import Foundation
import Testing

@testable import CrossLensCore

@Suite struct TransformerKernelsTests {
  @Test func erfMatchesTheLibraryFunction() {
    var worst: Float = 0
    for i in stride(from: -700, through: 700, by: 8) {
      let xs = (0..<8).map { Float(i + $0) / 100 }
      let ours = TransformerKernels.erf(SIMD8(xs))
      for j in 0..<8 { worst = max(worst, abs(ours[j] - Float(Foundation.erf(Double(xs[j]))))) }
    }
    #expect(worst < 1e-6, "max |erf error| \(worst)")
  }

  @Test func expMatchesTheLibraryFunctionInRelativeTerms() {
    var worst: Double = 0
    for i in stride(from: -8000, through: 8000, by: 8) {
      let xs = (0..<8).map { Float(i + $0) / 100 }
      let ours = TransformerKernels.exp(SIMD8(xs))
      for j in 0..<8 {
        let truth = Foundation.exp(Double(xs[j]))
        worst = max(worst, abs(Double(ours[j]) - truth) / truth)
      }
    }
    #expect(worst < 1e-6, "max relative exp error \(worst)")
  }

  @Test func residualLayerNormMatchesADoublePrecisionComputation() {
    let width = 16
    let x0: [Float] = (0..<32).map { Float(($0 * 37) % 11) - 5 }
    let y: [Float] = (0..<32).map { Float(($0 * 13) % 7) / 3 }
    let bias: [Float] = (0..<16).map { Float($0) / 10 }
    let gamma: [Float] = (0..<16).map { 1 + Float($0 % 3) }
    let beta: [Float] = (0..<16).map { Float($0 % 4) - 1 }
    var x = x0
    x.withUnsafeMutableBufferPointer { p in
      TransformerKernels.biasResidualLayerNorm(
        p.baseAddress!, adding: y, rows: 2, width: width, bias: bias, gamma: gamma, beta: beta,
        epsilon: 1e-12)
    }
    for r in 0..<2 {
      let v = (0..<width).map { Double(x0[r * width + $0] + y[r * width + $0] + bias[$0]) }
      let mean = v.reduce(0, +) / Double(width)
      let variance = v.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(width)
      for j in 0..<width {
        let expected =
          (v[j] - mean) / (variance + 1e-12).squareRoot() * Double(gamma[j]) + Double(beta[j])
        #expect(abs(Double(x[r * width + j]) - expected) < 1e-5)
      }
    }
  }

  @Test func softmaxRowsOfAnyWidth() {
    for width in [1, 3, 8, 11] {
      var s: [Float] = (0..<(2 * width)).map { Float(($0 * 7) % 5) - 2 }
      let original = s
      s.withUnsafeMutableBufferPointer {
        TransformerKernels.softmaxRows($0.baseAddress!, rows: 2, width: width)
      }
      for r in 0..<2 {
        let row = original[r * width..<(r + 1) * width].map { Foundation.exp(Double($0)) }
        let total = row.reduce(0, +)
        for j in 0..<width { #expect(abs(Double(s[r * width + j]) - row[j] / total) < 1e-6) }
      }
    }
  }

  @Test func biasGELUIsTheErfForm() {
    var h: [Float] = (0..<16).map { Float($0) / 2 - 4 }
    let original = h
    let bias = [Float](repeating: 0.25, count: 8)
    h.withUnsafeMutableBufferPointer {
      TransformerKernels.biasGELU($0.baseAddress!, rows: 2, width: 8, bias: bias)
    }
    for (i, value) in original.enumerated() {
      let x = Double(value) + 0.25
      let expected = x * 0.5 * (1 + Foundation.erf(x / 2.0.squareRoot()))
      #expect(abs(Double(h[i]) - expected) < 1e-5)
    }
  }
}
