import CSQLite

/// A prepared statement. Parameters and columns are numbered from 1 and 0, as in SQLite.
final class SQLiteStatement {
  let connection: SQLiteConnection
  let handle: OpaquePointer

  init(connection: SQLiteConnection, sql: String) throws {
    var statement: OpaquePointer?
    let status = sqlite3_prepare_v2(connection.handle, sql, -1, &statement, nil)
    guard status == SQLITE_OK, let statement else { throw connection.error(status) }
    self.connection = connection
    self.handle = statement
  }

  deinit { sqlite3_finalize(handle) }

  func bind(_ index: Int32, _ value: Int) {
    sqlite3_bind_int64(handle, index, Int64(value))
  }

  func bind(_ index: Int32, _ value: Double?) {
    if let value {
      sqlite3_bind_double(handle, index, value)
    } else {
      sqlite3_bind_null(handle, index)
    }
  }

  func bind(_ index: Int32, _ value: String?) {
    if let value {
      sqlite3_bind_text(handle, index, value, -1, cs_transient())
    } else {
      sqlite3_bind_null(handle, index)
    }
  }

  func bind(_ index: Int32, blob: [UInt8]) {
    blob.withUnsafeBytes { bytes in
      _ = sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count), cs_transient())
    }
  }

  /// Advances to the next row: true when there is one, false when done.
  @discardableResult
  func step() throws -> Bool {
    let status = sqlite3_step(handle)
    if status == SQLITE_ROW { return true }
    if status == SQLITE_DONE { return false }
    throw connection.error(status)
  }

  /// Runs the statement to completion and resets it for the next bindings.
  func run() throws {
    defer { reset() }
    while try step() {}
  }

  func reset() {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

  func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

  func double(_ column: Int32) -> Double? {
    isNull(column) ? nil : sqlite3_column_double(handle, column)
  }

  func string(_ column: Int32) -> String? {
    guard let text = sqlite3_column_text(handle, column) else { return nil }
    let count = Int(sqlite3_column_bytes(handle, column))
    return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
  }

  func blob(_ column: Int32) -> [UInt8] {
    let count = Int(sqlite3_column_bytes(handle, column))
    guard count > 0, let bytes = sqlite3_column_blob(handle, column) else { return [] }
    return Array(UnsafeRawBufferPointer(start: bytes, count: count))
  }
}
