extension DatasetImporter {
  func readItems(_ file: TableFile) throws {
    let (reader, header) = try open(file)
    let columns = plan.columns
    let idColumn = try header.requiredColumn(
      columns.itemID, defaults: ColumnNames.itemIDDefaults)
    let domainColumn = try header.column(
      columns.itemDomain, defaults: ColumnNames.itemDomainDefaults)
    let titleColumn = try header.column(
      columns.itemTitle, defaults: ColumnNames.itemTitleDefaults)
    let descriptionColumn = try header.column(
      columns.itemDescription, defaults: ColumnNames.itemDescriptionDefaults)
    let named: Set<Int?> = [idColumn, domainColumn, titleColumn, descriptionColumn]
    let attributeColumns = header.names.indices.filter { !named.contains($0) }
    try reader.forEachRecord { record in
      let place = "\(file.path):\(record.line)"
      guard !record.isEmpty(idColumn) else {
        return try rowFault(
          ImportError(
            file: file.path, line: record.line, column: header.names[idColumn], fault: .emptyID))
      }
      let id = file.itemIDPrefix + record.string(idColumn)
      var domain = -1
      if let name = file.domain {
        domain = try checkedDomain(name, file: file.path, line: record.line, column: nil)
      } else if let domainColumn {
        guard !record.isEmpty(domainColumn) else {
          throw ImportError(
            file: file.path, line: record.line, column: header.names[domainColumn],
            fault: .noDomain(id: id))
        }
        domain = try checkedDomain(
          record.string(domainColumn), file: file.path, line: record.line,
          column: header.names[domainColumn])
      }
      if let existing = itemIndex[id] {
        let first = items[Int(existing)].domain
        if domain >= 0 && first >= 0 && domain != first {
          throw ImportError(
            file: file.path, line: record.line, column: domainColumn.map { header.names[$0] },
            fault: .conflictingDomain(
              id: id, first: domains[first], firstPlace: itemPlaces[Int(existing)],
              second: domains[domain]))
        }
        warnings.note(.duplicateItemMerged, "\(place): \"\(id)\"")
        return
      }
      var attributes: [String: String] = [:]
      for column in attributeColumns where !record.isEmpty(column) {
        try checkNumeric(record, column, header)
        attributes[header.names[column]] = record.string(column)
      }
      var title = titleColumn.flatMap { record.isEmpty($0) ? nil : record.string($0) } ?? id
      var description = descriptionColumn.flatMap {
        record.isEmpty($0) ? nil : record.string($0)
      }
      // Rewrites the title and description by `transform` (nil: unchanged), noting `kind`
      // when either changes.
      func rewrite(_ kind: ImportWarnings.Kind, note: String, _ transform: (String) -> String?) {
        let newTitle = transform(title)
        let newDescription = description.flatMap(transform)
        guard newTitle != nil || newDescription != nil else { return }
        warnings.note(kind, note)
        title = newTitle ?? title
        description = newDescription ?? description
      }
      if plan.decodesHTMLReferences {
        rewrite(
          .htmlReferencesDecoded, note: "\(place): \"\(title)\"", HTMLCharacterReferences.decoded)
      }
      // Written raw, a control character in a title would reach the terminal as an escape
      // sequence or break a table row (and SQLite would cut the text at a NUL).
      rewrite(.controlCharactersReplaced, note: "\(place)", Self.controlCharactersReplaced)
      itemIndex[id] = Int32(items.count)
      items.append(
        Item(id: id, domain: domain, title: title, description: description, attributes: attributes)
      )
      itemPlaces.append(place)
    }
    doneBytes += reader.bytesRead
    progress(Double(doneBytes) / Double(totalBytes))
  }

  /// Rejects a non-numeric value in a column RecBole declares `float` or `float_seq`.
  func checkNumeric(_ record: DelimitedRecord, _ column: Int, _ header: TableHeader) throws {
    guard header.numeric.contains(column) else { return }
    let field = record[column]
    var start = 0
    for end in 0...field.count where end == field.count || field[end] == UInt8(ascii: " ") {
      let part = UnsafeBufferPointer(rebasing: field[start..<end])
      start = end + 1
      if part.isEmpty { continue }
      guard let value = NumberParsing.double(part) else {
        throw ImportError(
          file: header.file, line: record.line, column: header.names[column],
          fault: .notANumber(text: String(decoding: part, as: UTF8.self)))
      }
      guard value.isFinite else {
        throw ImportError(
          file: header.file, line: record.line, column: header.names[column],
          fault: .notFinite(text: String(decoding: part, as: UTF8.self)))
      }
    }
  }
}

extension DatasetImporter {
  /// `text` with every control character (C0, DEL, C1: tabs and line breaks included) replaced
  /// by a space; `nil` when it has none.
  static func controlCharactersReplaced(_ text: String) -> String? {
    // Unicode's Cc: C0, DEL and C1, as the HTML decoder tests a decoded reference.
    let isControl = { (u: Unicode.Scalar) in u.properties.generalCategory == .control }
    guard text.unicodeScalars.contains(where: isControl) else { return nil }
    var scalars = String.UnicodeScalarView()
    for u in text.unicodeScalars { scalars.append(isControl(u) ? " " : u) }
    return String(scalars)
  }
}
