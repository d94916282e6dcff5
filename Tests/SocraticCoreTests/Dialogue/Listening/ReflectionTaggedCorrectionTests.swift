import Testing

@testable import SocraticCore

@Suite("A correction parted by a tag question is read whole and given back as the turn")
struct ReflectionTaggedCorrectionTests {
  @Test(
    "'not X is it. its Y' gives back Y as what it is",
    arguments: [
      (
        "ok fine, plenty of people start late, i've seen it. its not really the cost is it. "
          + "its the commitment. i never stick at anything",
        "the commitment"
      ),
      ("hmm. its not the distance is it. its the hills", "the hills"),
    ])
  func taggedCorrection(answer: String, kept: String) {
    let read = AnswerMoveReader.read(answer)
    #expect(read.correction.map { $0.kept.joinedText.lowercased() } == kept)
    let text = reflected(answer) ?? ""
    #expect(text.contains(kept), "\(text)")
  }
}
