import Testing

@testable import CrossLensCore

/// How the fusion weights are learned: the cases (and the data each is scored on), and the
/// trainer's constraints.
@Suite struct FusionTests {
  /// TwoTasteDataset with every user's history in both domains and a last item.
  static let dataset = TwoTasteDataset.make()

  @Test func coldFoldsHideOnlyTheirOwnUsersTargetHistory() {
    let data = Self.dataset
    let cases = FusionCases(dataset: data, maxUsers: 30, folds: 3, seed: 7)
    #expect(cases.coldFolds.count == 3)
    var seen: [Int32: Int] = [:]
    for (f, fold) in cases.coldFolds.enumerated() {
      for (target, list) in fold.cases {
        for c in list {
          #expect(seen.updateValue(f, forKey: c.user) == nil, "user \(c.user) in two folds")
          #expect(!c.userIsFitted)
          #expect(c.input.allSatisfy { data.items[Int($0.item)].domain != target })
          // Nothing of the user's in the target domain is left in this fold's data…
          #expect(
            !fold.data.interactions.contains {
              $0.user == c.user && data.items[Int($0.item)].domain == target
            })
          // …but every other fold still has their history there, except the held-out item.
          for (g, other) in cases.coldFolds.enumerated() where g != f {
            let expected = data.interactions.filter {
              $0.user == c.user && data.items[Int($0.item)].domain == target
                && !c.targets.contains($0.item)
            }.count
            let kept = other.data.interactions.filter {
              $0.user == c.user && data.items[Int($0.item)].domain == target
            }.count
            #expect(kept == expected)
          }
        }
      }
    }
    // Every sampled user has one cold case and one warm case.
    let warmUsers = Set(cases.warm.values.flatMap { $0.map(\.user) })
    #expect(Set(seen.keys) == warmUsers && warmUsers.count == 30)
    // The warm data lacks only the held-out last items.
    #expect(cases.reduced.interactions.count == data.interactions.count - 30)
  }

  @Test func trainerKeepsWeightsNonNegativeAndExcludedAtZero() {
    // The held-out item ranks first only if component 1 counts against it (its rivals are
    // component 1's favourites); component 0 alone ranks it second.
    let lists: [FusionTrainer.CaseFeatures] = (0..<60).map { _ in
      FusionTrainer.CaseFeatures(features: [1, -1] + [2, 3] + [0, 3], count: 3)
    }
    var trainer = FusionTrainer()
    trainer.cutoff = 1
    #expect(trainer.value([1, -1], lists) == 1)
    let (w, _) = trainer.fit(lists, dimension: 2)
    #expect(w.allSatisfy { $0 >= 0 })
    #expect(trainer.value(w, lists) == 0)
    // With component 0 excluded the fit may only use component 1.
    let (only, _) = trainer.fit(lists, dimension: 2, excluded: [0])
    #expect(only == [0, 1])
  }

  @Test func learnedWeightsLeavePopularityToLambda() throws {
    var configuration = ModelConfiguration(fusionUsers: 40)
    configuration.als.iterations = 3
    let model = try CrossDomainModel.fit(dataset: Self.dataset, configuration: configuration)
    let all = [model.learnedWeights.pooled] + model.learnedWeights.fits.map(\.weights)
    #expect(all.allSatisfy { $0[PopularityComponent.componentName] == 0 })
    #expect(all.allSatisfy { $0.values.allSatisfy { $0 >= 0 } })
  }
}
