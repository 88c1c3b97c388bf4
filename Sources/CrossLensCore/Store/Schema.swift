/// The store's schema, as a list of migrations. `PRAGMA user_version` holds the number of
/// migrations applied; opening a store applies the missing ones, each in its own transaction.
///
/// To change the schema, append a migration; never edit one that has shipped.
enum Schema {
  static let migrations: [String] = [version1, version2]

  /// The schema version this build writes.
  static var current: Int { migrations.count }

  /// Every table the migrations create, read from their `CREATE TABLE` statements.
  static var tableNames: Set<String> { tableNames(through: current) }

  /// The tables the first `count` migrations create: what a store of that version holds.
  static func tableNames(through count: Int) -> Set<String> {
    Set(
      migrations.prefix(count).flatMap { migration in
        migration.split(separator: "\n").compactMap { line -> String? in
          let words = line.split(whereSeparator: { $0 == " " || $0 == "(" })
          guard words.count > 2, words[0] == "CREATE", words[1] == "TABLE" else { return nil }
          return String(words[2])
        }
      })
  }

  /// Whether the database at `connection` is a CrossLens store of its `user_version` (at least
  /// 1, at most `current`): it holds every table the migrations up to that version create.
  static func isStore(_ connection: SQLiteConnection) throws -> Bool {
    let version = try connection.integer("PRAGMA user_version")
    guard (1...current).contains(version) else { return false }
    let tables = try connection.strings("SELECT name FROM sqlite_schema WHERE type = 'table'")
    return tableNames(through: version).isSubset(of: tables)
  }

  /// Brings `connection` up to `current`, or refuses a store from a newer build or a database
  /// that is not a store. Each step re-reads the version inside its transaction, so two
  /// processes opening an old store at once apply it once.
  static func migrate(_ connection: SQLiteConnection) throws {
    let version = try connection.integer("PRAGMA user_version")
    if version > current {
      throw StoreError(
        path: connection.path,
        message: "the store has schema version \(version); this build reads up to \(current)")
    }
    let empty =
      try connection.integer("SELECT count(*) FROM sqlite_schema WHERE type = 'table'") == 0
    guard version == 0 ? empty : try isStore(connection) else {
      throw StoreError(
        path: connection.path, message: "not a CrossLens store (a different SQLite database)")
    }
    for next in version..<current {
      try connection.transaction {
        guard try connection.integer("PRAGMA user_version") == next else { return }
        try connection.execute(migrations[next])
        try connection.execute("PRAGMA user_version = \(next + 1)")
      }
    }
  }

  static let version1 = """
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE domains(idx INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE TABLE items(
      idx INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
      domain INTEGER NOT NULL REFERENCES domains(idx),
      title TEXT NOT NULL, description TEXT);
    CREATE TABLE item_attributes(
      item INTEGER NOT NULL REFERENCES items(idx), name TEXT NOT NULL, value TEXT NOT NULL,
      PRIMARY KEY(item, name)) WITHOUT ROWID;
    CREATE TABLE users(idx INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
    CREATE TABLE user_attributes(
      user INTEGER NOT NULL REFERENCES users(idx), name TEXT NOT NULL, value TEXT NOT NULL,
      PRIMARY KEY(user, name)) WITHOUT ROWID;
    CREATE TABLE interactions(
      seq INTEGER PRIMARY KEY,
      user INTEGER NOT NULL REFERENCES users(idx), item INTEGER NOT NULL REFERENCES items(idx),
      value REAL, time REAL);
    CREATE TABLE artifacts(
      kind TEXT NOT NULL, name TEXT NOT NULL, parameters TEXT NOT NULL, data_hash TEXT NOT NULL,
      created TEXT NOT NULL, blob BLOB NOT NULL, PRIMARY KEY(kind, name));
    CREATE TABLE embeddings(
      item_id TEXT NOT NULL, model TEXT NOT NULL, text_hash TEXT NOT NULL, dims INTEGER NOT NULL,
      vector BLOB NOT NULL, PRIMARY KEY(item_id, model));
    CREATE TABLE eval_runs(
      id INTEGER PRIMARY KEY, created TEXT NOT NULL, parameters TEXT NOT NULL, results TEXT NOT NULL);
    CREATE TABLE presets(name TEXT PRIMARY KEY, parameters TEXT NOT NULL);
    CREATE TABLE flags(
      id INTEGER PRIMARY KEY, created TEXT NOT NULL, user_id TEXT NOT NULL, item_id TEXT NOT NULL,
      note TEXT NOT NULL, parameters TEXT NOT NULL);
    """

  /// A flag keeps the request's domains (`Books,Movies→Music`), so it can be reproduced;
  /// flags written before have an empty text.
  static let version2 = """
    ALTER TABLE flags ADD COLUMN domains TEXT NOT NULL DEFAULT '';
    """
}
