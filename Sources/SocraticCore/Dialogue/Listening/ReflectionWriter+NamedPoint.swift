/// The point as the person names it: "… and the small shops went under. that's the harm",
/// "it's the waiting that's the problem", "the main worry for me isn't the cost, it's the
/// noise". What they call the harm, the problem or the main thing is what they lean on, and is
/// given back under that name, before any scene, aside or example said beside it.
extension ReflectionWriter {
  /// Nouns by which a person names what a clause of theirs is: "the harm", "the problem".
  static let pointNouns = [
    "point", "problem", "issue", "harm", "trouble", "worry", "danger", "risk", "damage",
    "difference", "scandal", "crux", "reason", "injustice",
  ]

  /// Nouns that name the point only with a word that ranks them: "the main thing", "the worst
  /// part"; "the thing is" alone opens a turn (`turnOpeners`), and "that's the thing" points on.
  static let rankedPointNouns = ["thing", "part", "bit"]

  /// Words that rank what a point noun names: "the real problem", "the worst part".
  static let pointRanks = [
    "real", "main", "big", "biggest", "actual", "whole", "worst", "hardest", "hard", "only",
    "true", "key", "core",
  ]

  /// Words after the noun that only say whose point it is: "the main thing for me".
  private static let forWhom = "(for me|to me|here|really|right there|in all this)?"

  /// The name of a point, as `TokenPattern` alternatives: "the harm", "my main worry".
  private static let pointName: String = {
    let ranks = pointRanks.joined(separator: "|")
    let nouns = pointNouns.joined(separator: "|")
    let ranked = rankedPointNouns.joined(separator: "|")
    return "(the|my) ((\(ranks))? (\(nouns))|(\(ranks)) (\(ranked))) \(forWhom)"
  }()

  /// "… that's the harm", said to close what came before it.
  /// A "not" after it sets aside what the point is not: "…, that's the problem, not the staff".
  private static let namingCloser = TokenPattern("that ('s|is|was) \(pointName) (, )? (not _*)?")
  /// "the main thing for me …", said to open a sentence that says what the point is.
  private static let namingOpener = TokenPattern(
    "(anyway|but|and|so|like|honestly|i mean)* \(pointName)")
  /// The words that name the point within `namingOpener`, "(the|my) rank? noun".
  private static let nameOnly = TokenPattern(pointName)

  /// The copulas that say what a point named is, with whether they set it aside: "is", "isn't".
  private static let pointCopulas: [String: (tense: String, isNot: Bool)] = [
    "'s": ("is", false), "is": ("is", false), "was": ("was", false),
    "isn't": ("is", true), "wasn't": ("was", true), "isnt": ("is", true), "wasnt": ("was", true),
  ]

  /// Words that set the point after a "not" in "the main thing isn't X, it's Y".
  private static let afterNot = TokenPattern("(, )? (it 's|its|it is|but|it was)")

  /// The point an answer names, given back under its name ("So the harm is that the small
  /// shops went under."); nil when no sentence names one, or the point named would not read.
  /// The last one named is where they land.
  static func namedPoint(in line: String) -> String? {
    let read = TypedTextLimit.prefix(of: line, characters: AnswerMoveReader.readLimit)
    let sentences = SentenceSplitter.sentences(in: Shorthand.expanded(Tokenizer.tokenize(read)))
      .map { $0.filter { $0.isWord || $0.text == "," } }
      .filter { $0.contains(where: \.isWord) }
    for index in sentences.indices.reversed() {
      let words = sentences[index]
      if let opened = opened(words) { return opened }
      guard
        let start = words.indices.first(where: { at in
          namingCloser.matchEnds(in: words, from: at).contains(words.count)
        })
      else { continue }
      // "…, like that's the problem": said in scorn, it names what is not the point.
      if start > 0, ["like", "if"].contains(words[start - 1].lowercased) { return nil }
      var before = Array(words[..<start])
      while let last = before.last, last.text == "," || ["and", "so"].contains(last.lowercased) {
        before.removeLast()
      }
      // "… got wiped out. that's the harm": the sentence before is what it names.
      if before.isEmpty, index > 0 { before = sentences[index - 1] }
      let name = named(Array(words[(start + 2)...]))
      let copula = words[start + 1].lowercased == "was" ? "was" : "is"
      return given(point: before, as: name, copula: copula)
    }
    return nil
  }

