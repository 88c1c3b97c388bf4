/// Turns texts into fixed-length vectors; the semantic features of the method.
///
/// `MiniLMEncoder` is the real one (all-MiniLM-L6-v2); a cheap stand-in can implement the same
/// protocol where the weights are absent. Implementations return one vector of `dimension`
/// values per text, in the order given, each L2-normalised (or all zeros for an empty vector).
public protocol SentenceEncoder: Sendable {
  /// The length of every vector `encode` returns.
  var dimension: Int { get }
  /// A short name that identifies the model and its weights, used to key cached embeddings:
  /// vectors made under another identifier are never mixed with these.
  var identifier: String { get }
  /// One vector per text, in order.
  func encode(_ texts: [String]) throws -> Matrix
}
