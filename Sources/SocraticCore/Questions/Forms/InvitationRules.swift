/// Yes/no questions that invite a story: "Is there a time you felt that way?", "Was there
/// anything that changed your mind?", "Are there moments when it gets easier for you?". An
/// existential "is there" with an indefinite noun phrase, and the listener in what follows:
/// closed in form, but it asks them to tell of their own experience, and they will if they
/// have one. "Is there a bus to the airport?" asks nothing of them; "Is there a pet you think
/// is easy?" asks for a view. "Do you know anyone who …?" asks after people of their own.
enum InvitationRules {
  /// Whether a yes/no question invites the listener to tell something of their own.
  static func invitesStory(_ reading: QuestionReading) -> Bool {
    guard case .auxiliary(let index) = reading.opener else { return false }
    // "Do you know anyone who …?", "Have you ever met someone who …?": people of their own.
    let asked = TokenPatternWords(reading.words, end: reading.core.upperBound)
    if !peopleKnown.matchEnds(in: asked, from: index).isEmpty { return true }
    guard existentialVerbs.contains(reading.words[index]) else { return false }
    let words = reading.words[(index + 1)..<reading.core.upperBound]
    // "Is there a time …", "Are there people …": an indefinite, or a bare plural.
    guard words.first == "there", let determiner = words.dropFirst().first,
      indefinites.contains(determiner)
        || (pluralVerbs.contains(reading.words[index]) && !FunctionWords.isFunctionWord(determiner)
          && Lexicon.number(ofNoun: determiner) == .plural)
    else { return false }
    // "Is there any pet you think is easy?" asks for a view, yes or no: no story.
    let rest = words.dropFirst(2)
    return rest.contains(where: listener.contains)
      && !rest.contains(where: viewVerbs.contains)
  }

  /// Someone the listener knows, asked after as a story to tell.
  private static let peopleKnown = TokenPattern(
    "(do|did|have) you (ever)? (know|knew|known|met|meet) (anyone|anybody|someone|somebody|people)"
      + " (who|that|whos|who 's)")

  /// "is", "was", "are", "were", "has been", as they open "is there".
  private static let existentialVerbs: Set<String> = ["is", "was", "are", "were", "has", "have"]

  /// The plural forms of "be" before "there".
  private static let pluralVerbs: Set<String> = ["are", "were", "have"]

  /// Words that open a noun phrase naming no particular thing: "a", "any", "something".
  private static let indefinites: Set<String> = [
    "a", "an", "any", "some", "something", "anything", "someone", "anyone", "somebody",
    "anybody", "one", "another", "ever",
  ]

  /// Verbs by which the listener holds a view: "you think", "you reckon".
  private static let viewVerbs: Set<String> = ["think", "believe", "reckon", "suppose", "guess"]

  /// The listener, as the subject or in a phrase: "you felt", "for you", "your".
  private static let listener: Set<String> = ["you", "your", "yourself", "you've", "you're"]
}
