import Foundation

/// Where an export may be written: a path as typed in the palette, resolved and checked before
/// anything is written. An existing file is replaced only when it is empty or an earlier
/// CrossLens export, so a slip (`:export json demo.sqlite`) cannot destroy a store or a note.
public struct ExportDestination: Sendable, Equatable {
  /// The file to write, as a full path.
  public var path: String
  /// True when `path` holds an earlier export (or an empty file) that the write replaces.
  public var replaces: Bool

  /// Why a path was refused; `description` is the status line's message.
  public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// Resolves `typed` (nil: the usual name in `directory`): `~` expands, a relative path is
  /// taken from `directory`, and an existing folder, or a path ending in `/`, gets the file
  /// under `name`.
  public static func resolve(
    _ typed: String?, name: String, format: String, directory: String
  ) throws(Refusal) -> ExportDestination {
    let files = FileManager.default
    var path = fullPath(typed ?? name, directory: directory)
    let namesFolder = path.hasSuffix("/")
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    var isFolder: ObjCBool = false
    let exists = files.fileExists(atPath: path, isDirectory: &isFolder)
    if namesFolder || (exists && isFolder.boolValue) {
      guard exists else { throw Refusal(description: "export failed: no folder \(path)") }
      guard isFolder.boolValue else {
        throw Refusal(description: "export failed: \(path) is a file, not a folder")
      }
      path = (path as NSString).appendingPathComponent(name)
    }
    let folder = (path as NSString).deletingLastPathComponent
    guard files.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
      throw Refusal(description: "export failed: no folder \(folder)")
    }
    guard let attributes = try? files.attributesOfItem(atPath: path) else {
      return ExportDestination(path: path, replaces: false)
    }
    // A link is refused for what it is: writing would replace the link, not its target.
    if attributes[.type] as? FileAttributeType == .typeSymbolicLink {
      throw Refusal(description: "export refused, a link (name the file itself): " + path)
    }
    guard attributes[.type] as? FileAttributeType == .typeRegular,
      isEmptyOrExport(path, format: format)
    else {
      // The reason first: a long path is what a narrow status line cuts.
      throw Refusal(
        description: "export refused, not an earlier \(format) export (name another file): "
          + path)
    }
    return ExportDestination(path: path, replaces: true)
  }

  /// `typed` with `~` expanded, from `directory` when relative.
  static func fullPath(_ typed: String, directory: String) -> String {
    let path = (typed as NSString).expandingTildeInPath
    return path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
  }

  /// True when `typed` names a folder: it ends in `/`, or is an existing folder.
  public static func namesFolder(_ typed: String, directory: String) -> Bool {
    var isFolder: ObjCBool = false
    return typed.hasSuffix("/")
      || FileManager.default.fileExists(
        atPath: fullPath(typed, directory: directory), isDirectory: &isFolder)
        && isFolder.boolValue
  }

  /// An empty file, or one that starts as this format's export does: the CSV header's first
  /// fields, or the JSON encoder's opening that decodes as a whole export.
  static func isEmptyOrExport(_ path: String, format: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 4096)) ?? Data()
    if head.isEmpty { return true }
    let text = String(decoding: head, as: UTF8.self)
    switch format {
    case "csv": return text.hasPrefix(RecommendationExport.csvHeaderStart)
    default:
      // Sorted keys, pretty-printed: an export opens with its first key, `candidateCount`.
      guard text.hasPrefix("{\n  \"candidateCount\" : "),
        let whole = FileManager.default.contents(atPath: path)
      else { return false }
      return (try? JSONDecoder().decode(RecommendationExport.self, from: whole)) != nil
    }
  }
}
