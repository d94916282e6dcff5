/// The question about a part of their own life given as why they hold the view: what it is like
/// for them, asked only of what they live, never of a fact about the world.
extension ExploreArc {
  /// Ways of asking about a part of their life given as why they hold the view ("i drive
  /// for a living"): what part it played in the view was answered by giving it, so what it is
  /// like is asked.
  static let tellingWordingsOfTheirReason = ["You said {told}. What is that like for you?"]

  /// Whether what they told, as given back, is about their own life: its subject is the person
  /// ("you drive for a living", "you're on the roads all day"), not a thing of theirs ("your
  /// council") or the world.
  static func isOwnLife(_ told: String) -> Bool {
    Tokenizer.tokenize(told).first(where: \.isWord).map {
      AnswerFollowUp.isAboutThemselves(Substring($0.lowercased))
    } == true
  }
}
