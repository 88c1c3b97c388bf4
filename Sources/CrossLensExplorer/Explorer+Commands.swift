import CrossLensCore
import Foundation
import TerminalKit

extension Explorer {
  /// Runs a command-palette line; returns false for `quit`.
  ///
  /// The commands are `PaletteCommand.all`.
  func runCommand(_ line: String) -> Bool {
    let words = line.split(separator: " ").map(String.init)
    guard let command = words.first else {
      // The commands, with what each takes, are help's last section (help scrolls no further
      // than its last line allows).
      state.mode = .help(
        scroll: helpLines().firstIndex { $0 == PaletteCommand.helpLines()[0] } ?? 0)
      if let page = overlayPage(bounds: Rect(lastSize)) {
        state.mode = .help(scroll: min(page.scroll, page.scrollLimit))
      }
      return true
    }
    let rest = Array(words.dropFirst())
    // A stray word after a command that takes none (`quit now`) is refused, not ignored.
    if PaletteCommand.withoutArguments.contains(command), let stray = rest.first {
      state.message = "\(command) takes no argument (got '\(stray)')"
      return true
    }
    switch command {
    case "q", "quit": return false
    case "help": state.mode = .help(scroll: 0)
    case "flags": state.mode = .flags(selected: 0)
    case "sort":
      state.users.cycleSort(directory: directory)
      state.message = "users " + state.users.sort.label
    case "export":
      // The raw rest of the line: a path keeps its spaces.
      exportCommand(String(line.drop { $0 == " " }.dropFirst(command.count)))
    case "user":
      // The rest of the line, as typed: an id may hold spaces.
      selectUser(
        id: String(line.drop { $0 == " " }.dropFirst(command.count)).trimmingCharacters(
          in: .whitespaces))
    case "target", "source":
      setDomains(command: command, names: rest.joined(separator: " "))
    // One value each: a stray word is refused, not ignored.
    case "k", "lambda", "λ", "tau", "τ":
      setParameter(command, rest.count == 1 ? rest[0] : nil)
    case "w":
      setParameter(rest.first ?? "", rest.count == 2 ? rest[1] : nil, weight: true)
    case "learned": useLearnedWeights()
    case "preset": runPreset(rest)
    case "presets":
      let names = annotations.presetNames()
      state.message =
        names.isEmpty
        ? "no presets yet: preset save NAME"
        : "presets (\(names.count)): " + names.joined(separator: ", ")
    default:
      state.message = "unknown command: \(command) (↵ on an empty : line lists the commands)"
    }
    return true
  }

  func selectUser(id: String) {
    guard !id.isEmpty else {
      state.message = "usage: user ID"
      return
    }
    guard let index = directory.dataset.userIndexByID[id] else {
      state.message = "no user \(id)"
      return
    }
    // What hides the user goes, and is said: a filter that does not admit them, then a search
    // that still hides them.
    var cleared: [String] = []
    if !state.users.filter.admits(index, directory: directory) {
      state.users.filter = .all
      state.users.refresh(directory: directory, keeping: nil)
      cleared.append("filter")
    }
    if !state.users.visible.contains(index) && !state.users.query.isEmpty {
      state.users.setQuery("", directory: directory)
      cleared.append("search")
    }
    if !cleared.isEmpty {
      state.message = cleared.joined(separator: " and ") + " cleared to show \(id)"
    }
    if let position = state.users.visible.firstIndex(of: index) {
      state.users.list.selected = position
      userChanged()
    }
  }

  private func setDomains(command: String, names: String) {
    guard var context = state.recommendations else { return }
    guard !names.isEmpty else {
      state.message = command == "target" ? "usage: target DOMAIN" : "usage: source DOMAIN[,DOMAIN]"
      return
    }
    let domains = directory.dataset.domains
    let wanted = names.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    let named = wanted.compactMap { name in
      domains.firstIndex { $0.lowercased() == name.lowercased() }
    }
    guard !named.isEmpty, named.count == wanted.count else {
      state.message = "unknown domain in \(names); domains: " + domains.joined(separator: ", ")
      return
    }
    guard command == "source" || named.count == 1 else {
      state.message = "target takes one domain (source takes several)"
      return
    }
    // Each domain once, in the order first named.
    let indices = named.enumerated().filter { !named[..<$0.offset].contains($0.element) }
      .map(\.element)
    if command == "target" {
      // The same target again changes nothing (the sources chosen stay).
      guard indices[0] != context.target else {
        state.message = "the target is \(domains[context.target]) already"
        return
      }
      context.target = indices[0]
      context.sources = (0..<domains.count).filter { $0 != indices[0] }
    } else {
      guard !indices.contains(context.target) else {
        state.message = "a source cannot be the target"
        return
      }
      context.sources = indices
    }
    dropPin(of: &context)
    state.recommendations = context
    targetChanged()
  }

