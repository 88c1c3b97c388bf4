/// A failure inside LAPACK, with the routine and its `info` code.
public struct LinearAlgebraError: Error, CustomStringConvertible, Sendable {
  public var routine: String
  public var info: Int32
  public var description: String {
    "\(routine) failed (info \(info))"
      + (routine.hasSuffix("potrf") || routine.hasSuffix("posv")
        ? ": matrix not positive definite" : "")
  }
}
