import CSQLite
import Foundation

/// One SQLite database connection; closed when released. Callers that share it between threads
/// run each whole operation inside `serialized`.
final class SQLiteConnection: @unchecked Sendable {
  let path: String
  let handle: OpaquePointer
  private let lock = NSRecursiveLock()

  /// Runs `body` holding the connection's lock (re-entrant, so operations may nest).
  @discardableResult
  func serialized<T>(_ body: () throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }

  /// Opens `path`; `create` allows a new file, otherwise the file must exist.
  /// - Parameter readOnly: opens without write access (then `create` must be false).
  init(path: String, create: Bool, readOnly: Bool = false) throws {
    var db: OpaquePointer?
    let flags =
      (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
      | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX
    let status = sqlite3_open_v2(path, &db, flags, nil)
    guard status == SQLITE_OK, let db else {
      let message =
        db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
      sqlite3_close_v2(db)
      throw StoreError(path: path, message: "cannot open the store: \(message)")
    }
    // Another process migrating or writing the store holds its lock briefly: wait for it.
    sqlite3_busy_timeout(db, 5_000)
    self.path = path
    self.handle = db
  }

  deinit { sqlite3_close_v2(handle) }

  /// Runs one or more statements that return no rows.
  func execute(_ sql: String) throws {
    var message: UnsafeMutablePointer<CChar>?
    let status = sqlite3_exec(handle, sql, nil, nil, &message)
    guard status == SQLITE_OK else {
      let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(status))
      sqlite3_free(message)
      throw StoreError(path: path, message: text)
    }
  }

  func prepare(_ sql: String) throws -> SQLiteStatement {
    try SQLiteStatement(connection: self, sql: sql)
  }

  /// The first column of the first row of a query, as an integer.
  func integer(_ sql: String) throws -> Int {
    let statement = try prepare(sql)
    guard try statement.step() else { return 0 }
    return statement.int(0)
  }

  /// The first column of every row of a query, as text (NULLs left out).
  func strings(_ sql: String) throws -> Set<String> {
    let statement = try prepare(sql)
    var values: Set<String> = []
    while try statement.step() {
      if let value = statement.string(0) { values.insert(value) }
    }
    return values
  }

  /// Runs `body` in a transaction, holding the lock: committed when it returns, rolled back when
  /// it throws.
  func transaction<T>(_ body: () throws -> T) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    try execute("BEGIN IMMEDIATE")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  func error(_ status: Int32) -> StoreError {
    StoreError(path: path, message: String(cString: sqlite3_errmsg(handle)))
  }
}
