import Testing

@testable import SocraticCore

@Suite("RecentAnswers")
struct RecentAnswersTests {
  /// Answers with a hedge, a source, a concession, a feeling, a shrug and an accent (read afresh
  /// each time: only plain ASCII texts are remembered).
  static let answers = [
    "honestly the night buses never come on time, like i said",
    "my brother reckons the rent is fair but im not so sure",
    "ok fair, maybe the library isnt that quiet",
    "i get so anxious before the school run tbh",
    "idk. maybe",
    "The caf\u{E9} lost its staff because of the hours",
  ]

  /// What they said before, as a dialogue keeps it.
  static let earlier = [AnswerMoveReader.repeatWords(of: "the night buses never come on time")]

  @Test("an answer read again gives the moves a fresh reading gives", arguments: answers)
  func readAgain(answer: String) {
    let fresh = AnswerMoveReader.read(
      tokens: AnswerMoveReader.readTokens(of: answer), earlierWords: Self.earlier)
    for _ in 0..<2 {
      #expect(AnswerMoveReader.read(answer, earlierWords: Self.earlier) == fresh)
    }
  }

  @Test("the same words read after other earlier answers are read against those")
  func earlierAnswers() {
    let answer = "the night buses never come on time, honestly"
    #expect(AnswerMoveReader.read(answer, earlierWords: Self.earlier).moves.contains(.repeat))
    #expect(!AnswerMoveReader.read(answer).moves.contains(.repeat))
    #expect(AnswerMoveReader.read(answer, earlierWords: Self.earlier).moves.contains(.repeat))
  }

  @Test("holds no more than its bound however many answers are read")
  func bounded() {
    for number in 0..<(RecentAnswers.kept + 20) {
      _ = AnswerMoveReader.read("bus \(number) was late again")
    }
    #expect(RecentAnswers.count <= RecentAnswers.kept)
  }
}
