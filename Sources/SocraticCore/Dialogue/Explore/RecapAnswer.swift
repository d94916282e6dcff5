/// What a person says to the recap's "Did I get that right?": yes, a correction with what they
/// meant, a bare no, or anything else, which is an answer like any other (a new reason, a
/// feeling).
enum RecapAnswer: Sendable, Equatable {
  /// "yes", "yeah pretty much", "spot on".
  case confirms
  /// "no, it's more that the rent keeps going up", "not really, I said the noise": what they
  /// meant, as typed.
  case corrects(meant: String)
  /// "no", "not quite": it got them wrong, and they have not said how yet.
  case denies
  /// Anything else.
  case other

  /// Reads a line said to a recap. Only the first `readLimit` characters are read.
  /// - Parameter afterDenial: whether they said only "no" to it before: then what they say
  ///   next is what they meant, unless it says yes or is an answer of its own.
  static func read(_ line: String, afterDenial: Bool = false) -> RecapAnswer {
    // "no no that's backwards lol. the traffic is the thing": the protest turns the recap
    // down; what is left says what they meant, or nothing yet.
    if let kept = withoutProtest(line) {
      guard kept.contains(where: \.isLetter) else { return .denies }
      let meant = readPast(kept, afterDenial: true)
      return meant == .confirms ? .denies : meant
    }
    return readPast(line, afterDenial: afterDenial)
  }

