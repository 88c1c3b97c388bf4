import TerminalKit

/// The users pane's state: filter, search text, sort order, the matching users in order,
/// selection.
public struct UserListContext: Sendable {
  public enum SortOrder: String, Sendable, CaseIterable {
    case activity, id, domains
    /// The label shown in the pane title.
    public var label: String {
      switch self {
      case .activity: return "by activity"
      case .id: return "by id"
      case .domains: return "by domains active"
      }
    }
  }

  public private(set) var query = ""
  public private(set) var sort: SortOrder = .activity
  /// Which users are listed; the search text applies within it.
  public internal(set) var filter: Filter = .all
  /// Matching user indices, in display order.
  public private(set) var visible: [Int32] = []
  public var list = ListState()

  public init(directory: UserDirectory) {
    refresh(directory: directory, keeping: nil)
  }

  /// The selected user, if any user matches.
  public var selectedUser: Int32? {
    visible.indices.contains(list.selected) ? visible[list.selected] : nil
  }

  /// Filters the list to users matching `text`, keeping the selected user (or `user`) when
  /// still listed.
  ///
  /// - Complexity: O(listed users) when `text` contains the current query (typing on, as a
  ///   paste does: every match of the new text is a listed user, in the same order); else as
  ///   `refresh`.
  public mutating func setQuery(
    _ text: String, directory: UserDirectory, selecting user: Int32? = nil
  ) {
    let keep = user ?? selectedUser
    let needle = text.lowercased()
    let narrows = needle.contains(query.lowercased())
    query = text
    guard narrows else { return refresh(directory: directory, keeping: keep) }
    let users = directory.dataset.users
    visible = visible.filter { users[Int($0)].id.lowercased().contains(needle) }
    select(keeping: keep)
  }

  /// Moves to the next sort order, keeping the selected user.
  public mutating func cycleSort(directory: UserDirectory) {
    let all = SortOrder.allCases
    sort = all[((all.firstIndex(of: sort) ?? 0) + 1) % all.count]
    refresh(directory: directory, keeping: selectedUser)
  }

  /// Recomputes `visible` and keeps `user` selected when it still matches.
  ///
  /// Activity and domains sort descending, ties by id; id sorts ascending.
  /// - Complexity: O(users log users).
  mutating func refresh(directory: UserDirectory, keeping user: Int32?) {
    let users = directory.dataset.users
    let needle = query.lowercased()
    var matching = (0..<Int32(users.count)).filter {
      filter.admits($0, directory: directory)
        && (needle.isEmpty || users[Int($0)].id.lowercased().contains(needle))
    }
    switch sort {
    case .id:
      matching.sort { users[Int($0)].id < users[Int($1)].id }
    case .activity:
      let activity = matching.map { directory.activity(user: $0) }
      matching = zip(matching, activity).sorted { a, b in
        a.1 != b.1 ? a.1 > b.1 : users[Int(a.0)].id < users[Int(b.0)].id
      }.map(\.0)
    case .domains:
      let keys = matching.map { (directory.domainsActive(user: $0), directory.activity(user: $0)) }
      matching = zip(matching, keys).sorted { a, b in
        a.1 != b.1 ? a.1 > b.1 : users[Int(a.0)].id < users[Int(b.0)].id
      }.map(\.0)
    }
    visible = matching
    select(keeping: user)
  }

  /// Selects `user` when listed, else the first row.
  private mutating func select(keeping user: Int32?) {
    if let user, let index = visible.firstIndex(of: user) {
      list.selected = index
    } else {
      list.selected = 0
      list.offset = 0
    }
  }
}
