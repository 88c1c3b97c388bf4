/// A model artifact as stored: its bytes and the parameters and data that made it.
public struct StoredArtifact: Sendable, Equatable {
  public var kind: String
  public var name: String
  /// The parameters that made it, as JSON.
  public var parameters: String
  /// The `DataHash` of the dataset it was computed from.
  public var dataHash: String
  /// When it was stored, ISO 8601 UTC.
  public var created: String
  public var blob: [UInt8]
}

extension Store {
  /// Stores an artifact, replacing any of the same kind and name (in one transaction).
  public func putArtifact(
    kind: String, name: String, parameters: String, dataHash: String, blob: [UInt8]
  ) throws {
    try connection.serialized {
      try connection.transaction {
        let statement = try connection.prepare(
          """
          INSERT OR REPLACE INTO artifacts(kind, name, parameters, data_hash, created, blob)
          VALUES (?, ?, ?, ?, ?, ?)
          """)
        statement.bind(1, kind)
        statement.bind(2, name)
        statement.bind(3, parameters)
        statement.bind(4, dataHash)
        statement.bind(5, Store.timestamp())
        statement.bind(6, blob: blob)
        try statement.run()
      }
    }
  }

  /// The artifact of that kind and name, if stored.
  public func artifact(kind: String, name: String) throws -> StoredArtifact? {
    try connection.serialized {
      let statement = try connection.prepare(
        "SELECT parameters, data_hash, created, blob FROM artifacts WHERE kind = ? AND name = ?")
      statement.bind(1, kind)
      statement.bind(2, name)
      guard try statement.step() else { return nil }
      return StoredArtifact(
        kind: kind, name: name, parameters: statement.string(0) ?? "",
        dataHash: statement.string(1) ?? "", created: statement.string(2) ?? "",
        blob: statement.blob(3))
    }
  }

  /// The names of the stored artifacts of one kind, sorted.
  public func artifactNames(kind: String) throws -> [String] {
    try connection.serialized {
      let statement = try connection.prepare(
        "SELECT name FROM artifacts WHERE kind = ? ORDER BY name")
      statement.bind(1, kind)
      var names: [String] = []
      while try statement.step() { names.append(statement.string(0) ?? "") }
      return names
    }
  }
}
