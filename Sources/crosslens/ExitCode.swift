import CommandLineKit
import CrossLensCore

/// The one place where errors become exit codes (after BSD `sysexits.h`) and messages.
enum ExitCode {
  static let success: Int32 = 0
  static let failure: Int32 = 1
  /// The command line is wrong.
  static let usage: Int32 = 64
  /// The input data is wrong.
  static let dataError: Int32 = 65
  /// An input file or store, or the trained model or embeddings a command needs from the store,
  /// does not exist or cannot be read.
  static let noInput: Int32 = 66
  /// The store cannot be read or written.
  static let ioError: Int32 = 74

  static func code(for error: any Error) -> Int32 {
    switch error {
    case is UsageError:
      return usage
    case let error as ImportError:
      switch error.fault {
      case .notFound, .isDirectory, .unreadable: return noInput
      default: return dataError
      }
    case let error as EncoderError:
      if case .missingFile = error { return noInput }
      return dataError
    case is ModelLoadingError:
      return noInput
    case is EvaluationError:
      return dataError
    case let error as StoreError:
      return error.isMissingInput ? noInput : ioError
    case let interrupted as Interrupted:
      return 128 + interrupted.signal
    default:
      return failure
    }
  }

  /// The message printed on standard error (none for an interruption the user asked for).
  static func message(for error: any Error) -> String? {
    error is Interrupted ? nil : "crosslens: error: \(error)"
  }
}

/// The explorer ended by a signal (Ctrl-C as SIGINT): the exit status is 128 + signal.
struct Interrupted: Error {
  let signal: Int32
}
