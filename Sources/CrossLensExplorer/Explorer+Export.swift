import CrossLensCore
import Foundation
import TerminalKit

extension Explorer {
  enum ExportFormat: String { case csv, json }

  /// Writes the current list to `path` (default: `crosslens-USER-TARGET.EXT` in the export
  /// directory; see `ExportDestination` for what a path may name) and reports where in the
  /// status line.
  func export(format: ExportFormat, path: String? = nil) {
    guard let model, let context = state.recommendations, let user = state.users.selectedUser
    else {
      state.message = "nothing to export"
      return
    }
    let dataset = directory.dataset
    let export = RecommendationExport(context: context, user: user, dataset: dataset)
    let name =
      "crosslens-\(dataset.users[Int(user)].id)-\(dataset.domains[context.target]).\(format.rawValue)"
    let destination: ExportDestination
    do {
      destination = try ExportDestination.resolve(
        path, name: name, format: format.rawValue, directory: exportDirectory)
    } catch {
      state.message = error.description
      return
    }
    do {
      let data: Data
      switch format {
      case .csv: data = Data(export.csv(componentNames: model.componentNames).utf8)
      case .json: data = try export.json()
      }
      try data.write(to: URL(fileURLWithPath: destination.path), options: .atomic)
      state.message =
        "exported \(export.rows.count) rows to \(destination.path)"
        + (destination.replaces ? " (replaced)" : "")
    } catch {
      state.message = "export failed: \(error.localizedDescription)"
    }
  }

  /// `:export [csv|json] [PATH]`, or `:export PATH.csv|PATH.json` (the format from the
  /// extension); anything else is refused with the usage, not guessed at.
  func exportCommand(_ words: [String]) {
    let usage = "usage: export [csv|json] [path]"
    guard words.count <= 2 else {
      state.message = usage
      return
    }
    if let first = words.first, let format = ExportFormat(rawValue: first.lowercased()) {
      export(format: format, path: words.count > 1 ? words[1] : nil)
    } else if words.count == 1, let first = words.first,
      let format = ExportFormat(rawValue: (first as NSString).pathExtension.lowercased())
    {
      export(format: format, path: first)
    } else if let first = words.first {
      state.message = "export: '\(first)' is neither csv nor json (\(usage))"
    } else {
      export(format: .csv)
    }
  }
}
