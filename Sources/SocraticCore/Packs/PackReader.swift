import Foundation

/// Reads a topic pack from the bytes of its YAML file and checks everything in it, reporting
/// every problem at once with its line and column.
public enum PackReader {
  /// The largest pack file accepted, in bytes (1 MiB); larger files are refused unread.
  public static let maximumFileSize = 1 << 20
  /// How many problems are listed before the rest of a file is left unreported.
  public static let maximumProblems = 100

  /// The fields a pack may have.
  static let fields = [
    "id", "title", "version", "description", "keywords", "beliefs", "questions", "terms",
  ]
  static let requiredFields = ["id", "title", "version", "questions"]

  /// Reads a pack, or explains every reason it cannot be loaded.
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - path: the file as the person named it, for the report.
  public static func read(_ bytes: [UInt8], path: String) -> Result<TopicPack, InvalidPackFile> {
    readPack(bytes, path: path).map(\.pack)
  }

  /// A pack read from a file, with what a report about it across files needs.
  struct ReadPack {
    var pack: TopicPack
    var idPosition: SourcePosition
    var bytes: [UInt8]
  }

  static func readPack(_ file: [UInt8], path: String) -> Result<ReadPack, InvalidPackFile> {
    // Some editors start UTF-8 files with a byte order mark; it is not part of the pack.
    let bytes = file.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(file.dropFirst(3)) : file
    if bytes.count > maximumFileSize {
      return .failure(tooLarge(path: path, size: bytes.count))
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let position = firstInvalidPosition(in: bytes)
      return .failure(
        InvalidPackFile(
          path: path,
          problems: [
            PackProblem(
              at: position,
              "the file is not UTF-8 text; save it as UTF-8 in your editor")
          ], hasMoreProblems: false, source: SourceText(String(decoding: bytes, as: UTF8.self))))
    }
    switch YAMLComposer().compose(bytes) {
    case .failure(let failure):
      return .failure(
        InvalidPackFile(
          path: path, problems: [failure.problem], hasMoreProblems: false,
          source: SourceText(text)))
    case .success(let document):
      var validator = PackValidator(document: document, bytes: bytes)
      let pack = validator.pack()
      if let pack, validator.problems.isEmpty {
        return .success(ReadPack(pack: pack, idPosition: validator.idPosition, bytes: bytes))
      }
      return .failure(
        InvalidPackFile(
          path: path, problems: validator.problems.sorted(by: problemOrder),
          hasMoreProblems: validator.hasMoreProblems, source: SourceText(text)))
    }
  }

  /// The report on a file larger than `maximumFileSize`, whose size may be unknown (a pipe).
  static func tooLarge(path: String, size: Int?) -> InvalidPackFile {
    let size = size.map { "is \($0) bytes, " } ?? "is "
    return InvalidPackFile(
      path: path,
      problems: [
        PackProblem(
          at: nil,
          "the file \(size)larger than the 1 MiB (\(maximumFileSize) bytes) a pack may be; "
            + "split it into smaller packs")
      ], hasMoreProblems: false, source: nil)
  }

  /// Problems without a position first, then by position, keeping the order found otherwise.
  static func problemOrder(_ a: PackProblem, _ b: PackProblem) -> Bool {
    switch (a.position, b.position) {
    case (nil, .some): true
    case (.some(let x), .some(let y)): x < y
    default: false
    }
  }

  private static func firstInvalidPosition(in bytes: [UInt8]) -> SourcePosition {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while case .valid(let encoded) = parser.parseScalar(from: &iterator) {
      offset += encoded.count
    }
    return bytes.withUnsafeBufferPointer { SourceText.position(ofByteOffset: offset, in: $0) }
  }
}
