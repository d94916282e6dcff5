import Testing

@testable import SocraticCore

/// What they say typed into partner as people say it: the suggested reflection gives back
/// their own way after others', and never a line that leans on what was said before it.
@Suite("Partner's reflection gives back the turn, in words that stand alone")
struct PartnerTurnTests {
  private func reflection(after lines: [String]) -> String? {
    var script = partnerScript()
    script.type(["school uniforms are pointless"] + lines.dropLast())
    return script.type(lines.last ?? "").suggestedReflection
  }

  @Test(
    "their own way after others' is the point",
    arguments: [
      ("all the other mums think it's smart. i always found it stiff", "you always found it stiff"),
      ("my brothers never minded the blazer. i hated every day in it", "you hated every day in it"),
    ])
  func ownAfterOthers(line: String, own: String) {
    let said = reflection(after: [line]) ?? ""
    #expect(said.contains(own), "\(said)")
  }

  @Test(
    "a line that leans on what was said before, or filler, is not given back",
    arguments: [
      ("they laugh", "laugh"),
      ("yeah well its no mystery is it", "mystery"),
    ])
  func leansOnEarlierWords(line: String, words: String) {
    let said = reflection(after: ["the teachers barely check anyway", line]) ?? ""
    #expect(!said.contains(words), "\(said)")
  }
}
