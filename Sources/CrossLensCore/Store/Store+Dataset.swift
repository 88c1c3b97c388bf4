import Foundation

extension Store {
  /// Writes the dataset's rows and its meta data (inside the caller's transaction).
  static func writeDataset(
    _ dataset: Dataset, to connection: SQLiteConnection, progress: (Double) -> Void
  ) throws {
    let meta = try connection.prepare("INSERT INTO meta(key, value) VALUES (?, ?)")
    for (key, value) in [
      ("name", dataset.name), ("time_kind", dataset.timeKind.rawValue),
      ("data_hash", DataHash.compute(dataset)), ("created", Store.timestamp()),
    ] {
      meta.bind(1, key)
      meta.bind(2, value)
      try meta.run()
    }
    let domain = try connection.prepare("INSERT INTO domains(idx, name) VALUES (?, ?)")
    for (index, name) in dataset.domains.enumerated() {
      domain.bind(1, index)
      domain.bind(2, name)
      try domain.run()
    }
    let item = try connection.prepare(
      "INSERT INTO items(idx, id, domain, title, description) VALUES (?, ?, ?, ?, ?)")
    let itemAttribute = try connection.prepare(
      "INSERT INTO item_attributes(item, name, value) VALUES (?, ?, ?)")
    for (index, value) in dataset.items.enumerated() {
      item.bind(1, index)
      item.bind(2, value.id)
      item.bind(3, value.domain)
      item.bind(4, value.title)
      item.bind(5, value.description)
      try item.run()
      for (name, text) in value.attributes {
        itemAttribute.bind(1, index)
        itemAttribute.bind(2, name)
        itemAttribute.bind(3, text)
        try itemAttribute.run()
      }
    }
    let user = try connection.prepare("INSERT INTO users(idx, id) VALUES (?, ?)")
    let userAttribute = try connection.prepare(
      "INSERT INTO user_attributes(user, name, value) VALUES (?, ?, ?)")
    for (index, value) in dataset.users.enumerated() {
      user.bind(1, index)
      user.bind(2, value.id)
      try user.run()
      for (name, text) in value.attributes {
        userAttribute.bind(1, index)
        userAttribute.bind(2, name)
        userAttribute.bind(3, text)
        try userAttribute.run()
      }
    }
    let interaction = try connection.prepare(
      "INSERT INTO interactions(user, item, value, time) VALUES (?, ?, ?, ?)")
    for (index, value) in dataset.interactions.enumerated() {
      if index & 0xFFFF == 0 { progress(Double(index) / Double(dataset.interactions.count)) }
      interaction.bind(1, Int(value.user))
      interaction.bind(2, Int(value.item))
      interaction.bind(3, value.value.map(Double.init))
      interaction.bind(4, value.time)
      try interaction.run()
    }
  }

  /// Reads the dataset back, exactly as it was stored.
  ///
  /// - Complexity: O(size of the dataset); about 0.3 s for Food–Kitchen in a release build.
  public func loadDataset() throws -> Dataset {
    try connection.serialized {
      guard let name = try meta("name") else {
        throw StoreError(path: path, message: "the store holds no dataset", isMissingInput: true)
      }
      let timeKind = try meta("time_kind").flatMap(Dataset.TimeKind.init(rawValue:)) ?? .none
      var domains: [String] = []
      let domainRows = try connection.prepare("SELECT name FROM domains ORDER BY idx")
      while try domainRows.step() { domains.append(domainRows.string(0) ?? "") }

      var items: [Item] = []
      items.reserveCapacity(try connection.integer("SELECT count(*) FROM items"))
      let itemRows = try connection.prepare(
        "SELECT id, domain, title, description FROM items ORDER BY idx")
      while try itemRows.step() {
        items.append(
          Item(
            id: itemRows.string(0) ?? "", domain: itemRows.int(1), title: itemRows.string(2) ?? "",
            description: itemRows.string(3)))
      }
      try forEachAttribute(table: "item_attributes", key: "item") { index, name, value in
        items[index].attributes[name] = value
      }

      var users: [User] = []
      users.reserveCapacity(try connection.integer("SELECT count(*) FROM users"))
      let userRows = try connection.prepare("SELECT id FROM users ORDER BY idx")
      while try userRows.step() { users.append(User(id: userRows.string(0) ?? "")) }
      try forEachAttribute(table: "user_attributes", key: "user") { index, name, value in
        users[index].attributes[name] = value
      }

      var interactions: [Interaction] = []
      interactions.reserveCapacity(try connection.integer("SELECT count(*) FROM interactions"))
      let rows = try connection.prepare(
        "SELECT user, item, value, time FROM interactions ORDER BY seq")
      while try rows.step() {
        interactions.append(
          Interaction(
            user: Int32(truncatingIfNeeded: rows.int(0)),
            item: Int32(truncatingIfNeeded: rows.int(1)),
            value: rows.double(2).map(Float.init), time: rows.double(3)))
      }
      return Dataset(
        name: name, domains: domains, items: items, users: users, interactions: interactions,
        timeKind: timeKind)
    }
  }

  /// Calls `body(index, name, value)` for every row of an attribute table, names interned.
  private func forEachAttribute(
    table: String, key: String, _ body: (Int, String, String) -> Void
  ) throws {
    let rows = try connection.prepare("SELECT \(key), name, value FROM \(table)")
    var names: [String: String] = [:]
    while try rows.step() {
      let raw = rows.string(1) ?? ""
      let name = names[raw] ?? raw
      names[raw] = name
      body(rows.int(0), name, rows.string(2) ?? "")
    }
  }

  /// The current time as ISO 8601 (UTC, seconds).
  static func timestamp(_ date: Date = Date()) -> String {
    date.formatted(.iso8601)
  }
}
