/// How someone says they no longer hold the view they came with: "i dont think it should be
/// compulsory anymore", "ok i was wrong", "you've changed my mind". Once they have left it, the
/// arc never asks them to argue its opposite nor what would change their mind about it.
extension AnswerCues {
  /// Phrases that leave the claim wherever they are said.
  static let claimLeft: [String] = [
    "(i|maybe i|guess i) (was|were|'ve been|ve been|have been) (wrong|wrong about it|wrong about that)",
    "(i 've|ive|i have|you 've|youve|you have)? (changed|change) my (mind|view)",
    "(i|i 'll) take (it|that) back",
    "(i|i 'm|im) not so sure (anymore|now)",
  ]

  /// Words that, with a believing verb turned down, say the view is no longer held: "i don't
  /// think so anymore".
  static let noLongerWords: Set<String> = ["anymore", "longer"]

  /// Verbs of holding a view that "don't" turns down: "i don't think …", "i dont reckon …".
  static let holdingVerbs: Set<String> = ["think", "reckon", "believe", "agree"]

  /// Whether an answer says they no longer hold their view: one of `claimLeft`, or a sentence
  /// with a holding verb turned down after "i" and a word of `noLongerWords` ("i dont think the
  /// rule works anymore").
  static func leavesTheClaim(_ line: String) -> Bool {
    let tokens = Shorthand.expanded(
      Tokenizer.tokenize(String(line.prefix(AnswerMoveReader.readLimit))))
    if ClaimLeftMatcher.phrases.matches(tokens.filter(\.isWord)) { return true }
    return SentenceSplitter.sentences(in: tokens).contains { sentence in
      let words = sentence.filter(\.isWord).map(\.lowercased)
      // "i dont think", "i don't reckon": "i", the negation, the verb.
      let turnedDown = words.indices.dropFirst().dropLast().contains { index in
        words[index - 1] == "i" && holdingVerbs.contains(words[index + 1])
          && (words[index] == "n't" || WordClass.negation.contains(words[index]))
      }
      return turnedDown && words.contains(where: noLongerWords.contains)
    }
  }

  private enum ClaimLeftMatcher {
    static let phrases = PartnerCueMatcher(AnswerCues.claimLeft)
  }
}
