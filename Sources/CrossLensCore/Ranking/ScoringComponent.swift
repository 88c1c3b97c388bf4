/// What a component knows of the user it scores: an input history (the source domains, plus the
/// target domain where the request allows it), and the user's index when the user was seen in
/// training (components with per-user state, such as ALS factors, may use it; every component
/// must also work from the history alone, for users unseen at training time).
public struct UserQuery: Sendable {
  public struct Event: Sendable, Hashable {
    public var item: Int32
    public var value: Float
    public var time: Double?
    public init(item: Int32, value: Float = 1, time: Double? = nil) {
      self.item = item
      self.value = value
      self.time = time
    }
  }

  public var user: Int32?
  /// Oldest first.
  public var history: [Event]

  public init(user: Int32?, history: [Event]) {
    self.user = user
    self.history = history
  }
}

/// One signed term of an explained score: how much a history item (or a named remainder)
/// contributed to one component's raw score.
public struct Contribution: Sendable, Hashable {
  /// The history item behind the term; `nil` for terms not tied to one item (a bias, the
  /// remainder beyond the top rows).
  public var historyItem: Int32?
  public var amount: Float
  public var label: String

  public init(historyItem: Int32?, amount: Float, label: String) {
    self.historyItem = historyItem
    self.amount = amount
    self.label = label
  }
}

/// A fitted scoring component: item-kNN, ALS, SVD association, semantic, popularity, …
///
/// Every component is one interface (fit elsewhere, then score and explain), so the fused
/// ranker, the evaluation and the contract tests treat them alike.
public protocol ScoringComponent: Sendable {
  /// A short stable name, as used in JSON rows (`item-knn`, `als-joint`, `svd`, …).
  var name: String { get }
  /// Raw scores for `candidates` (item indices of the dataset), in the same order.
  ///
  /// - Complexity: should be O(|history| · neighbours + |candidates| · factors) or better.
  func scores(for query: UserQuery, candidates: [Int32]) -> [Float]
  /// Terms whose sum equals `scores(for: query, candidates: [item])[0]` (up to rounding).
  func explain(_ query: UserQuery, item: Int32) -> [Contribution]
  /// For components with a latent space (embeddings, factors, association vectors): the cosine
  /// between the user's vector and each candidate's, in [-1, 1] (0 for a zero item vector).
  /// `nil` when the component has no latent space or the user has no vector in it (empty
  /// history); such components take no part in `sim(u, i)`.
  func latentCosines(for query: UserQuery, candidates: [Int32]) -> [Float]?
}

extension ScoringComponent {
  /// No latent space: the component takes no part in `sim(u, i)`.
  public func latentCosines(for query: UserQuery, candidates: [Int32]) -> [Float]? { nil }
}