  /// Reads a line said to a recap that holds no protest.
  private static func readPast(_ line: String, afterDenial: Bool) -> RecapAnswer {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(readLimit))))
    let wordIndices = tokens.indices.filter { tokens[$0].isWord }
    let words = wordIndices.map { tokens[$0] }
    let plain = words.map(\.lowercased)
    guard !plain.isEmpty else { return .other }
    if plain.allSatisfy(confirmingWords.contains), plain.contains(where: affirmingWords.contains) {
      return .confirms
    }
    guard let opened = openers.matchEnd(atStartOf: words) ?? (afterDenial ? 0 : nil) else {
      return .other
    }
    // "not really, the office is a side thing. main thing is the commute": what they name as
    // the main thing, in any sentence of a turn-down, is what they meant.
    if let named = mainThingNamed(in: line) { return .corrects(meant: named) }
    var rest = Array(words[opened...])
    if rest.first?.lowercased == "but" { rest.removeFirst() }
    // "no one asked for it" opens on "no" and denies nothing: a bare "no" corrects only when a
    // mark or words that point at what they meant follow it.
    let pointed = pointers.matchEnd(atStartOf: rest)
    let last = opened > 0 ? wordIndices[opened - 1] : nil
    let isMarked =
      last.map {
        tokens.indices.contains($0 + 1) && tokens[$0 + 1].kind == .punctuation
      } ?? true
    let isWeak = opened == 1 && weakOpeners.contains(plain[0])
    guard pointed != nil || isMarked || !isWeak || rest.isEmpty else { return .other }
    let meantWords = Array(rest.dropFirst(pointed ?? 0))
    guard meantWords.contains(where: { !FunctionWords.isFunctionWord($0.lowercased) }) else {
      return rest.isEmpty || pointed == nil ? .denies : .other
    }
    // From the first word of what they meant to the end, marks and all, as typed.
    let start = wordIndices[words.count - meantWords.count]
    var meant = Array(tokens[start...])
    meant[0].hasSpaceBefore = false
    // Whether what they meant is what they point at past what they set aside.
    var pointedPast = false
    // "its not just the debt anymore, its more the teaching": what they set aside first is
    // not what they meant; what they point at after the comma is.
    if meant.first(where: \.isWord).map({ setAsideOpeners.contains($0.lowercased) }) == true,
      let comma = meant.firstIndex(where: { $0.text == "," }),
      case let after = Array(meant[(comma + 1)...].filter(\.isWord)),
      let pointed = pointers.matchEnd(atStartOf: after), pointed > 0,
      after.dropFirst(pointed).contains(where: { !FunctionWords.isFunctionWord($0.lowercased) }),
      let start = meant.indices.dropFirst(comma + 1).filter({ meant[$0].isWord }).dropFirst(
        pointed
      ).first
    {
      meant = Array(meant[start...])
      meant[0].hasSpaceBefore = false
      pointedPast = true
    }
    // "he barely drives it, that's the main thing": what points back at it is no part of it.
    if let comma = meant.firstIndex(where: { $0.text == "," }),
      meant[..<comma].count(where: \.isWord) >= meantWordMinimum,
      let next = meant[(comma + 1)...].first(where: \.isWord),
      pointingBack.contains(next.lowercased)
    {
      meant = Array(meant[..<comma])
    }
    while let last = meant.last, last.kind == .punctuation { meant.removeLast() }
    // "no, not the news, i said forget the news": what they turn down is never what they meant.
    let turnsDown = opened > 0 && plain[opened - 1] == "not" && !pointedPast
    if turnsDown || meant.first(where: \.isWord)?.lowercased == "not" { return .denies }
    let text = meant.joinedText
    // "no, the parking thing doesn't hold", "yeah but also the noise", "no, I'm just tired":
    // a reason set aside, one added or a feeling is an answer of its own.
    let read = AnswerMoveReader.read(text)
    if BeliefMap.withdraws(BeliefMap.plainWords(text)) || BeliefMap.addsReason(text)
      || read.has(.feeling)
    {
      return .other
    }
    // "the traffic is the thing, the rest happens anywhere": what they name as the thing.
    let first = text.split(separator: ",").first.map(String.init) ?? text
    let named = BeliefMap.namedAsTheThing(in: first) ?? text
    // What cannot be given back cleanly is asked about, as a bare "no" is: never filed half
    // heard.
    return CorrectionReply.clause(of: named) == nil ? .denies : .corrects(meant: named)
  }

  /// What a sentence of a line names as the main thing ("main thing is the commute", "the real
  /// reason is they cut the buses"), when it can be given back cleanly.
  static func mainThingNamed(in line: String) -> String? {
    for sentence in BeliefMap.sentences(of: String(line.prefix(readLimit))) {
      guard let rest = BeliefMap.leanedOn(in: sentence) else { continue }
      let named = rest.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
      if CorrectionReply.clause(of: named) != nil { return named }
    }
    return nil
  }

  /// Words that open what a correction sets aside: "not just the fees", "only the rent".
  static let setAsideOpeners: Set<String> = ["not", "only", "just"]

  /// The fewest words of what they meant before a comma for what follows to be cut.
  static let meantWordMinimum = 3

  /// Words that open a part pointing back at what they meant: "that's the main thing".
  static let pointingBack: Set<String> = ["that", "thats", "this", "which", "its", "it"]

  /// How many characters of a line said to a recap are read.
  static let readLimit = 400

  /// Words a line that only says yes is made of.
  static let confirmingWords: Set<String> = affirmingWords.union([
    "pretty", "more", "or", "less", "that", "thats", "'s", "is", "it", "i", "think", "guess",
    "you", "sounds", "well", "lol", "haha", "on", "kinda", "sort", "of", "kind", "just", "all",
    "good", "fine", "the", "gist", "sums", "summed", "up", "nailed", "thanks", "cool", "great",
    "perfect", "pretty", "very", "much", "bang", "yes", "totally", "'d", "say", "would",
    "basically",
  ])

  /// Words that say yes.
  static let affirmingWords: Set<String> = [
    "yes", "yeah", "yep", "yup", "yea", "ya", "y", "ye", "right", "exactly", "correct", "much",
    "spot", "basically", "mostly", "sure", "ok", "okay", "so", "absolutely", "definitely",
    "true", "accurate", "fair", "about", "close", "enough", "nailed", "gist", "sums", "summed",
    "perfect",
  ]

  /// Openers after which "no" alone is only a word of the sentence unless a mark or a pointer
  /// follows.
  private static let weakOpeners: Set<String> = ["no", "nope", "nah"]

  /// Words that open a turn-down of the recap: "no", "not really", "sort of, but".
  private static let openers = PartnerCueMatcher([
    // "no no lol": said twice or with a laugh, the no turns the recap down.
    "(no|nope|nah) (no|nope|nah|lol|haha|lmao|mate)+",
    "(no|nope|nah) (not)? (really|quite|exactly)?",
    "not (really|quite|exactly|totally|entirely|completely|all of it|so much)",
    "(sort of|kind of|kinda|partly|almost|close|yes|yeah|yep|mostly|well) but",
    "(well|hmm|um|erm) (no|not really|not quite|not exactly)",
    "(that 's|thats|that is|it 's|its) not (quite|really|exactly)? (it|right)",
    "(you 're|youre|you are) (a bit|slightly)? off",
  ])

  /// Words that point at what they meant: "it's more that", "I said", "the main thing is".
  private static let pointers = PartnerCueMatcher([
    "(it 's|its|it is|it was|that 's|thats)? (more|mostly|really|actually)? (that|like|about)",
    "(it 's|its|it is|it was) (more|mostly|really|actually)",
    "(what)? i (said|meant|mean|was saying) (was|is)? (that)?",
    "(the|my) (main|big|biggest|real) (thing|reason|point) (is|was|'s)? (that)?",
    "(it 's|its|it is|it was)",
    "(actually|rather|more)",
  ])
}
