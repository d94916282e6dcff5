import Testing

@testable import SocraticCore

/// Rewrites that keep what the asker meant and leave the asker's verdict out: a doubt of what
/// the person does is not asked back reversed, an "easier to" verdict is asked as what would
/// change, and guesses after a question are part of it. Every rewrite passes the critic.
@Suite("Rewrites keep the meaning")
struct MeaningKeptRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "a tag doubting what the person does is not turned into 'what makes you think you're not'",
    arguments: [
      "you're not seriously going to the bingo on your own are you",
      "you're not really driving up to glasgow tonight are you",
    ])
  func doubtNotReversed(question: String) throws {
    let suggestion = try #require(try critic.critique(question).suggestion)
    #expect(!suggestion.lowercased().contains("you're not"), "\(suggestion)")
    #expect(critic.isOpen(suggestion), "\(suggestion)")
  }

  @Test("'wouldn't it be easier to …' asks what would change, not the asker's verdict")
  func easierAsked() throws {
    let critique = try critic.critique("wouldn't it be easier to just sell the caravan")
    #expect(critique.suggestion == "What would change if you were to sell the caravan?")
  }

  @Test("a what-would-change-your-mind question about what another must do is inversion")
  func changeOfMindKind() throws {
    let critique = try critic.critique("what would the gym have to do for you to go back")
    #expect(critique.kind == .inversion)
  }

  @Test("guesses typed after a question-word question are part of it, not more questions")
  func guessesAreOneQuestion() throws {
    let critique = try critic.critique("WHO runs it? the council? a charity?")
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }

  @Test(
    "each rewrite of a closed or leading question is the one expected, open, and reads as English",
    arguments: [
      ("wouldn't it be simpler to just rent a van", "What would change if you were to rent a van?"),
      (
        "wouldn't it be better to phone her first",
        "What's your view on whether it would be better to phone her first?"
      ),
      ("you're not honestly quitting the band are you", "How do you feel about quitting the band?"),
      ("you aren't still seeing him, are you", "How do you feel about seeing him?"),
      ("isn't the gym a waste of money", "How do you see the gym when it comes to money?"),
      ("don't you think the new manager is useless", "How do you see the new manager?"),
      ("surely you can see the hedge needs cutting?", "What have you noticed about the hedge?"),
      (
        "did you even read the letter before you binned it",
        "What did you check before you binned it?"
      ),
      (
        "is the allotment worth the rent or not",
        "What is the allotment worth to you?"
      ),
      (
        "so is it the train or the coach, which", "How would you weigh the train against the coach?"
      ),
      (
        "why do you always leave the washing up till morning",
        "What happens for you when you leave the washing up till morning?"
      ),
      ("have you thought about asking your sister", "What have you thought of trying so far?"),
      ("whyy wud u evn buy a boat lol", "What drew you to a boat?"),
    ])
  func rewritesPassAndRead(question: String, rewrite: String) throws {
    let critique = try critic.critique(question)
    let suggestion = try #require(critique.suggestion)
    #expect(suggestion == rewrite)
    #expect(critic.isOpen(suggestion), "\(question) → \(suggestion)")
    #expect(suggestion.first?.isUppercase == true, "\(suggestion)")
    #expect(suggestion.hasSuffix("?"), "\(suggestion)")
    let words = suggestion.lowercased().split(separator: " ")
    #expect(!zip(words, words.dropFirst()).contains { $0 == $1 }, "doubled word: \(suggestion)")
    #expect(!suggestion.lowercased().contains("what makes you think you're not"), "\(suggestion)")
    #expect(!words.contains("lol"), "\(suggestion)")
  }
}