  private func setParameter(_ name: String, _ valueText: String?, weight: Bool = false) {
    guard let valueText, let value = Double(valueText), value.isFinite else {
      state.message =
        name == "k" && !weight
        ? "usage: k N (a whole number)"
        : "usage: \(weight ? "w COMPONENT VALUE" : name + " VALUE") (a finite number)"
      return
    }
    guard name != "k" || weight || value == value.rounded() else {
      state.message = "usage: k N (a whole number)"
      return
    }
    let kind: SliderKind?
    switch name {
    case "k": kind = weight ? nil : .k
    case "lambda", "λ": kind = weight ? nil : .lambda
    case "tau", "τ": kind = weight ? nil : .tau
    default:
      kind = sliders.first {
        if case .weight(let component) = $0 {
          // `als`, `ALS`, `knn`, `item-knn`: names and labels, in any case.
          return [component, RecommendationPresenter.label(forComponent: component)]
            .contains { $0.lowercased() == name.lowercased() }
        }
        return false
      }
    }
    guard let kind, let index = sliders.firstIndex(of: kind) else {
      state.message = "unknown parameter \(name)"
      return
    }
    setSlider(index, to: value)
    if !kind.range.contains(value) {
      state.message =
        "\(name) \(valueText) is outside the slider's range \(SliderBarPresenter.rangeText(kind)): set to "
        + SliderBarPresenter.text(kind, value: value)
    }
  }

  /// The longest preset name (a name is for picking it again, and for listing on one line).
  static let presetNameLimit = 40

  private func runPreset(_ words: [String]) {
    let usage = "usage: preset save|load|delete NAME"
    // A name may have spaces: `preset save my preset`.
    let words = words.count > 2 ? [words[0], words.dropFirst().joined(separator: " ")] : words
    guard words.count == 2, var context = state.recommendations else {
      state.message = usage
      return
    }
    do {
      switch words[0] {
      case "save":
        guard words[1].count <= Self.presetNameLimit else {
          state.message = "preset names have at most \(Self.presetNameLimit) characters"
          return
        }
        let replaced = annotations.presetNames().contains(words[1])
        try annotations.savePreset(name: words[1], parameters: context.parameters)
        state.message = (replaced ? "replaced preset " : "saved preset ") + words[1]
      case "delete":
        state.message =
          try annotations.deletePreset(named: words[1])
          ? "deleted preset \(words[1])" : "no preset \(words[1])"
      case "load":
        guard let parameters = try annotations.preset(named: words[1]) else {
          state.message = "no preset \(words[1])"
          return
        }
        context.parameters = parameters
        context.weightsOrigin = .custom
        state.recommendations = context
        refreshRecommendations(trackChanges: true)
        state.message = "loaded preset \(words[1])"
      default:
        state.message = usage
      }
    } catch {
      state.message = "preset failed: \(error)"
    }
  }

  /// Free-text query (`Q`): the target domain's items nearest to `text`.
  func runQuery(_ text: String) {
    guard !text.allSatisfy(\.isWhitespace) else {
      state.message = "query: type some text to find the items nearest to it"
      return
    }
    guard let textSearch else {
      state.message = "free-text query needs text embeddings: run 'crosslens embed STORE'"
      return
    }
    let domain = state.recommendations?.target ?? state.historyDomain
    do {
      let matches = try textSearch(text, domain)
      var placements: [FusedRanker.Placement] = []
      if let model, let context = state.recommendations, let user = state.users.selectedUser {
        let scores = model.candidateScores(
          user: user, sources: context.sources, target: context.target,
          excludeSeen: context.parameters.excludeSeen)
        placements = FusedRanker.placements(
          of: matches.map(\.item), in: scores, parameters: context.parameters)
      }
      state.nearest = NearestResult(
        text: text, domain: domain, matches: matches, placements: placements)
      state.mode = .nearest
    } catch {
      state.message = "query failed: \(error)"
    }
  }
}
