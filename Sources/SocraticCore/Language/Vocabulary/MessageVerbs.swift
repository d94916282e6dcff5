/// Verbs that send a message on to someone other than the speaker ("tell him you're not
/// coming", "ask your boss", "remind them it's Friday"), and the objects that name a third
/// person. A line or a question built on one says what to do about someone else, as advice
/// does: the statement cues (`StatementCues`) and the reading of requests (`QuestionReading`)
/// both read them here.
enum MessageVerbs {
  /// The verbs, in lowercase.
  static let verbs = ["tell", "ask", "remind", "show", "give"]
  /// Objects that are a third person: "tell him", "show them".
  static let thirdParties = ["him", "her", "them"]
}
