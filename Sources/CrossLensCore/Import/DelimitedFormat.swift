/// How fields are separated in a delimited text file. Quoting follows RFC 4180 in both forms:
/// a field that starts with `"` runs to the matching `"`, with `""` for a literal quote.
public struct DelimitedFormat: Sendable, Hashable {
  public var delimiter: UInt8

  public init(delimiter: UInt8) { self.delimiter = delimiter }

  public static let tsv = DelimitedFormat(delimiter: UInt8(ascii: "\t"))
  public static let csv = DelimitedFormat(delimiter: UInt8(ascii: ","))

  /// The format a file name implies: `.csv` is comma-separated, anything else tab-separated.
  public static func forFile(_ path: String) -> DelimitedFormat {
    path.lowercased().hasSuffix(".csv") ? .csv : .tsv
  }
}
