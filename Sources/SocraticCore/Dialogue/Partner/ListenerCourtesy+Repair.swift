/// A repair in a line of the listener's (`/me`): an apology, or saying they are not out to win
/// ("sorry, I'm not trying to catch you out, I just want to understand"); and empathy, meeting
/// what the other person feels ("it's not daft", "I miss him too"). Each is what the moment
/// calls for: never an opinion argued, nor a line to rewrite as a question.
extension ListenerCourtesy {
  /// Whether a sentence apologises or says the listener is not out to win, after an
  /// interjection or a name before a comma.
  static func isApology(_ sentence: [Token]) -> Bool {
    opens(sentence, with: apologyCues)
  }

  /// Whether a sentence meets what they feel: it opens on a cue of `empathyCues`, or ends by
  /// saying anyone would feel it ("going back there on your own would be hard for anyone").
  static func isEmpathy(_ sentence: [Token]) -> Bool {
    opens(sentence, with: empathyCues)
      || validationTails.matchStart(atEndOf: sentence.filter(\.isWord)) != nil
  }

  /// Whether a sentence only sets the scene for empathy said after it ("that's the hall we had
  /// the wake in."): it opens on none of the speaker's own say, a counterpoint, or a word
  /// about them ("you …"), and asks nothing.
  static func setsTheScene(_ sentence: [Token]) -> Bool {
    guard sentence.last?.hasQuestionMark != true,
      let first = sentence.first(where: \.isWord)?.lowercased
    else { return false }
    return !notScene.contains(first)
  }

  /// Words that open a sentence that is more than the scene: the speaker's say, a
  /// counterpoint, a word about them or to them.
  private static let notScene: Set<String> = [
    "i", "im", "we", "my", "our", "but", "yet", "though", "you", "your", "youre", "u", "just",
    "maybe", "honestly", "personally", "if",
  ]

  /// Endings of a sentence that say what they feel is what anyone would feel.
  static let validationTails = PartnerCueMatcher([
    "(hard|tough|difficult|scary|daunting|a lot|horrible|awful|rough|strange|emotional|upsetting) for (anyone|anybody|everyone|any of us|most people)",
    "(anyone|anybody|everyone|most people) (would|'d) (feel|find it|be|struggle) (the same|that way|with that|hard|tough|scary|nervous|daunting)?",
  ])

  /// Whether what they said last asks the listener's own view or puts a challenge to them
  /// ("and where are you on it?", "you can't tell me the council knows best"): a statement
  /// said next answers it.
  static func asksTheListener(_ theySaid: String?) -> Bool {
    guard let theySaid else { return false }
    let words = Shorthand.expanded(Tokenizer.tokenize(String(theySaid.prefix(readLimit))))
      .filter(\.isWord)
    return PartnerCueMatcher.askingTheListener.matches(words)
      || PartnerCueMatcher.challengingTheListener.matches(words)
      || ListenerQuestion.read(words) != nil
  }

  /// Whether a sentence opens on a cue of a table, after at most `openingWordLimit` words
  /// before a comma ("dad, sorry"), or after one word that calls them by name ("sorry dad"
  /// opens with its cue).
  private static func opens(_ sentence: [Token], with cues: PartnerCueMatcher) -> Bool {
    let words = sentence.filter(\.isWord)
    if cues.matchEnd(atStartOf: words) != nil { return true }
    guard let comma = sentence.firstIndex(where: { $0.text == "," }) else { return false }
    let before = sentence[..<comma].filter(\.isWord)
    let after = sentence[(comma + 1)...].filter(\.isWord)
    return before.count <= openingWordLimit && cues.matchEnd(atStartOf: after) != nil
  }

  /// Openings of an apology, or of saying they are not out to win or to argue.
  static let apologyCues = PartnerCueMatcher([
    "(oh|ok|okay|look|honestly|no)* (i 'm|im|i am)? (so|really)? (sorry|apologies)",
    "(oh|ok|okay|look|honestly)* my bad",
    "(oh|ok|okay|look|honestly|no)* (i|i just) (didn't|didnt|did not|never) mean",
    "(oh|ok|okay|look|honestly|no)* (i 'm|im|i am) (really|honestly)? not (trying|out|here|having a go|attacking|judging|saying you)",
    "(oh|ok|okay|look|honestly|and)* (i|i really|i honestly)? (just)? (want|wanna|wanted|'d like|would like) to (understand|get|know|hear) (how|what|where|why) (you|u)",
  ])

  /// Openings of empathy: what they feel is not foolish, the listener feels it too, it makes
  /// sense.
  static let empathyCues = PartnerCueMatcher([
    "(oh|no|aw|honestly|hey)* (it 's|its|it is|that 's|thats|that is|you 're|youre|you are) (not|never|n't) (silly|daft|stupid|mad|dumb|weird|soft|wrong|being daft|being silly|being stupid)",
    "(oh|no|aw|honestly|and)* (i|we) (all)? (still)? (miss|love|think about) (her|him|them|it|that) (too|as well|every day|loads)",
    "(oh|no|aw|honestly|and)* (i|we) (still)? (miss|love) (her|him|them) (so much)?",
    "(oh|no|aw|honestly|and)* (that|it) (makes|make) (total|complete|a lot of|perfect)? sense",
    "(oh|no|aw|honestly|and)* (of course|no wonder) (you|u) (do|are|would|feel|miss)",
    "(oh|no|aw|honestly|and)* (i 'd|i would|anyone would) (feel|be) (the same|that way|scared|the same way)",
    "(oh|no|aw|honestly|and)* (anyone|anybody|everyone|most people) (would|'d) (feel|be|find it) (nervous|scared|anxious|daunted|wobbly|hard|tough|daunting|the same)",
  ])
}
