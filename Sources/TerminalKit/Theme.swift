/// What a piece of text *is*; a theme decides how each role looks.
public enum Role: String, Sendable, Hashable, CaseIterable {
  case normal, title, border, focusedBorder, selected, dimmed, accent, positive, negative, warning
  case status, key
}

/// A mapping from roles to styles. Widgets ask the theme, never hard-code colours.
public struct Theme: Sendable {
  public var name: String
  private var styles: [Role: Style]

  public init(name: String, styles: [Role: Style]) {
    self.name = name
    self.styles = styles
  }

  public subscript(role: Role) -> Style { styles[role] ?? Style() }

  /// Attributes only: readable on any terminal and the theme `NO_COLOR` selects.
  public static let monochrome = Theme(
    name: "monochrome",
    styles: [
      .title: Style(attributes: .bold), .focusedBorder: Style(attributes: .bold),
      .selected: Style(attributes: .reverse), .dimmed: Style(attributes: .dim),
      .accent: Style(attributes: .bold), .warning: Style(attributes: .bold),
      .status: Style(attributes: .reverse), .key: Style(attributes: .bold),
    ])

  /// The default colour theme.
  public static let colour = Theme(
    name: "colour",
    styles: [
      .title: Style(foreground: .cyan, attributes: .bold),
      .border: Style(foreground: .blue),
      .focusedBorder: Style(foreground: .cyan, attributes: .bold),
      .selected: Style(foreground: .black, background: .cyan),
      .dimmed: Style(attributes: .dim),
      .accent: Style(foreground: .yellow, attributes: .bold),
      .positive: Style(foreground: .green), .negative: Style(foreground: .red),
      .warning: Style(foreground: .magenta, attributes: .bold),
      .status: Style(foreground: .black, background: .white),
      .key: Style(foreground: .yellow, attributes: .bold),
    ])

  /// Monochrome when `NO_COLOR` is set to anything non-empty (https://no-color.org), else colour.
  public static func fromEnvironment(_ environment: [String: String]) -> Theme {
    if let value = environment["NO_COLOR"], !value.isEmpty { return .monochrome }
    return .colour
  }
}
