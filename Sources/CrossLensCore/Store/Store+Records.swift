import CSQLite

/// A saved evaluation run: the parameters it ran with and its results, both JSON.
public struct EvaluationRunRecord: Sendable, Equatable {
  public var id: Int
  public var created: String
  public var parameters: String
  public var results: String
}

/// An analyst's flag on an odd score: which user and item, a note, and the slider settings.
public struct FlagRecord: Sendable, Equatable {
  public var id: Int
  public var created: String
  public var userID: String
  public var itemID: String
  public var note: String
  public var parameters: String
  /// The request's domains as `Books,Movies→Music` (empty for a flag stored before they were).
  public var domains: String
}

extension Store {
  /// Saves an evaluation run; returns its id.
  @discardableResult
  public func addEvaluationRun(parameters: String, results: String) throws -> Int {
    try connection.serialized {
      try insert(
        "INSERT INTO eval_runs(created, parameters, results) VALUES (?, ?, ?)",
        [Store.timestamp(), parameters, results])
    }
  }

  /// All evaluation runs, oldest first.
  public func evaluationRuns() throws -> [EvaluationRunRecord] {
    try connection.serialized {
      let rows = try connection.prepare(
        "SELECT id, created, parameters, results FROM eval_runs ORDER BY id")
      var runs: [EvaluationRunRecord] = []
      while try rows.step() {
        runs.append(
          EvaluationRunRecord(
            id: rows.int(0), created: rows.string(1) ?? "", parameters: rows.string(2) ?? "",
            results: rows.string(3) ?? ""))
      }
      return runs
    }
  }

  /// Saves a slider preset under a name, replacing one of the same name.
  public func putPreset(name: String, parameters: String) throws {
    try connection.serialized {
      try insert(Self.insertPreset, [name, parameters])
    }
  }

  /// Deletes the preset `name`; false when there was none.
  @discardableResult
  public func deletePreset(name: String) throws -> Bool {
    try connection.serialized {
      try connection.transaction {
        let statement = try connection.prepare("DELETE FROM presets WHERE name = ?")
        statement.bind(1, name)
        try statement.run()
        return sqlite3_changes(connection.handle) > 0
      }
    }
  }

  /// All presets by name, sorted.
  public func presets() throws -> [(name: String, parameters: String)] {
    try connection.serialized {
      let rows = try connection.prepare("SELECT name, parameters FROM presets ORDER BY name")
      var presets: [(String, String)] = []
      while try rows.step() { presets.append((rows.string(0) ?? "", rows.string(1) ?? "")) }
      return presets
    }
  }

  /// Saves a flag; returns its id.
  @discardableResult
  public func addFlag(
    userID: String, itemID: String, note: String, parameters: String, domains: String = ""
  ) throws -> Int {
    try connection.serialized {
      try insert(Self.insertFlag, [Store.timestamp(), userID, itemID, note, parameters, domains])
    }
  }

  /// All flags, oldest first.
  public func flags() throws -> [FlagRecord] {
    try connection.serialized {
      let rows = try connection.prepare(
        "SELECT id, created, user_id, item_id, note, parameters, domains FROM flags ORDER BY id")
      var flags: [FlagRecord] = []
      while try rows.step() {
        flags.append(
          FlagRecord(
            id: rows.int(0), created: rows.string(1) ?? "", userID: rows.string(2) ?? "",
            itemID: rows.string(3) ?? "", note: rows.string(4) ?? "",
            parameters: rows.string(5) ?? "", domains: rows.string(6) ?? ""
          ))
      }
      return flags
    }
  }

  /// Adds `presets` and `flags` (keeping each flag's time; ids are new), as read from another
  /// store: a store rebuilt from changed data keeps what its user wrote.
  public func add(presets: [(name: String, parameters: String)], flags: [FlagRecord]) throws {
    // One transaction: all of them or none.
    try connection.serialized {
      try connection.transaction {
        for preset in presets {
          try run(Self.insertPreset, [preset.name, preset.parameters])
        }
        for flag in flags {
          try run(
            Self.insertFlag,
            [flag.created, flag.userID, flag.itemID, flag.note, flag.parameters, flag.domains])
        }
      }
    }
  }

  /// Runs one statement with text values (inside the caller's transaction).
  private func run(_ sql: String, _ values: [String]) throws {
    let statement = try connection.prepare(sql)
    for (index, value) in values.enumerated() { statement.bind(Int32(index + 1), value) }
    try statement.run()
  }

  /// Runs one insert of text values in a transaction; returns the new row id.
  @discardableResult
  private func insert(_ sql: String, _ values: [String]) throws -> Int {
    try connection.transaction {
      try run(sql, values)
      return Int(sqlite3_last_insert_rowid(connection.handle))
    }
  }

  private static let insertPreset = "INSERT OR REPLACE INTO presets(name, parameters) VALUES (?, ?)"
  private static let insertFlag =
    "INSERT INTO flags(created, user_id, item_id, note, parameters, domains)"
    + " VALUES (?, ?, ?, ?, ?, ?)"
}
