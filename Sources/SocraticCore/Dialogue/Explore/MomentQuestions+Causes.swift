/// What a feeling is about, told with it: asking what leaves them feeling so would ask what
/// they said.
extension MomentQuestions {
  /// Words that give what a feeling is about wherever they stand ("scares me for my kids",
  /// "angry because …"): asking what leaves them feeling so would ask what they said.
  static let causeWords: Set<String> = ["because", "about", "for", "by", "with"]

  /// Whether the clause a feeling is about opens right after the feeling, or after the "me" of
  /// a feeling verb (`AnswerCues.feelingClauseOpeners`): "angry that …", "sad to see it go",
  /// "it scares me when …", but not the "to" of "so angry i want to scream".
  static func opensItsClause(_ words: [String]) -> Bool {
    words.indices.contains { index in
      let word = words[index]
      guard AnswerCues.feelingWords.contains(word) || AnswerCues.feelingVerbs[word] != nil
      else { return false }
      let next = words[(index + 1)...].drop { FunctionWords.objectPronouns.contains($0) }
      return next.first.map(AnswerCues.feelingClauseOpeners.contains) ?? false
    }
  }

  /// Whether a clause of its own follows the feeling past a comma ("i feel left out, nobody
  /// even asked me", "gutted - they sold it without telling us"): what it is about, told
  /// beside it.
  static func hasClauseBeside(_ feeling: String) -> Bool {
    let tokens = Tokenizer.tokenize(feeling)
    guard
      let named = tokens.firstIndex(where: {
        FeelVerb.forms.contains($0.lowercased) || AnswerCues.isFeelingWord($0.lowercased)
          || AnswerCues.feelingVerbs[$0.lowercased] != nil
      }),
      let pause = tokens[named...].firstIndex(where: { pauseMarks.contains($0.text) })
    else { return false }
    let beside = Array(tokens[(pause + 1)...])
    return ClauseParser.finiteVerbIndex(in: beside) != nil
      && !QuestionWording.contentWords(of: beside.joinedText).isEmpty
  }

  /// Marks after which a clause beside a feeling starts.
  private static let pauseMarks: Set<String> = [",", ";", ":", "-", "\u{2013}", "\u{2014}"]

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
