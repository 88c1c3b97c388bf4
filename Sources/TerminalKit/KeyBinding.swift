/// One key binding as data: which keys, what action, the help text and when it applies.
///
/// The help overlay is generated from the same table the input loop dispatches on, so help and
/// behaviour cannot drift apart.
public struct KeyBinding<Action: Sendable, Context>: Sendable {
  public var keys: [Key]
  public var action: Action
  public var description: String
  /// A heading the help overlay groups bindings under.
  public var group: String
  public var isEnabled: @Sendable (Context) -> Bool

  public init(
    _ keys: [Key], _ action: Action, _ description: String, group: String = "General",
    when isEnabled: @escaping @Sendable (Context) -> Bool = { _ in true }
  ) {
    self.keys = keys
    self.action = action
    self.description = description
    self.group = group
    self.isEnabled = isEnabled
  }
}

/// An ordered list of bindings; the first enabled binding for a key wins.
public struct BindingTable<Action: Sendable, Context>: Sendable {
  public var bindings: [KeyBinding<Action, Context>]

  public init(_ bindings: [KeyBinding<Action, Context>]) { self.bindings = bindings }

  /// The action bound to `key` in `context`, if any.
  public func action(for key: Key, in context: Context) -> Action? {
    bindings.first { $0.keys.contains(key) && $0.isEnabled(context) }?.action
  }

  /// Help lines, grouped under their headings in table order: `  j ↓   Move down`.
  /// Bindings disabled in `context` (another pane's, or waiting on something) are listed too,
  /// dimmed, so that every key can be found from anywhere.
  public func helpLines(in context: Context, keyColumnWidth: Int = 12) -> [Line] {
    var groups: [String] = []
    var byGroup: [String: [KeyBinding<Action, Context>]] = [:]
    for binding in bindings where !binding.description.isEmpty {
      if byGroup[binding.group] == nil { groups.append(binding.group) }
      byGroup[binding.group, default: []].append(binding)
    }
    var lines: [Line] = []
    for group in groups {
      if !lines.isEmpty { lines.append("") }
      lines.append(Line(group, .title))
      for binding in byGroup[group] ?? [] {
        let keys = binding.keys.map(\.description).joined(separator: " ")
        lines.append(
          Line(
            [Span("  " + Text.fit(keys, width: keyColumnWidth), .key), Span(binding.description)],
            emphasis: binding.isEnabled(context) ? nil : .dimmed))
      }
    }
    return lines
  }
}
