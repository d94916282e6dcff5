/// A line that gives the persona's admitted gap straight back to it: "so you're sure about the
/// schools but less sure about the buses?", "you know the costs side, the staffing less so",
/// "sounds like the rota is outside what you've looked at". Said after a waver, it takes the
/// waver up as a reflection does, whatever its mark: it hands back the doubt in its own words
/// and pushes no answer.
enum AdmissionGivenBack {
  /// Whether a line, said right after the persona admitted a gap, gives that gap back: it
  /// speaks to the persona, says it is unsure or does not know, and takes up a word of the
  /// admission.
  /// - Parameters:
  ///   - waver: the reply in which the persona admitted the gap.
  ///   - belief: the belief under discussion, whose words take nothing up.
  ///   - asked: the question the admission answered: "Hm. I haven't really thought about that."
  ///     admits a gap in what it asked, so a word of the question given back takes it up.
  static func givesBack(_ text: String, waver: String, belief: String?, asked: String? = nil)
    -> Bool
  {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(String(text.prefix(readLimit))))
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard words.contains(where: addressed.contains),
      doubts.contains(where: { PersonaQuestion.says($0, in: tokens) }),
      ReplyComplaint.beforeQuestion(in: text) == nil, !ReplyComplaint.findsFault(tokens)
    else { return false }
    let admission = [asked, waver].compactMap { $0 }.joined(separator: "\n")
    return FollowUp.buildsOn(text, previous: admission, belief: belief)
  }

  /// The most characters of a line read for a gap given back.
  private static let readLimit = 300

  /// Words that speak to the persona.
  private static let addressed: Set<String> = FunctionWords.secondPersonWords.union([
    "youre", "you've", "youve", "you'd", "youd", "u", "ur",
  ])

  /// How a line says the other side is unsure or does not know, in lowercase words.
  private static let doubts = [
    "(less|not|not so|not as|not that|not too) (sure|certain|clear|confident)",
    "unsure", "uncertain", "less so", "(do not|don't|dont|didn't|didnt) (know|really know)",
    "(outside|beyond) what", "(haven't|havent|have not) (looked|read|checked)",
    "(not|never) (looked|thought) (into|about)",
    "(haven't|havent|have not|hadn't|hadnt|had not) (really|yet)? (thought|worked|figured|pictured|considered|got)",
    "(not|never) (really)? (thought|worked|figured) (it|that|this)? (out|through)",
    "(no|not an|not much of an) (answer|idea)", "(don't|dont|do not) have an answer",
  ].map(PhrasePattern.init)
}
