import CrossLensCore
import Foundation
import Testing

@testable import CrossLensExplorer

/// `:preset save|load|delete NAME` and `:presets`, in the store.
@Suite struct PresetCommandTests {
  @Test func presetsSaveReplaceListAndDelete() throws {
    let path = NSTemporaryDirectory() + "crosslens-presets-\(UUID().uuidString).sqlite"
    defer {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: path + suffix)
      }
    }
    let store = try Store.create(at: path, from: ExplorerFixture.dataset)
    let explorer = Explorer(
      directory: ExplorerFixture.directory, model: try #require(ExplorerFixture.model),
      title: "t", theme: .monochrome, annotations: StoreAnnotations(store: store),
      exportDirectory: ExplorerFixture.exportDirectory)
    func run(_ command: String) -> String {
      ExplorerFixture.drive(explorer, [.character(":")] + keys(command) + [.enter])
      return explorer.state.message ?? ""
    }
    #expect(run("presets") == "no presets yet: preset save NAME")
    #expect(run("preset save my preset") == "saved preset my preset")
    _ = run("lambda 0.5")
    #expect(run("preset save my preset") == "replaced preset my preset")
    #expect(try StoreAnnotations(store: store).preset(named: "my preset")?.lambda == 0.5)
    #expect(run("preset save b") == "saved preset b")
    #expect(run("presets") == "presets (2): b, my preset")
    let long = String(repeating: "x", count: 41)
    #expect(run("preset save \(long)") == "preset names have at most 40 characters")
    #expect(run("presets") == "presets (2): b, my preset")
    #expect(run("preset delete b") == "deleted preset b")
    #expect(run("preset delete b") == "no preset b")
    #expect(run("presets") == "presets (1): my preset")
    #expect(run("preset drop b") == "usage: preset save|load|delete NAME")
  }
}
