import CrossLensCore
import Foundation
import TerminalKit

extension Explorer {
  enum ExportFormat: String { case csv, json }

  /// Writes the current list to `path` (default: `crosslens-USER-TARGET.EXT` in the export
  /// directory) and reports where in the status line.
  func export(format: ExportFormat, path: String? = nil) {
    guard let model, let context = state.recommendations, let user = state.users.selectedUser
    else {
      state.message = "nothing to export"
      return
    }
    let dataset = directory.dataset
    let export = RecommendationExport(context: context, user: user, dataset: dataset)
    let name =
      "crosslens-\(dataset.users[Int(user)].id)-\(dataset.domains[context.target]).\(format.rawValue)"
    // A folder (`:export csv /tmp`) gets the file under its usual name.
    var isFolder: ObjCBool = false
    let target =
      path.map {
        FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue
          ? ($0 as NSString).appendingPathComponent(name) : $0
      } ?? (exportDirectory as NSString).appendingPathComponent(name)
    let folder = (target as NSString).deletingLastPathComponent
    guard
      folder.isEmpty
        || FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder)
          && isFolder.boolValue
    else {
      state.message = "export failed: no folder \(folder)"
      return
    }
    do {
      let data: Data
      switch format {
      case .csv: data = Data(export.csv(componentNames: model.componentNames).utf8)
      case .json: data = try export.json()
      }
      try data.write(to: URL(fileURLWithPath: target), options: .atomic)
      state.message = "exported \(export.rows.count) rows to \(target)"
    } catch {
      state.message = "export failed: \(error.localizedDescription)"
    }
  }

  /// `:export [csv|json] [PATH]`, or `:export PATH.csv|PATH.json` (the format from the
  /// extension); anything else is refused with the usage, not guessed at.
  func exportCommand(_ words: [String]) {
    let usage = "usage: export [csv|json] [path]"
    guard words.count <= 2 else {
      state.message = usage
      return
    }
    if let first = words.first, let format = ExportFormat(rawValue: first.lowercased()) {
      export(format: format, path: words.count > 1 ? words[1] : nil)
    } else if words.count == 1, let first = words.first,
      let format = ExportFormat(rawValue: (first as NSString).pathExtension.lowercased())
    {
      export(format: format, path: first)
    } else if let first = words.first {
      state.message = "export: '\(first)' is neither csv nor json (\(usage))"
    } else {
      export(format: .csv)
    }
  }

  /// Flags the selected row with `note` (a flag says why the score is odd: an empty note is
  /// refused).
  func flagSelected(note: String) {
    guard let context = state.recommendations, let row = context.selectedRow,
      let user = state.users.selectedUser
    else { return }
    guard !note.allSatisfy(\.isWhitespace) else {
      state.message = "not flagged: a flag needs a note (what is odd about the row)"
      return
    }
    let dataset = directory.dataset
    let flag = Flag(
      created: HistoryPresenter.dateTime(fromUnixSeconds: clock()),
      userID: dataset.users[Int(user)].id,
      itemID: dataset.items[Int(row.item)].id, note: note, parameters: context.parameters,
      domains: Flag.domains(sources: context.sources, target: context.target, in: dataset))
    do {
      try annotations.addFlag(flag)
      state.message = "flagged \(flag.itemID) for \(flag.userID)"
    } catch {
      state.message = "could not save the flag: \(error)"
    }
  }

  /// Reopens `flag`'s request: its user (clearing a filter that hides them), its domains (a
  /// flag stored before they were kept leaves the current ones), its settings (as custom
  /// weights), with the cursor on its item when the list shows it; says where the item is
  /// otherwise.
  func reopen(_ flag: Flag) {
    state.mode = .browse
    let dataset = directory.dataset
    guard dataset.userIndexByID[flag.userID] != nil, var context = state.recommendations else {
      state.message = "no user \(flag.userID) in this store"
      return
    }
    if let (sources, target) = Self.domains(of: flag, in: dataset) {
      if (sources, target) != (context.sources, context.target) { dropPin(of: &context) }
      context.sources = sources
      context.target = target
    }
    context.parameters = flag.parameters
    context.weightsOrigin = .custom
    state.recommendations = context
    selectUser(id: flag.userID)
    // The same user stays selected: the list must still take the flag's settings.
    refreshRecommendations(trackChanges: false)
    state.focus = .recommendations
    guard var shown = state.recommendations, let item = dataset.itemIndexByID[flag.itemID] else {
      return
    }
    if let index = shown.visibleRows.firstIndex(where: { $0.item == item }) {
      shown.selection.selected = index
      state.recommendations = shown
      state.message = "reopened the flag on \(flag.itemID) for \(flag.userID)"
    } else {
      state.message = "reopened: the flagged \(flag.itemID) is not in this list now"
    }
  }

  /// The flag's `Books,Movies→Music` as domain indices, `nil` when it has none or names a
  /// domain this store lacks.
  static func domains(of flag: Flag, in dataset: Dataset) -> (sources: [Int], target: Int)? {
    let sides = flag.domains.split(separator: "→", omittingEmptySubsequences: false)
    guard sides.count == 2, let target = dataset.domains.firstIndex(of: String(sides[1])) else {
      return nil
    }
    let sources = sides[0].split(separator: ",").compactMap {
      dataset.domains.firstIndex(of: String($0))
    }
    guard !sources.isEmpty, sources.count == sides[0].split(separator: ",").count else {
      return nil
    }
    return (sources, target)
  }

  /// Runs a command-palette line; returns false for `quit`.
  ///
  /// Commands: `target NAME`, `source NAME[,NAME]`, `k N`, `lambda X`, `tau X`, `w COMPONENT X`,
  /// `learned` (the learned weights again), `export csv|json [PATH]`, `preset save|load NAME`,
  /// `presets`, `user ID`, `sort`, `flags`, `help`, `quit`.
  func runCommand(_ line: String) -> Bool {
    let words = line.split(separator: " ").map(String.init)
    guard let command = words.first else {
      state.message = "commands: \(Self.commandNames)"
      return true
    }
    let rest = Array(words.dropFirst())
    switch command {
    case "q", "quit": return false
    case "help": state.mode = .help(scroll: 0)
    case "flags": state.mode = .flags(selected: 0)
    case "sort": state.users.cycleSort(directory: directory)
    case "export":
      exportCommand(rest)
    case "user":
      selectUser(id: rest.first ?? "")
    case "target", "source":
      setDomains(command: command, names: rest.joined(separator: " "))
    case "k", "lambda", "λ", "tau", "τ":
      setParameter(command, rest.first)
    case "w":
      setParameter(rest.first ?? "", rest.count > 1 ? rest[1] : nil, weight: true)
    case "learned": useLearnedWeights()
    case "preset": runPreset(rest)
    case "presets":
      state.message = "presets: " + annotations.presetNames().joined(separator: ", ")
    default:
      state.message = "unknown command: \(command) (commands: \(Self.commandNames))"
    }
    return true
  }

  /// The palette's commands, as the unknown-command message and the help list them.
  static let commandNames =
    "target, source, k, lambda, tau, w, learned, user, export, preset, presets, flags, sort, help, quit"

  func selectUser(id: String) {
    guard let index = directory.dataset.userIndexByID[id] else {
      state.message = "no user \(id)"
      return
    }
    state.users.setQuery("", directory: directory)
    if !state.users.visible.contains(index) {
      // The filter hides the user: show everyone rather than do nothing.
      state.users.filter = .all
      state.users.refresh(directory: directory, keeping: nil)
      state.message = "filter cleared to show \(id)"
    }
    if let position = state.users.visible.firstIndex(of: index) {
      state.users.list.selected = position
      userChanged()
    }
  }

  private func setDomains(command: String, names: String) {
    guard var context = state.recommendations else { return }
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
      state.message = "usage: \(weight ? "w COMPONENT VALUE" : name + " VALUE") (a finite number)"
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
          return component == name || RecommendationPresenter.label(forComponent: component) == name
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

  private func runPreset(_ words: [String]) {
    guard words.count == 2, var context = state.recommendations else {
      state.message = "usage: preset save|load NAME"
      return
    }
    do {
      switch words[0] {
      case "save":
        try annotations.savePreset(name: words[1], parameters: context.parameters)
        state.message = "saved preset \(words[1])"
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
        state.message = "usage: preset save|load NAME"
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
