/// What may be given back after "You said" as a thing they told about their view: never a line
/// about the talk itself ("You said you didn't get the question"), how sure they are (a rating
/// answer is no reason) or the name they called the listener ("you're plenty sure son").
extension QuestionSlot {
  /// Whether something they said may be pasted into a question as a thing they told.
  static func isPastable(_ told: String) -> Bool {
    let words = Shorthand.expanded(
      Tokenizer.tokenize(String(told.prefix(AnswerFollowUp.readLimit)))
    ).filter(\.isWord)
    return !talkAndSurenessCues.matches(words) && !callsTheListener(words)
  }

  /// Phrases by which a line speaks of the conversation or of how sure they are.
  static let talkAndSurenessCues = PartnerCueMatcher([
    // The talk: "i didnt get the question", "you just asked me that", "i already said".
    "(the|that|your|this|last|first|other) (question|questions)",
    "you (just|already)? (said|asked|mean|meant)",
    "(i|i 've|i have|ive) (already|just) (said|told|answered|explained)",
    "(did not|didn't|didnt|did n't|do not|don't|dont|do n't) (get|understand|follow) (you|it|that|what)",
    // How sure they are: "i'm plenty sure", "not that certain".
    "(i|im|i 'm|i'm|i am) (plenty|pretty|very|quite|so|dead|fairly|really|not|not that)? (sure|certain|confident)",
  ])

  /// Whether a line calls the listener something ("plenty sure son", "mate, it's simple"): a
  /// word of address with no determiner before it, so "my son" and "a mate" are people told of.
  static func callsTheListener(_ words: [Token]) -> Bool {
    words.indices.contains { index in
      addressWords.contains(words[index].lowercased)
        && (index == 0 || !addressedOwners.contains(words[index - 1].lowercased))
    }
  }

  /// Words by which someone may address the listener.
  /// "love" and "man" are left out: "i love the place", "some man asked" call no one.
  static let addressWords = TypedForms.addressTerms.subtracting(["love", "man", "guys", "lads"])
    .union(["son", "dear", "darling", "sweetheart", "kid", "sir", "lad", "chief", "boss"])

  /// Words before a word of address that make it someone told of: "my son", "a mate".
  static let addressedOwners: Set<String> = [
    "my", "your", "his", "her", "our", "their", "a", "an", "the", "this", "that", "best", "old",
    "little", "own", "eldest", "youngest", "oldest", "big", "young", "whose", "no", "every", "one",
  ]
}
