import Foundation
import SocraticCore
import Testing

@Suite("The README's pack example")
struct ReadmeExampleTests {
  /// The first YAML block of the README's "Writing a topic pack" section.
  static func example() throws -> String {
    let readme = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let section = try #require(text.range(of: "\n## Writing a topic pack\n"))
    let opening = try #require(
      text.range(of: "```yaml\n", range: section.upperBound..<text.endIndex))
    let closing = try #require(text.range(of: "\n```", range: opening.upperBound..<text.endIndex))
    return String(text[opening.upperBound..<closing.lowerBound]) + "\n"
  }

  @Test("the example is a valid pack that uses every field")
  func exampleIsValid() throws {
    let pack = try PackReader.read(Array(Self.example().utf8), path: "README.md").get()
    #expect(pack.id == "climate")
    #expect(!pack.description.isEmpty && !pack.keywords.isEmpty && !pack.terms.isEmpty)
    #expect(pack.beliefs.contains { $0.side != nil && !$0.reasons.isEmpty && !$0.replies.isEmpty })
  }
}
