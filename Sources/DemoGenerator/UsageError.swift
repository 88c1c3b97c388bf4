/// A bad command line, printed with the usage.
struct UsageError: Error, CustomStringConvertible {
  var description: String
}
