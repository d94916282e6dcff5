/// What a feeling is about, told with it: asking what leaves them feeling so would ask what
/// they said.
extension MomentQuestions {
  /// Words that say what a feeling is about ("angry that …", "scares me for my kids"): asking
  /// what leaves them feeling so would ask what they said. The openers of the clause it is
  /// about (`AnswerCues.feelingClauseOpeners`), and the words that give a cause.
  static let causeWords = AnswerCues.feelingClauseOpeners.union([
    "because", "about", "for", "by", "with",
  ])

  /// Whether an answer tells something of its own besides the sentence that names a feeling:
  /// a part to give back with `causeWordCount` content words of its own or more.
  static func tellsMoreThan(_ feeling: String, in answer: ReadAnswer) -> Bool {
    let named = QuestionWording.contentWords(of: feeling)
    return answer.keyParts.contains {
      QuestionWording.contentWords(of: $0).subtracting(named).count >= causeWordCount
    }
  }

  /// How many content words a part besides the feeling needs to tell what it is about.
  static let causeWordCount = 3
}
