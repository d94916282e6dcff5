import Testing

@testable import SocraticCore

/// One table of the words that open what a feeling is about serves both the reflection and
/// the moment it marks.
@Suite("Feeling clause openers")
struct FeelingClauseOpenersTests {
  @Test("an \"it\" that points ahead to a clause opening on a watching word is given back")
  func itPointingAheadIsKept() {
    let read = AnswerMoveReader.read("honestly it breaks my heart watching him struggle with it")
    let reflection = ReflectionWriter.feeling(read)
    #expect(reflection.text.contains("watching him struggle"), "\(reflection.text)")
  }
}
