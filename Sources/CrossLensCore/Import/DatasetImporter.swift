#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the files of an `ImportPlan` into a `Dataset`, checking them strictly.
///
/// Users files come first (user order follows them), then items files, then interactions.
/// An item takes its domain from the items file's domain column, or from the single domain of
/// the file that lists or references it; with neither anywhere, every item is in the dataset's
/// default domain (its name). When items files exist, every interaction must name a listed item.
public final class DatasetImporter {
  let plan: ImportPlan
  var progress: (Double) -> Void

  var domains: [String] = []
  var domainIndex: [String: Int] = [:]
  var items: [Item] = []
  /// Where each item got its domain, for conflict messages; `-1` domain means none yet.
  var itemPlaces: [String] = []
  var itemIndex: [String: Int32] = [:]
  var users: [User] = []
  var userIndex: [String: Int32] = [:]
  /// The users-file place (`file:line`) where each user was first read, for conflict messages.
  var userPlaces: [String: String] = [:]
  var interactions: [Interaction] = []
  var timeKind: Dataset.TimeKind = .none
  var warnings = ImportWarnings()
  var totalBytes = 1
  var doneBytes = 0

  public init(plan: ImportPlan, progress: @escaping (Double) -> Void = { _ in }) {
    self.plan = plan
    self.progress = progress
    for name in plan.declaredDomains ?? [] {
      domainIndex[name] = domains.count
      domains.append(name)
    }
  }

  /// Runs the import.
  ///
  /// - Complexity: O(total input size), one pass per file.
  public func run() throws -> ImportResult {
    totalBytes = max(1, plan.allFiles.reduce(0) { $0 + Self.fileSize($1.path) })
    for file in plan.users { try readUsers(file) }
    for file in plan.items { try readItems(file) }
    guard !plan.interactions.isEmpty else {
      throw ImportError(file: plan.name, fault: .unrecognizedLayout(reason: "no interactions file"))
    }
    for file in plan.interactions { try readInteractions(file) }
    return try finish()
  }

  static func fileSize(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }

  /// Opens a file of the plan, routing row faults to warnings when skipping is requested.
  func open(_ file: TableFile) throws -> (DelimitedReader, TableHeader) {
    let reader = try DelimitedReader(path: file.path, format: file.format)
    reader.rowFault = { [unowned self] in try self.rowFault($0) }
    return (reader, try TableHeader(reader, dialect: file.dialect))
  }

  /// Reports a fault confined to one row: thrown, or counted and skipped on request.
  func rowFault(_ error: ImportError) throws {
    guard plan.skipBadRows else { throw error }
    warnings.note(.rowSkipped, error.description)
  }

  func domain(named name: String) -> Int {
    if let index = domainIndex[name] { return index }
    domains.append(name)
    domainIndex[name] = domains.count - 1
    return domains.count - 1
  }

  /// Checks a domain name against the declared ones, if any.
  func checkedDomain(_ name: String, file: String, line: Int, column: String?) throws -> Int {
    if let declared = plan.declaredDomains, !declared.contains(name) {
      throw ImportError(
        file: file, line: line, column: column,
        fault: .undeclaredDomain(domain: name, declared: declared))
    }
    return domain(named: name)
  }

  func user(_ id: String) -> Int32 {
    if let index = userIndex[id] { return index }
    let index = Int32(users.count)
    users.append(User(id: id))
    userIndex[id] = index
    return index
  }

  func readUsers(_ file: TableFile) throws {
    let (reader, header) = try open(file)
    let idColumn = try header.requiredColumn(
      plan.columns.userID, defaults: ColumnNames.userIDDefaults)
    let attributeColumns = header.names.indices.filter { $0 != idColumn }
    try reader.forEachRecord { record in
      guard !record.isEmpty(idColumn) else {
        return try rowFault(
          ImportError(
            file: file.path, line: record.line, column: header.names[idColumn], fault: .emptyID))
      }
      let id = record.string(idColumn)
      var attributes: [String: String] = [:]
      for column in attributeColumns where !record.isEmpty(column) {
        attributes[header.names[column]] = record.string(column)
      }
      if let existing = userIndex[id] {
        // Rows may add attributes, never contradict one (a second group would move the user).
        let known = users[Int(existing)].attributes
        if let column = attributes.keys.sorted().first(where: {
          known[$0] != nil && known[$0] != attributes[$0]
        }) {
          return try rowFault(
            ImportError(
              file: file.path, line: record.line, column: column,
              fault: .conflictingAttribute(
                id: id, column: column, first: known[column] ?? "",
                firstPlace: userPlaces[id] ?? file.path, second: attributes[column] ?? "")))
        }
        warnings.note(.duplicateUserMerged, "\(file.path):\(record.line): \"\(id)\"")
        users[Int(existing)].attributes.merge(attributes) { first, _ in first }
      } else {
        userIndex[id] = Int32(users.count)
        userPlaces[id] = "\(file.path):\(record.line)"
        users.append(User(id: id, attributes: attributes))
      }
    }
    doneBytes += reader.bytesRead
    progress(Double(doneBytes) / Double(totalBytes))
  }
}
