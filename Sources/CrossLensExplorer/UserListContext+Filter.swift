extension UserListContext {
  /// Which users the pane lists, before the search text narrows them further.
  public enum Filter: Sendable, Hashable {
    /// Every user.
    case all
    /// Users with no interaction in `domain` (the current target).
    case cold(domain: Int)
    /// Users with at least one interaction in every domain.
    case activeEverywhere
    /// Users whose `group` attribute is `value`.
    case group(String)

    /// The name of the user attribute the group filters read.
    public static let groupAttribute = "group"

    /// The label shown in the pane title: `cold in Music`, `active everywhere`, `group test`.
    public func label(domains: [String]) -> String {
      switch self {
      case .all: return "all"
      case .cold(let domain):
        return "cold in " + (domains.indices.contains(domain) ? domains[domain] : "?")
      case .activeEverywhere: return "active everywhere"
      case .group(let value): return "group " + value
      }
    }

    /// True when `user` passes the filter.
    public func admits(_ user: Int32, directory: UserDirectory) -> Bool {
      switch self {
      case .all: return true
      case .cold(let domain):
        return domain < directory.domainCount && directory.count(user: user, domain: domain) == 0
      case .activeEverywhere: return directory.domainsActive(user: user) == directory.domainCount
      case .group(let value):
        return directory.dataset.users[Int(user)].attributes[Self.groupAttribute] == value
      }
    }

    /// The filters in the order `c` cycles through them: all, cold in `target` (when there
    /// is a target), active everywhere, then each `group` value in ascending order.
    public static func cycle(target: Int?, directory: UserDirectory) -> [Filter] {
      [.all] + (target.map { [.cold(domain: $0)] } ?? []) + [.activeEverywhere]
        + directory.groupValues.map { .group($0) }
    }
  }

  /// Moves to the next filter in `Filter.cycle`, keeping the selected user when still listed.
  public mutating func cycleFilter(target: Int?, directory: UserDirectory) {
    let filters = Filter.cycle(target: target, directory: directory)
    let index = filters.firstIndex(of: filter) ?? 0
    filter = filters[(index + 1) % filters.count]
    refresh(directory: directory, keeping: selectedUser)
  }

  /// Follows a change of target domain: a cold filter becomes cold in the new target (or all
  /// users when there is none). Other filters do not depend on the target.
  public mutating func retarget(_ target: Int?, directory: UserDirectory) {
    guard case .cold(let domain) = filter, domain != target else { return }
    filter = target.map { .cold(domain: $0) } ?? .all
    refresh(directory: directory, keeping: selectedUser)
  }
}
