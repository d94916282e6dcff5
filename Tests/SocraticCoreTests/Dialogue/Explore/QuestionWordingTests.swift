import Testing

@testable import SocraticCore

/// A question led in by what they said is the same question as without the lead-in, so it is
/// not asked again under another.
@Suite("A question is not asked again behind another lead-in")
struct QuestionWordingTests {
  static let belief = "homework is pointless for young children"

  @Test(
    "the same question after another lead-in is asked already",
    arguments: [
      (
        "You said the girls love the reading log. How does that fit with your view?",
        "You said parents do it for them. How does that fit with your view?"
      ),
      (
        "You said the head wants more of it. How does that fit with your view?",
        "How does that fit with your view?"
      ),
      (
        "How does that sit with your view that homework is pointless for young children?",
        "You said one boy reads every night. How does that fit with your view that homework is"
          + " pointless for young children?"
      ),
      (
        "You said it. What would you need to see to think again?",
        "You said the scores went up. What would you need to see to think again?"
      ),
    ])
  func sameQuestion(first: String, again: String) {
    let beliefWords = QuestionWording.contentWords(of: Self.belief)
    let earlier = [QuestionWording.frame(of: first, excluding: beliefWords)]
    #expect(QuestionWording.isNearDuplicate(again, of: earlier, beliefWords: beliefWords))
  }

  @Test(
    "another question after the same lead-in is not",
    arguments: [
      (
        "You said parents do it for them. How does that fit with your view?",
        "You said parents do it for them. What happened the last time you saw that?"
      ),
      (
        "You said the head wants more of it. How does that fit with your view?",
        "You said the head wants more of it. Who else at school sees it that way?"
      ),
    ])
  func otherQuestion(first: String, other: String) {
    let beliefWords = QuestionWording.contentWords(of: Self.belief)
    let earlier = [QuestionWording.frame(of: first, excluding: beliefWords)]
    #expect(!QuestionWording.isNearDuplicate(other, of: earlier, beliefWords: beliefWords))
  }
}
