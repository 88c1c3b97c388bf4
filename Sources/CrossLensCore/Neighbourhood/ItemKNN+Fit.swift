extension ItemKNN {
  /// Fits on a user × item matrix; every stored entry with a positive value is one interaction
  /// (values are not used beyond that). Item indices are the matrix's columns.
  ///
  /// - Complexity: O(Σ_u n(u)² + Σ_i m(i) log m(i)) where `n(u)` is user `u`'s item count and
  ///   `m(i)` the number of items co-occurring with `i`; memory O(items · threads) scratch plus
  ///   the kept neighbours. Parallel over items on `threads` threads.
  public init(
    fitting matrix: CSRMatrix, parameters: Parameters = Parameters(), name: String = "item-knn",
    threads: Int = 2
  ) {
    let byItem = matrix.transposed()
    let itemCount = matrix.columns
    var support = [Float](repeating: 0, count: itemCount)
    for i in 0..<itemCount {
      let (_, values) = byItem.row(i)
      support[i] = Float(values.lazy.filter { $0 > 0 }.count)
    }
    let keep = max(0, parameters.neighbours)
    let shrinkage = parameters.shrinkage
    let supportCopy = support
    let chunks = parallelChunks(count: itemCount, threads: threads) {
      range -> (counts: [Int], items: [Int32], sims: [Float]) in
      var counts = [Int](repeating: 0, count: range.count)
      var items: [Int32] = []
      var sims: [Float] = []
      var together = [Float](repeating: 0, count: itemCount)
      var touched: [Int32] = []
      var candidates: [(item: Int32, sim: Float)] = []
      for i in range {
        let (users, userValues) = byItem.row(i)
        for (u, v) in zip(users, userValues) where v > 0 {
          let (js, jValues) = matrix.row(Int(u))
          for (j, w) in zip(js, jValues) where w > 0 && Int(j) != i {
            if together[Int(j)] == 0 { touched.append(j) }
            together[Int(j)] += 1
          }
        }
        candidates.removeAll(keepingCapacity: true)
        for j in touched {
          let denominator = (supportCopy[i] * supportCopy[Int(j)]).squareRoot() + shrinkage
          candidates.append((j, together[Int(j)] / denominator))
          together[Int(j)] = 0
        }
        touched.removeAll(keepingCapacity: true)
        candidates.sort { $0.sim != $1.sim ? $0.sim > $1.sim : $0.item < $1.item }
        let kept = candidates.prefix(keep)
        counts[i - range.lowerBound] = kept.count
        for c in kept {
          items.append(c.item)
          sims.append(c.sim)
        }
      }
      return (counts, items, sims)
    }
    var pointers = [Int](repeating: 0, count: itemCount + 1)
    var items: [Int32] = []
    var sims: [Float] = []
    var i = 0
    for chunk in chunks {
      for c in chunk.counts {
        pointers[i + 1] = pointers[i] + c
        i += 1
      }
      items.append(contentsOf: chunk.items)
      sims.append(contentsOf: chunk.sims)
    }
    self.init(
      name: name, parameters: parameters, itemCount: itemCount, pointers: pointers, items: items,
      similarities: sims)
  }
}
