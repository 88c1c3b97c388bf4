import CSQLite
import Foundation

/// One dataset and everything derived from it, in one SQLite file: the data, model artifacts,
/// embeddings, evaluation runs, slider presets and the analyst's flags.
///
/// The schema is versioned (`PRAGMA user_version`, see `Schema`); the file uses WAL with
/// foreign keys on. A store is created whole or not at all (`create(at:from:)`).
///
/// A store may be shared between threads: every public operation holds the connection's lock
/// for its whole duration, so transactions never interleave. Extensions that add operations
/// wrap their bodies in `connection.serialized { … }` likewise.
public final class Store: @unchecked Sendable {
  public let path: String
  let connection: SQLiteConnection

  /// Opens an existing store, upgrading its schema if it is older than this build's.
  public init(path: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw StoreError(path: path, message: "no such store", isMissingInput: true)
    }
    if isDirectory.boolValue {
      throw StoreError(path: path, message: "is a directory, not a store", isMissingInput: true)
    }
    self.path = path
    connection = try SQLiteConnection(path: path, create: false)
    do {
      // Nothing is written (not even the WAL switch, which rewrites the header) before the
      // file is known to be a store: an empty file or another program's database stays as it was.
      let tables = try connection.integer("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")
      let version = try connection.integer("PRAGMA user_version")
      if tables == 0 && version == 0 {
        throw StoreError(path: path, message: "the store holds no dataset", isMissingInput: true)
      }
      try connection.execute("PRAGMA foreign_keys = ON")
      try Schema.migrate(connection)
      try connection.execute("PRAGMA journal_mode = WAL")
    } catch let error as StoreError where error.message.contains("file is not a database") {
      throw StoreError(path: path, message: "not a CrossLens store (not an SQLite database)")
    }
  }

  /// The schema version of the open store.
  public var schemaVersion: Int {
    (try? connection.serialized { try connection.integer("PRAGMA user_version") }) ?? 0
  }

  /// The data hash recorded when the store was created (`DataHash.compute` of its dataset).
  public var dataHash: String {
    (try? connection.serialized { try meta("data_hash") }) ?? ""
  }

  /// A value of the `meta` table.
  func meta(_ key: String) throws -> String? {
    let statement = try connection.prepare("SELECT value FROM meta WHERE key = ?")
    statement.bind(1, key)
    return try statement.step() ? statement.string(0) : nil
  }

  /// Creates a store holding `dataset` at `path`, replacing any file there only once the new
  /// one is complete: it is written to a temporary file beside the target, then renamed over it.
  /// On failure the target is left as it was.
  ///
  /// - Parameter progress: called with the fraction written, now and then.
  /// - Complexity: O(size of the dataset).
  public static func create(
    at path: String, from dataset: Dataset, progress: (Double) -> Void = { _ in }
  ) throws -> Store {
    guard !path.isEmpty, !path.hasSuffix("/") else {
      throw StoreError(path: path, message: "cannot create the store: the path names no file")
    }
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    let temporary =
      "\(directory)/.\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw StoreError(path: path, message: "cannot create the store: no folder \(directory)")
    }
    if let reason = reasonNotToReplace(path) {
      throw StoreError(path: path, message: "refusing to replace \(reason)")
    }
    guard access(directory, W_OK) == 0 else {
      throw StoreError(
        path: path, message: "cannot create the store: the folder \(directory) is not writable")
    }
    func removeTemporary() {
      for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
    }
    // Interrupted (Ctrl-C, SIGTERM), the process still removes the half-written file.
    let slot = cs_protect_temporary(temporary)
    defer { cs_release_temporary(slot) }
    do {
      try write(dataset, to: temporary, progress: progress)
      try syncFile(temporary)
      // A stale WAL of the old file must not be applied to the new one.
      unlink(path + "-wal")
      unlink(path + "-shm")
      guard rename(temporary, path) == 0 else {
        throw StoreError(
          path: path,
          message: "cannot move the new store into place: \(String(cString: strerror(errno)))")
      }
    } catch {
      removeTemporary()
      throw error
    }
    return try Store(path: path)
  }

  /// Writes a complete store to a new file (fast settings: it is not yet visible to anyone).
  private static func write(
    _ dataset: Dataset, to path: String, progress: (Double) -> Void
  ) throws {
    let connection = try SQLiteConnection(path: path, create: true)
    // Foreign keys are checked once over the finished tables rather than row by row.
    try connection.execute(
      "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536"
    )
    try Schema.migrate(connection)
    try connection.transaction {
      try writeDataset(dataset, to: connection, progress: progress)
      let violations = try connection.prepare("PRAGMA foreign_key_check")
      if try violations.step() {
        throw StoreError(
          path: path,
          message:
            "row \(violations.int(1)) of \(violations.string(0) ?? "?") refers to a missing row of \(violations.string(2) ?? "?")"
        )
      }
    }
    try connection.execute("PRAGMA journal_mode = WAL")
  }

  /// Why the file at `path` may not be replaced by a new store, or `nil` when it may: nothing
  /// is there, or an empty regular file, or a CrossLens store. An import must never overwrite a
  /// data file, another program's database, a device or a link by a slip of `--out`.
  private static func reasonNotToReplace(_ path: String) -> String? {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFLNK: return "a symbolic link (give the path it points to)"
    case S_IFDIR: return "a folder"
    default: return "something that is not a regular file"
    }
    guard status.st_size > 0 else { return nil }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return "a file that cannot be read"
    }
    defer { try? handle.close() }
    let header = (try? handle.read(upToCount: 16)) ?? Data()
    guard header == Data("SQLite format 3\0".utf8) else {
      return "a file that is not an SQLite store"
    }
    guard let connection = try? SQLiteConnection(path: path, create: false, readOnly: true),
      let isStore = try? Schema.isStore(connection)
    else { return "an SQLite database that cannot be read" }
    // A store has every table of its schema and the data hash of what it holds.
    guard isStore,
      (try? connection.integer("SELECT count(*) FROM meta WHERE key = 'data_hash'")) == 1
    else { return "an SQLite database that is not a CrossLens store" }
    return nil
  }

  private static func syncFile(_ path: String) throws {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw StoreError(path: path, message: "cannot reopen the new store")
    }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else {
      throw StoreError(
        path: path, message: "cannot flush the new store: \(String(cString: strerror(errno)))")
    }
  }
}
