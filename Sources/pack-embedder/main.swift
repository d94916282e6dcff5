import Foundation

/// `pack-embedder OUTPUT.swift PACK.yaml...`: writes a Swift source that holds each pack file's
/// name and text as a string literal, for the SocraticCore target to compile in.
///
/// Run by the EmbedBuiltInPacks build-tool plugin on every build whose prompts/ changed. The
/// output is rewritten only when its text changes, so an unchanged bank costs no recompilation.

/// The text as a Swift string literal that compiles back to exactly the same text.
func swiftLiteral(_ text: String) -> String {
  var literal = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": literal += "\\\\"
    case "\"": literal += "\\\""
    case "\n": literal += "\\n"
    case "\r": literal += "\\r"
    case "\t": literal += "\\t"
    case _ where scalar.value < 0x20 || scalar.value == 0x7F:
      literal += "\\u{" + String(scalar.value, radix: 16) + "}"
    default: literal.unicodeScalars.append(scalar)
    }
  }
  return literal + "\""
}

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
  FileHandle.standardError.write(Data("usage: pack-embedder OUTPUT.swift PACK.yaml...\n".utf8))
  exit(64)
}

var source = """
  // Generated at build time by pack-embedder from prompts/*.yaml. Do not edit.

  /// The built-in topic packs' files, by name, as they are in prompts/.
  enum BuiltInPackFiles {
    static let all: [(name: String, text: String)] = [

  """
for path in arguments.dropFirst().sorted() {
  let url = URL(fileURLWithPath: path)
  guard let data = FileManager.default.contents(atPath: path),
    let text = String(data: data, encoding: .utf8)
  else {
    FileHandle.standardError.write(Data("pack-embedder: cannot read \(path) as UTF-8\n".utf8))
    exit(1)
  }
  source += "    (\(swiftLiteral(url.lastPathComponent)), \(swiftLiteral(text))),\n"
}
source += "  ]\n}\n"

let existing = FileManager.default.contents(atPath: outputPath)
if existing != Data(source.utf8) {
  do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
  } catch {
    FileHandle.standardError.write(Data("pack-embedder: cannot write \(outputPath): \(error)\n".utf8))
    exit(1)
  }
}
