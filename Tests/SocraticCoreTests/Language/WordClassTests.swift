import Testing

@testable import SocraticCore

@Suite("WordClass")
struct WordClassTests {
  /// Each class holds a word of its table, and not a word only another class holds: a class
  /// whose table `classesOfWords` leaves out holds no word.
  @Test(
    "a word class holds the words of its table",
    arguments: [
      (WordClass.auxiliary, "hasn't", "the"), (.be, "'re", "does"), (.modal, "won't", "was"),
      (.obligationModal, "shouldn't", "might"), (.possibilityModal, "could", "must"),
      (.negation, "never", "ever"), (.quantifier, "everyone", "some1"), (.hedge, "ngl", "um"),
      (.filler, "um", "ngl"), (.frame, "evidence", "kettle"), (.questionWord, "whose", "that"),
      (.determiner, "this", "they"), (.possessive, "their", "they"),
      (.preposition, "since", "and"), (.subjectPronoun, "they", "their"),
    ])
  func holds(wordClass: WordClass, member: String, stranger: String) {
    #expect(wordClass.contains(member))
    #expect(!wordClass.contains(stranger))
  }
}
