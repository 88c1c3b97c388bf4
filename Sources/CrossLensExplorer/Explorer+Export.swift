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
      // Foundation's text names no file: the path comes first (what a narrow line keeps).
      let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
      let reason =
        underlying.flatMap {
          $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : nil
        } ?? error.localizedDescription
      state.message = "export failed, cannot write \(destination.path): \(reason)"
    }
  }

  /// `:export [csv|json] [PATH]`, or `:export PATH.csv|PATH.json` (the format from the
  /// extension), or `:export FOLDER` (CSV). `arguments` is the rest of the palette line as
  /// typed: the path is all of it after the format, spaces and all. Anything else is refused
  /// with the usage, not guessed at.
  func exportCommand(_ arguments: String) {
    let usage = "usage: export [csv|json] [path]"
    let text = arguments.drop { $0 == " " }
    guard !text.isEmpty else { return export(format: .csv) }
    let first = text.prefix { $0 != " " }
    if let format = ExportFormat(rawValue: first.lowercased()) {
      let path = text.dropFirst(first.count).drop { $0 == " " }
      return export(format: format, path: path.isEmpty ? nil : String(path))
    }
    let path = String(text)
    if let format = ExportFormat(rawValue: (path as NSString).pathExtension.lowercased()) {
      return export(format: format, path: path)
    }
    if ExportDestination.namesFolder(path, directory: exportDirectory) {
      return export(format: .csv, path: path)
    }
    state.message = "export: '\(path)' is neither csv nor json (\(usage))"
  }

}
