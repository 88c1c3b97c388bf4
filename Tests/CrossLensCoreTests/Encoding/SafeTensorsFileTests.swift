import CrossLensCore
import Foundation
import Testing

@Suite struct SafeTensorsFileTests {
  /// Writes a safetensors file: 8-byte little-endian header length, header, data.
  static func write(header: String, data: [UInt8], headerLength: UInt64? = nil) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "st-\(UUID()).safetensors"
    ).path
    let headerBytes = Array(header.utf8)
    let length = headerLength ?? UInt64(headerBytes.count)
    var bytes = (0..<8).map { UInt8(truncatingIfNeeded: length >> (8 * UInt64($0))) }
    bytes += headerBytes + data
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  static func floatBytes(_ values: [Float]) -> [UInt8] {
    values.flatMap { v in
      (0..<4).map { UInt8(truncatingIfNeeded: v.bitPattern.littleEndian >> (8 * UInt32($0))) }
    }
  }

  static let goodHeader =
    #"{"__metadata__":{"format":"pt"},"a":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]},"#
    + #""b":{"dtype":"F32","shape":[2],"data_offsets":[24,32]}}"#

  @Test func readsLittleEndianTensorsByName() throws {
    let path = try Self.write(
      header: Self.goodHeader, data: Self.floatBytes([1, 2, 3, 4, 5, 6, -0.5, 1e-3]))
    let file = try SafeTensorsFile(path: path)
    #expect(file.tensors.count == 2)
    #expect(try file.floats("a", shape: [2, 3]) == [1, 2, 3, 4, 5, 6])
    #expect(try file.floats("b", shape: [2]) == [-0.5, 1e-3])
  }

  @Test func wrongShapeOrNameIsAnError() throws {
    let path = try Self.write(
      header: Self.goodHeader, data: Self.floatBytes([1, 2, 3, 4, 5, 6, 7, 8]))
    let file = try SafeTensorsFile(path: path)
    let shape = #expect(throws: EncoderError.self) { try file.floats("a", shape: [3, 2]) }
    #expect("\(shape.map { "\($0)" } ?? "")".contains("expected F32 [3, 2]"))
    #expect(throws: EncoderError.self) { try file.floats("c", shape: [1]) }
  }

  @Test(arguments: [
    ("truncated data", goodHeader, 20, nil as UInt64?, "outside the"),
    ("header length past the end", goodHeader, 32, 1 << 40, "exceeds the file"),
    ("header not JSON", "{not json", 32, nil, "not a JSON object"),
    ("header a JSON array", "[1,2]", 32, nil, "not a JSON object"),
    (
      "shape does not fill the range", #"{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#,
      8, nil, "does not fill"
    ),
    (
      "unknown dtype", #"{"a":{"dtype":"Q4","shape":[2],"data_offsets":[0,8]}}"#, 8, nil,
      "unknown dtype"
    ),
    (
      "offsets reversed", #"{"a":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}}"#, 8, nil,
      "outside the"
    ),
    ("missing offsets", #"{"a":{"dtype":"F32","shape":[2]}}"#, 8, nil, "two data_offsets"),
  ])
  func malformedFilesAreErrorsNotCrashes(
    _ label: String, header: String, dataBytes: Int, headerLength: UInt64?, message: String
  ) throws {
    let path = try Self.write(
      header: header, data: [UInt8](repeating: 0, count: dataBytes), headerLength: headerLength)
    let error = #expect(throws: EncoderError.self, "\(label)") { try SafeTensorsFile(path: path) }
    #expect("\(error.map { "\($0)" } ?? "")".contains(message), "\(label)")
    #expect("\(error.map { "\($0)" } ?? "")".contains(path), "\(label)")
  }

  @Test func fileShorterThanTheLengthFieldIsAnError() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("st-\(UUID())").path
    try Data([1, 2, 3]).write(to: URL(fileURLWithPath: path))
    #expect(throws: EncoderError.self) { try SafeTensorsFile(path: path) }
  }

  @Test(.enabled(if: MiniLMFixtures.hasWeights, MiniLMFixtures.skipReason))
  func weightShapesAreCheckedAgainstTheConfiguration() throws {
    let files = try #require(MiniLMFixtures.files)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/model.safetensors", withDestinationPath: files.weights)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/vocab.txt", withDestinationPath: files.vocabulary)
    let config = try String(contentsOfFile: files.configuration, encoding: .utf8)
      .replacingOccurrences(of: #""intermediate_size": 1536"#, with: #""intermediate_size": 1024"#)
    try config.write(toFile: folder.path + "/config.json", atomically: true, encoding: .utf8)
    let error = #expect(throws: EncoderError.self) {
      try MiniLMEncoder(files: MiniLMModelFiles(directory: folder.path), verifyWeights: false)
    }
    #expect("\(error.map { "\($0)" } ?? "")".contains("expected F32 [1024, 384]"))
  }

  @Test(.enabled(if: MiniLMFixtures.hasWeights, MiniLMFixtures.skipReason))
  func corruptWeightsFailTheChecksumWithTheFetchHint() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(Self.floatBytes([1, 2])).write(to: folder.appendingPathComponent("model.safetensors"))
    let files = MiniLMModelFiles(directory: folder.path)
    let error = #expect(throws: EncoderError.self) { try files.verifyWeights() }
    #expect("\(error.map { "\($0)" } ?? "")".contains("fetch-model.sh"))
  }
}
