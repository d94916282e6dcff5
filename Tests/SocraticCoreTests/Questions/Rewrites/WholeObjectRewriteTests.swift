import Testing

@testable import SocraticCore

/// A rewrite asks about a whole phrase of the question's own: it never pastes in a filler, a
/// second question or a clause left open, and with no whole phrase to keep it shows none.
@Suite("Rewrites take a whole object from the question")
struct WholeObjectRewriteTests {
  let critic = QuestionCritic()

  /// Words a shown rewrite may not end on: a clause opened and left without its verb.
  private static let openEnds: Set<String> = ["if", "that", "what", "when", "you", "though"]

  private func lastWord(_ suggestion: String) -> String {
    let words = suggestion.lowercased().split { !$0.isLetter && $0 != "'" }
    return words.last.map(String.init) ?? ""
  }

  @Test(
    "a filler after 'think' and a condition are never pasted in as the topic",
    arguments: [
      "don't you reckon though that if you've got a car that fast you'll crash it",
      "don't you think though that if you leave the gate open the dog will run off",
    ])
  func fillerAndConditionStayOut(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    let suggestion = critique.suggestion ?? ""
    #expect(!suggestion.lowercased().contains("though"))
    #expect(!Self.openEnds.contains(lastWord(suggestion)))
    #expect(!suggestion.contains("How do you see a car?"))
  }

  @Test("a clarification after 'when you say' is never turned into a question ending on 'what'")
  func clarificationKeepsNoDanglingWhat() throws {
    let critique = try critic.critique("When you say stuck what are you actually picturing?")
    #expect(lastWord(critique.suggestion ?? "") != "what")
  }

  @Test("'right so' before a question is a filler, never a verb of the rewrite")
  func spokenOpenerIsNoVerb() throws {
    let critique = try critic.critique("right so would you say that to your sister?")
    #expect(critique.suggestion == "What would it take for you to say that to your sister?")
  }

  @Test("'its' typed for 'it's' is no possessive to build an object on")
  func misspeltItsIsNoObject() throws {
    let critique = try critic.critique(
      "dont you think its only a matter of time before the pier collapses")
    let suggestion = critique.suggestion ?? ""
    #expect(!suggestion.contains("its only"))
    #expect(!suggestion.hasSuffix("the pier?"))
  }

  @Test("a noun tied on by 'of' is never cut from what follows it")
  func ofPhraseStaysWhole() {
    let source = Tokenizer.tokenize("isn't it a matter of time before it breaks")
    let body = Tokenizer.tokenize("How do you see a matter")
    #expect(!WellFormedRewrite.isWellFormed(body, source: source))
  }

  @Test("a rewrite with a second question pasted inside is refused")
  func pastedQuestionIsRefused() {
    let source = Tokenizer.tokenize("right so would you say that to him")
    let body = Tokenizer.tokenize("What would change if you righted so would you say that to him")
    #expect(!WellFormedRewrite.isWellFormed(body, source: source))
  }
}