  /// The point a sentence opening on its name holds: "the real issue is the rent" → "So the
  /// real issue is the rent."; nil when it opens no such way.
  private static func opened(_ words: [Token]) -> String? {
    guard let nameEnd = namingOpener.matchEnds(in: words, from: 0).max(), nameEnd < words.count,
      let copula = pointCopulas[words[nameEnd].lowercased]
    else { return nil }
    let nameStart = words.indices.first { !nameOnly.matchEnds(in: words, from: $0).isEmpty } ?? 0
    let name = named(Array(words[nameStart..<nameEnd]))
    var rest = Array(words[(nameEnd + 1)...])
    var isNot = copula.isNot
    if let first = rest.first, ["not", "n't"].contains(first.lowercased) {
      isNot = true
      rest.removeFirst()
    }
    // "isn't studies, it's my brother": what they set aside is no point.
    if isNot {
      guard
        let turn = rest.indices.lazy.compactMap({ at in
          afterNot.matchEnds(in: rest, from: at).max()
        }).first, turn < rest.count
      else { return nil }
      rest = Array(rest[turn...])
    }
    return given(point: rest, as: name, copula: copula.tense)
  }

  /// The name of the point as it is given back: "the main thing", "your biggest worry",
  /// without whose point they say it is.
  private static func named(_ words: [Token]) -> String {
    let kept = words.prefix {
      !["for", "to", "here", "really", "right", "in", ",", "not"].contains($0.lowercased)
    }
    return kept.map { $0.lowercased == "my" ? "your" : $0.lowercased }.joined(separator: " ")
  }

  /// The point under its name: a clause as "the harm is that …", anything else (a thing, a
  /// "when" or what follows "it's") as "the problem is …".
  /// - Parameter copula: "is", or "was" when they named it so.
  private static func given(point words: [Token], as name: String, copula: String) -> String? {
    // "honestly it's the waiting …": a hedge opening it is no part of the point.
    var words = Array(words.drop { hedges.contains($0.lowercased) && $0.lowercased != "i" })
    // "it's when it went on for months (that's the problem)": what the "it's" points at; "it's
    // too dear (, that's the problem)" says what is wrong, and stays whole.
    if let end = TokenPattern("(it 's|its|it is|it was)").matchEnds(in: words, from: 0).max(),
      end < words.count, opensClefted(words[end].lowercased)
    {
      words = Array(words[end...])
    }
    let text = words.joinedText
    guard words.contains(where: \.isWord) else { return nil }
    if let clause = givenStatement(text), readsWithoutWhatCameBefore(clause) {
      return "So \(name) \(copula) that \(clause)."
    }
    // "folk … burned out": a clause that does not read given back is never made a phrase.
    guard
      AnswerMoveReader.finiteVerbIndex(in: words) == nil
        || words.first.map({ cleftOpeners.contains($0.lowercased) }) == true,
      let phrase = secondPersonPhrase(text), readsWithoutWhatCameBefore(phrase)
    else {
      return nil
    }
    return "So \(name) \(copula) \(phrase)."
  }

  /// Whether a word after "it's" opens what a cleft points at ("it's the waiting …", "it's when
  /// …", "it's having no say …") rather than what "it" is ("it's too dear").
  private static func opensClefted(_ word: String) -> Bool {
    FunctionWords.determiners.contains(word) || FunctionWords.possessives.contains(word)
      || cleftOpeners.contains(word) || word.hasSuffix("ing")
  }

  /// Words that open what a cleft points at, besides a determiner: "it's when …".
  private static let cleftOpeners: Set<String> = [
    "when", "how", "what", "where", "that", "because", "whether", "all", "just",
  ]
}
