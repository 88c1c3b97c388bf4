import CrossLensCore
import Foundation
import TerminalKit

extension Explorer {
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
      itemID: dataset.items[Int(row.item)].id,
      note: note.trimmingCharacters(in: .whitespaces), parameters: context.parameters,
      domains: Flag.domains(sources: context.sources, target: context.target, in: dataset))
    do {
      try annotations.addFlag(flag)
      state.unsavedFlagNote = nil
      state.message = "flagged \(flag.itemID) for \(flag.userID)"
    } catch {
      // The typed note is kept for the next f (to retry or copy) rather than dropped.
      state.unsavedFlagNote = note
      state.message = "could not save the flag (f reopens the note): \(error)"
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
    let before = state.users.selectedUser
    selectUser(id: flag.userID)
    // Another user's selection refreshed the list already; the same user's must be asked to.
    if state.users.selectedUser == before { refreshRecommendations(trackChanges: false) }
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
}
