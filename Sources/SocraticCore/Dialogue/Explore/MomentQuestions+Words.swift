/// Words that keep a point of theirs out of the questions that would quote it.
extension MomentQuestions {
  /// Words by which the speaker is in what they say: "if I saw …", "… I'd be fine with it".
  static let firstPerson: Set<String> = [
    "i", "i'd", "i'm", "i've", "i'll", "id", "im", "me", "my", "we", "we'd", "us", "our",
  ]
}
