extension DatasetImporter {
  func readInteractions(_ file: TableFile) throws {
    let (reader, header) = try open(file)
    let columns = plan.columns
    let userColumn = try header.requiredColumn(
      columns.interactionUser, defaults: ColumnNames.interactionUserDefaults)
    let itemColumn = try header.requiredColumn(
      columns.interactionItem, defaults: ColumnNames.interactionItemDefaults)
    let valueColumn = try header.column(
      columns.interactionValue, defaults: ColumnNames.interactionValueDefaults)
    let timeColumn = try header.column(
      columns.interactionTime, defaults: ColumnNames.interactionTimeDefaults)
    if let timeColumn {
      let kind: Dataset.TimeKind =
        ColumnNames.positionNames.contains(header.names[timeColumn].lowercased())
        ? .position : .timestamp
      if timeKind == .none { timeKind = kind }
    }
    let fileDomain = try file.domain.map {
      try checkedDomain($0, file: file.path, line: 1, column: nil)
    }
    let hasItemsFile = !plan.items.isEmpty
    var rows = 0
    try reader.forEachRecord { record in
      rows += 1
      if rows & 0xFFFF == 0 {
        progress(Double(doneBytes + reader.bytesRead) / Double(totalBytes))
      }
      for column in [userColumn, itemColumn] where record.isEmpty(column) {
        return try rowFault(
          ImportError(
            file: file.path, line: record.line, column: header.names[column], fault: .emptyID))
      }
      var value: Float?
      if let valueColumn, !record.isEmpty(valueColumn) {
        guard let number = try number(record, valueColumn, header) else { return }
        value = Float(number)
      }
      var time: Double?
      if let timeColumn, !record.isEmpty(timeColumn) {
        guard let number = try number(record, timeColumn, header) else { return }
        time = number
      }
      let itemID = file.itemIDPrefix + record.string(itemColumn)
      let item: Int32
      if let known = itemIndex[itemID] {
        item = known
        if let fileDomain {
          try assign(domain: fileDomain, to: item, file: file.path, line: record.line)
        }
      } else if hasItemsFile {
        return try rowFault(
          ImportError(
            file: file.path, line: record.line, column: header.names[itemColumn],
            fault: .unknownItem(id: itemID)))
      } else {
        item = Int32(items.count)
        itemIndex[itemID] = item
        items.append(Item(id: itemID, domain: fileDomain ?? -1, title: itemID))
        itemPlaces.append("\(file.path):\(record.line)")
      }
      let userID = record.string(userColumn)
      let user: Int32
      if let known = userIndex[userID] {
        user = known
      } else {
        if !plan.users.isEmpty {
          warnings.note(.userOnlyInInteractions, "\(file.path):\(record.line): \"\(userID)\"")
        }
        user = self.user(userID)
      }
      interactions.append(Interaction(user: user, item: item, value: value, time: time))
    }
    doneBytes += reader.bytesRead
    progress(Double(doneBytes) / Double(totalBytes))
  }

  /// Gives an item the domain of the file that references it, or reports a conflict.
  private func assign(domain: Int, to item: Int32, file: String, line: Int) throws {
    let current = items[Int(item)].domain
    if current == domain { return }
    if current < 0 {
      items[Int(item)].domain = domain
      itemPlaces[Int(item)] = "\(file):\(line)"
      return
    }
    throw ImportError(
      file: file, line: line,
      fault: .conflictingDomain(
        id: items[Int(item)].id, first: domains[current], firstPlace: itemPlaces[Int(item)],
        second: domains[domain]))
  }

  /// A finite number from a field, or `nil` after a skipped row fault.
  private func number(_ record: DelimitedRecord, _ column: Int, _ header: TableHeader) throws
    -> Double?
  {
    let field = record[column]
    let text = { String(decoding: field, as: UTF8.self) }
    guard let value = NumberParsing.double(field) else {
      try rowFault(
        ImportError(
          file: header.file, line: record.line, column: header.names[column],
          fault: .notANumber(text: text())))
      return nil
    }
    guard value.isFinite else {
      try rowFault(
        ImportError(
          file: header.file, line: record.line, column: header.names[column],
          fault: .notFinite(text: text())))
      return nil
    }
    return value
  }

  /// Drops items that never got a domain, checks every domain has items, builds the dataset.
  func finish() throws -> ImportResult {
    guard !interactions.isEmpty else {
      throw ImportError(file: plan.interactions[0].path, fault: .noInteractions)
    }
    // With no domain anywhere, every item is in the dataset's own domain.
    if plan.interactions.allSatisfy({ $0.domain == nil })
      && items.contains(where: { $0.domain < 0 })
    {
      let fallback = try checkedDomain(
        plan.name, file: plan.interactions[0].path, line: 1, column: nil)
      for k in items.indices where items[k].domain < 0 { items[k].domain = fallback }
    }
    if items.contains(where: { $0.domain < 0 }) {
      var newIndex = [Int32](repeating: -1, count: items.count)
      var kept: [Item] = []
      for (old, item) in items.enumerated() {
        if item.domain < 0 {
          warnings.note(.itemWithoutDomainSkipped, "\(itemPlaces[old]): \"\(item.id)\"")
        } else {
          newIndex[old] = Int32(kept.count)
          kept.append(item)
        }
      }
      items = kept
      for k in interactions.indices {
        interactions[k].item = newIndex[Int(interactions[k].item)]
      }
    }
    var itemCounts = [Int](repeating: 0, count: domains.count)
    for item in items { itemCounts[item.domain] += 1 }
    if let empty = itemCounts.firstIndex(of: 0) {
      let file = plan.items.first?.path ?? plan.interactions[0].path
      throw ImportError(file: file, fault: .domainWithoutItems(domain: domains[empty]))
    }
    let dataset = Dataset(
      name: plan.name, domains: domains, items: items, users: users, interactions: interactions,
      timeKind: timeKind)
    return ImportResult(dataset: dataset, warnings: warnings)
  }
}
