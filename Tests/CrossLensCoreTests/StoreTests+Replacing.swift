import CSQLite
import Foundation
import Testing

@testable import CrossLensCore

extension StoreTests {
  /// Only an empty file or a CrossLens store is replaced: not another program's database, a
  /// device, a FIFO (opening it would block), a link or a folder.
  @Test func refusesToReplaceWhatIsNotAStore() throws {
    let folder = try TemporaryDirectory()
    let other = folder.file("other.sqlite")
    let connection = try SQLiteConnection(path: other, create: true)
    try connection.execute("CREATE TABLE foo(x); INSERT INTO foo VALUES (1)")
    // Another program's database that happens to share a table name and a version number.
    let lookalike = folder.file("lookalike.sqlite")
    try SQLiteConnection(path: lookalike, create: true).execute(
      "PRAGMA user_version = 1; CREATE TABLE meta(key TEXT)")
    let fifo = folder.file("fifo")
    #expect(mkfifo(fifo, 0o600) == 0)
    let link = folder.file("link.sqlite")
    _ = try Store.create(at: folder.file("s.sqlite"), from: Self.sample)
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: folder.file("s.sqlite"))
    let refusals = [
      (other, "an SQLite database that is not a CrossLens store"),
      (lookalike, "an SQLite database that is not a CrossLens store"),
      (fifo, "something that is not a regular file"),
      ("/dev/null", "something that is not a regular file"),
      (link, "a symbolic link (give the path it points to)"),
      (folder.file("."), "a folder"),
    ]
    for (path, reason) in refusals {
      #expect(throws: StoreError(path: path, message: "refusing to replace \(reason)")) {
        try Store.create(at: path, from: Self.sample)
      }
    }
    #expect(try connection.integer("SELECT count(*) FROM foo") == 1)
    #expect(Schema.tableNames.count == 12 && Schema.tableNames.isSuperset(of: ["meta", "flags"]))
    #expect(
      throws: StoreError(path: "", message: "cannot create the store: the path names no file")
    ) {
      try Store.create(at: "", from: Self.sample)
    }
    // An empty file is replaced.
    let empty = folder.file("empty.sqlite")
    #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
    #expect(try Store.create(at: empty, from: Self.sample).loadDataset().name == Self.sample.name)
  }
}

extension StoreTests {
  /// The handler installed for `signal`, as a number to compare.
  static func disposition(_ signal: Int32) -> UInt {
    var current = sigaction()
    sigaction(signal, nil, &current)
    return unsafeBitCast(current.__sigaction_handler.sa_handler, to: UInt.self)
  }

  /// Stores created at the same time each protect their temporary file (one slot each, more
  /// creates than slots), and when the last is done the process's signal handlers are the ones
  /// it had before; a signal it ignored was never taken over. In a process of its own: signal
  /// handlers are global, and other tests create stores in parallel.
  @Test func concurrentCreatesPutBackTheSignalHandlers() async {
    await #expect(processExitsWith: .success) {
      signal(SIGHUP, SIG_IGN)
      let before = [SIGINT, SIGTERM, SIGHUP].map(StoreTests.disposition)
      let folder = NSTemporaryDirectory() + "crosslens-signals-\(getpid())"
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: folder) }
      let paths = (0..<12).map { "\(folder)/s\($0).sqlite" }
      let ignored = unsafeBitCast(SIG_IGN, to: UInt.self)
      let stayedIgnored = try await withThrowingTaskGroup(of: Bool.self) { group in
        for path in paths {
          group.addTask {
            _ = try Store.create(at: path, from: StoreTests.sample)
            return StoreTests.disposition(SIGHUP) == ignored
          }
        }
        return try await group.reduce(true) { $0 && $1 }
      }
      let names = try paths.map { try Store(path: $0).loadDataset().name }
      guard stayedIgnored, [SIGINT, SIGTERM, SIGHUP].map(StoreTests.disposition) == before,
        names.allSatisfy({ $0 == StoreTests.sample.name })
      else { exit(1) }
    }
  }
}

extension StoreTests {
  /// A store of schema version 1 (flags without their domains) opens migrated to the current
  /// version, its flags kept with empty domains.
  @Test func versionOneStoreMigratesKeepingItsFlags() throws {
    let folder = try TemporaryDirectory()
    let path = folder.file("v1.sqlite")
    let connection = try SQLiteConnection(path: path, create: true)
    try connection.execute(Schema.version1)
    try connection.execute("PRAGMA user_version = 1")
    try connection.execute(
      "INSERT INTO flags(created, user_id, item_id, note, parameters)"
        + " VALUES ('2026-12-01 10:00:00', 'u1', 'm1', 'old', '{}')")
    let store = try Store(path: path)
    #expect(store.schemaVersion == Schema.current && Schema.current == 2)
    let flags = try store.flags()
    #expect(flags.map(\.note) == ["old"] && flags.map(\.domains) == [""])
  }

  /// Another program's database at version 1 (a common value) is refused, not migrated: it
  /// lacks the store's tables, so it is neither altered nor stamped.
  @Test func anotherDatabaseAtVersionOneIsNotMigrated() throws {
    let folder = try TemporaryDirectory()
    let path = folder.file("app.sqlite")
    let connection = try SQLiteConnection(path: path, create: true)
    try connection.execute(
      "CREATE TABLE flags(id INTEGER PRIMARY KEY, note TEXT); PRAGMA user_version = 1")
    #expect(
      throws: StoreError(path: path, message: "not a CrossLens store (a different SQLite database)")
    ) { try Store(path: path) }
    #expect(try connection.integer("PRAGMA user_version") == 1)
    #expect(
      try connection.strings("SELECT name FROM pragma_table_info('flags')") == ["id", "note"])
  }
}
