/// Parses a command line against a `CommandSpec`: long options (`--out FILE`, `--out=FILE`),
/// short ones (`-o FILE`), flags, positionals in order, and `--` to end options.
public enum ArgumentParser {
  /// - Throws: `UsageError` for an unknown option (suggesting the nearest declared one), a
  ///   missing value, a value given to a flag, an option given twice (unless declared
  ///   `repeating`), a missing required option or positional, or an extra positional.
  public static func parse(_ arguments: [String], for spec: CommandSpec) throws -> ParsedArguments {
    var parsed = ParsedArguments(spec: spec)
    if arguments.prefix(while: { $0 != "--" }).contains(where: { $0 == "-h" || $0 == "--help" }) {
      parsed.helpRequested = true
      return parsed
    }
    var words: [String] = []
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") || isNumber(argument) {
        words.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      var name: String
      var inline: String?
      if argument.hasPrefix("--") {
        name = String(argument.dropFirst(2))
        if let equals = name.firstIndex(of: "=") {
          inline = String(name[name.index(after: equals)...])
          name = String(name[..<equals])
        }
      } else {
        let letter = argument.dropFirst().first
        guard argument.count == 2,
          let match = spec.arguments.first(where: { $0.short != nil && $0.short == letter })
        else { throw UsageError("unknown option '\(argument)'", spec: spec) }
        name = match.name
      }
      guard let declared = spec.arguments.first(where: { $0.name == name && !$0.isPositional })
      else {
        let hint =
          nearest(name, among: spec.arguments.filter { !$0.isPositional }.map(\.name))
          .map { " (did you mean '--\($0)'?)" } ?? ""
        throw UsageError("unknown option '--\(name)'\(hint)", spec: spec)
      }
      switch declared.kind {
      case .flag:
        if inline != nil { throw UsageError("flag '--\(name)' takes no value", spec: spec) }
        parsed.flags.insert(name)
      case .option(_, _, _, let repeating):
        // The last of two values silently winning hides a typo; repeating options collect.
        if !repeating && parsed.options[name] != nil {
          throw UsageError("option '--\(name)' given twice", spec: spec)
        }
        let value: String
        if let inline {
          value = inline
        } else {
          guard index < arguments.count, arguments[index] != "--" else {
            throw UsageError("option '--\(name)' needs a value", spec: spec)
          }
          value = arguments[index]
          index += 1
        }
        parsed.options[name, default: []].append(value)
      case .positional:
        break
      }
    }
    try assignPositionals(words, to: &parsed, spec: spec)
    for argument in spec.arguments {
      if case .option(_, _, let required, _) = argument.kind, required,
        parsed.options[argument.name] == nil
      {
        throw UsageError("missing required option '--\(argument.name)'", spec: spec)
      }
    }
    return parsed
  }

  private static func assignPositionals(
    _ words: [String], to parsed: inout ParsedArguments, spec: CommandSpec
  ) throws {
    var remaining = words[...]
    for argument in spec.arguments {
      guard case .positional(let optional, let repeating) = argument.kind else { continue }
      if remaining.isEmpty {
        if !optional { throw UsageError("missing argument <\(argument.name)>", spec: spec) }
        continue
      }
      let taken = repeating ? Array(remaining) : [remaining.removeFirst()]
      if repeating { remaining = [] }
      parsed.positionals[argument.name] = taken
    }
    if let extra = remaining.first {
      throw UsageError("unexpected argument '\(extra)'", spec: spec)
    }
  }

  /// A negative number is a value, not an option.
  private static func isNumber(_ word: String) -> Bool {
    word.count > 1 && Double(word) != nil
  }

  /// The declared name closest to `name` by edit distance, if close enough to be a typo.
  public static func nearest(_ name: String, among names: [String]) -> String? {
    let scored = names.map { ($0, editDistance(name, $0)) }.min { $0.1 < $1.1 }
    guard let (best, distance) = scored, distance <= max(1, best.count / 3) else { return nil }
    return best
  }

  /// Levenshtein distance between two words.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var previous = Array(0...b.count)
    for i in a.indices {
      var current = [i + 1]
      for j in b.indices {
        current.append(
          min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a[i] == b[j] ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}
