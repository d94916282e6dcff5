/// The correction a sentence makes, "not X, (it's) Y" or "it's Y, not X": the strongest turn
/// a clause can take ("maybe its not the phone its the apps", "that's him not the windmills",
/// "not the drama, its the anxiety"). It is given back as the turn, before any other part.
extension AnswerMoveReader {
  /// What a sentence puts right: the thing it names instead (`kept`) and the one it sets aside
  /// (`dropped`), in the person's words, and whether a hedge opens it ("maybe"); nil when the
  /// sentence makes no such correction.
  static func correction(in sentence: [Token]) -> Correction? {
    // "isnt", "doesnt" typed without their apostrophe are read as the auxiliary and "not".
    let fused = sentence.prefix(correctionTokenLimit).flatMap { token in
      fusedNegation(token.lowercased).map { [token.replacingText(with: $0), Token("not")] }
        ?? [token]
    }
    let tokens = withDismissalAsNot(fused)
    let words = tokens.map(\.lowercased)
    if let relabelling = relabelling(in: tokens) { return relabelling }
    if let comparison = comparison(in: tokens) { return comparison }
    guard let not = words.firstIndex(where: FunctionWords.notWords.contains) else { return nil }
    let isHedged = words[..<not].contains { ReflectionWriter.doubtHedges.contains($0) }
    let frame = copulaFrame(endingAt: not, in: words)
    // "not X, (it's) Y": the frame before "not" is empty or "it's", "that's".
    if frame != nil || openingBeforeNot(words[..<not]) {
      let afterNot = not + 1
      guard let second = secondFrame(in: words, from: afterNot) else { return nil }
      let dropped = Array(tokens[afterNot..<second.start])
      return kept(after: second, in: tokens).flatMap {
        Correction.made(kept: $0, dropped: dropped, isHedged: isHedged)
      }.map { $0.told(past: isPastCopula(words[second.end - 1])) }
    }
    // "the office isnt the problem, its the managers": what the subject names is set aside.
    // "the dog doesnt cost much, its the vet bills": so it is when the deed denied of the
    // subject is owned by another (`deniedDeed`).
    if not >= 2,
      let start = words.firstIndex(where: { !correctionLeads.contains($0) }), start < not - 1,
      let second = secondFrame(in: words, from: not + 1),
      correctionCopulas.contains(words[not - 1])
        || deniedDeed(in: words, not: not, second: second) != nil
    {
      let dropped = Array(tokens[start..<(not - 1)])
      let end = deniedDeed(in: words, not: not, second: second) ?? tokens.count
      return kept(after: second, in: Array(tokens[..<end])).flatMap {
        Correction.made(kept: $0, dropped: dropped, isHedged: isHedged)
      }.map { $0.told(past: isPastCopula(words[second.end - 1])) }
    }
    // "it's Y not X": a frame opens the sentence and "not" comes after what it names.
    guard let opening = openingFrame(in: words), opening < not else { return nil }
    let named = Array(tokens[opening..<not]).filter { $0.text != "," }
    return Correction.made(
      kept: named, dropped: Array(tokens[(not + 1)...]), isHedged: isHedged
    ).map { $0.told(past: isPastCopula(words[opening - 1])) }
  }

  /// Where the doer named by a second frame ends, when a deed is denied of the subject with
  /// "do" and that frame gives it to another: a deed of doing or causing whose object is a
  /// pro-form that leaves it open ("the dog didnt do anything, it was the cat", "doesnt cost
  /// much, its the vet bills"), or any deed with a cleft after ("mum didnt break it, it was dad
  /// who did"). Nil when the frame gives a circumstance ("my mum didnt want to come, it was a
  /// long drive") or what the deed was about ("dad didnt like that, it was the noise").
  private static func deniedDeed(
    in words: [String], not: Int, second: (start: Int, end: Int)
  ) -> Int? {
    guard FunctionWords.auxiliary(words[not - 1])?.kind == .do, words[second.start] != "but",
      not + 1 < second.start
    else { return nil }
    let object = words[(not + 2)..<second.start].filter { $0 != "," }
    if agencyVerbs.contains(words[not + 1]), openDeedObjects.contains(object) {
      return words.count
    }
    return words[second.end...].firstIndex { cleftRelatives.contains($0) }
      .flatMap { $0 > second.end ? $0 : nil }
  }

  /// Verbs of doing or causing, whose doer a correction can name instead: "didn't cause it".
  private static let agencyVerbs: Set<String> = [
    "do", "cause", "decide", "start", "change", "move", "break", "make", "take", "cost", "help",
    "wreck",
    "ruin",
  ]

  /// Objects of a denied deed that leave what was done open: "didn't do anything".
  private static let openDeedObjects: Set<[String]> = [
    ["anything"], ["it"], ["that"], ["this"], ["much"], ["a", "thing"], ["any", "harm"],
  ]

  /// Words that open the rest of a cleft after who it names: "it was dad who did".
  private static let cleftRelatives: Set<String> = ["who", "that"]

  /// Whether a frame's copula puts it in the past: "was", "were".
  private static func isPastCopula(_ word: String) -> Bool {
    guard let auxiliary = FunctionWords.auxiliary(word) else { return false }
    return auxiliary.kind == .be && auxiliary.tense == .past && !auxiliary.isNegated
  }

  /// The correction a sentence makes in the person's own words: "my mum would say it's not
  /// the show, it's the night out" is her turn, and given back as theirs it puts her view in
  /// their mouth.
  static func ownCorrection(in sentence: [Token]) -> Correction? {
    // "my dad would say it was more the rules than the laws": every form of the turn, read
    // only in the words that are the person's.
    let others = othersWords(in: sentence)
    return correction(in: sentence.indices.filter { !others.contains($0) }.map { sentence[$0] })
  }

  /// A sentence without the tag question it ends on, when it ends on one: "its not really the
  /// age is it." The tag parts the halves of one correction ("… is it. its the water"), so
  /// the sentence after it is read on from what comes before the tag; nil with no tag.
  static func untagged(_ sentence: [Token]) -> [Token]? {
    let words = Array(sentence.drop { !$0.isWord }.reversed().drop { !$0.isWord }.reversed())
    let lowered = Shorthand.expanded(words).map(\.lowercased).joined(separator: " ")
    guard let tag = closingTags.first(where: { lowered.hasSuffix(" " + $0) }) else { return nil }
    let tagWords = Shorthand.expanded(Tokenizer.tokenize(tag)).count
    let kept = Array(Shorthand.expanded(words).dropLast(tagWords))
    return kept.isEmpty ? nil : kept
  }

  /// Tag questions a sentence may close on, shorthand expanded.
  static let closingTags = [
    "is it", "was it", "is n't it", "was n't it", "is not it", "innit", "does it", "did it",
  ]

  /// A better word for their feeling: "angry is maybe the wrong word, more like tired",
  /// "gutted's too strong, i'm just disappointed". The word set aside (`BeliefMap
  /// .feelingLabelSetAside`) and the first word for a feeling after it make a feeling named
  /// again; a word set aside with none after it corrects nothing here.
  static func relabelling(in tokens: [Token]) -> Correction? {
    let words = tokens.map { BeliefMap.plainWords($0.text).joined() }
    guard let label = BeliefMap.feelingLabelSetAside(words.filter { !$0.isEmpty }),
      let dropped = words.firstIndex(of: label),
      let kept = words[(dropped + 1)...].firstIndex(where: {
        $0 != label
          && (AnswerCues.feelingWords.contains($0) || AnswerCues.feelingVerbs.values.contains($0))
      })
    else { return nil }
    return Correction(
      kept: [tokens[kept]], dropped: [tokens[dropped]], isHedged: false, isFeeling: true)
  }

  /// A correction by degree: "more uneasy than exasperated", "not exasperated really, more
  /// uneasy", "it was more the farm rules than the laws". Two feelings make it a feeling
  /// named again (`Correction.isFeeling`); two things are corrected as any others.
  static func comparison(in tokens: [Token]) -> Correction? {
    let words = tokens.map(\.lowercased)
    guard let more = words.firstIndex(of: "more"), more + 1 < words.count else { return nil }
    let isHedged = words[..<more].contains { ReflectionWriter.doubtHedges.contains($0) }
    if let than = words[(more + 1)...].firstIndex(of: "than") {
      return Correction.compared(
        kept: Array(tokens[(more + 1)..<than]), dropped: Array(tokens[(than + 1)...]),
        isHedged: isHedged)
    }
    // "not exasperated really, more uneasy": what is set aside comes first.
    guard let not = words[..<more].lastIndex(where: FunctionWords.notWords.contains),
      openingBeforeNot(words[..<not]) || copulaFrame(endingAt: not, in: words) != nil
    else { return nil }
    return Correction.compared(
      kept: Array(tokens[(more + 1)...]), dropped: Array(tokens[(not + 1)..<more]),
      isHedged: isHedged)
  }

  /// What a correction names instead, after its second frame; nil after a "but" that opens a
  /// clause of its own ("the food is not bad but the service is slow" corrects nothing).
  private static func kept(after second: (start: Int, end: Int), in tokens: [Token]) -> [Token]? {
    let kept = Array(tokens[second.end...])
    guard tokens[second.start].lowercased == "but" else { return kept }
    return ClauseParser.finiteVerbIndex(in: kept) == nil ? kept : nil
  }

  /// The positive form of an auxiliary fused with "not" in one word ("is" of "isnt"); nil
  /// for any other word.
  private static func fusedNegation(_ word: String) -> String? {
    guard let auxiliary = FunctionWords.auxiliary(word), auxiliary.isNegated else { return nil }
    return auxiliary.positive
  }

  /// A sentence whose opening sets a thing aside by not caring for it ("lol no, i don't care
  /// about the kids bit, it's the quiet") with that frame read as the "not" it means ("no, not
  /// the kids bit, it's the quiet"); the sentence as it was when it opens on none.
  private static func withDismissalAsNot(_ tokens: [Token]) -> [Token] {
    let words = tokens.map(\.lowercased)
    // The frame's "i" is a lead too: it may start at any word the leads reach.
    let leads = words.prefix { isCorrectionLead($0) || $0 == "," }.count
    // An empty sentence (a line of marks alone) has no frame to start at.
    for start in 0..<min(leads + 1, words.count) {
      guard let frame = dismissalFrames.first(where: { words[start...].starts(with: $0) }),
        start + frame.count < words.count
      else { continue }
      return Array(tokens[..<start]) + [Token("not")] + tokens[(start + frame.count)...]
    }
    return tokens
  }

  /// Whether a sentence opens by setting a thing aside as no part of what matters to them:
  /// "i'm not bothered about the ducks, …".
  static func opensWithDismissal(_ sentence: [Token]) -> Bool {
    withDismissalAsNot(sentence).count != sentence.count
  }

  /// Openings that set a thing aside as no part of what matters to them, with a negation read
  /// as "do" and "not" and "i'm" as "i am": "i don't care about", "i'm not bothered about".
  private static let dismissalFrames: [[String]] = [
    "i do not care about", "i do not really care about", "i do not care for",
    "i could not care less about", "i am not bothered about", "i am not bothered by",
    "i am not fussed about", "i am not that bothered about", "i am not really bothered about",
    "i am not worried about", "i do not give a toss about", "i do not mind",
  ].flatMap { (frame: String) -> [String] in
    // "i'm", "im" and "i 'm" as the tokenizer may leave them; "n't" split from its verb.
    [
      frame, frame.replacing("i am", with: "i 'm"), frame.replacing("i am", with: "im"),
      frame.replacing("i am", with: "i'm"), frame.replacing(" not", with: " n't"),
    ]
  }.map { $0.split(separator: " ").map(String.init) }

  /// Whether a word may open a correction before its "not": a hedge, a "no", a laugh.
  private static func isCorrectionLead(_ word: String) -> Bool {
    correctionLeads.contains(word) || AnswerCues.laughs.contains(word)
  }

  /// How many tokens of a sentence are read for a correction.
  private static let correctionTokenLimit = 40

  /// Whether nothing but hedges and marks comes before a sentence-opening "not": "not the
  /// drama, its the anxiety".
  private static func openingBeforeNot(_ words: ArraySlice<String>) -> Bool {
    words.allSatisfy { isCorrectionLead($0) || $0 == "," }
  }

  /// The index of "it's", "that's" or "it is" just before a position, when they are there.
  private static func copulaFrame(endingAt index: Int, in words: [String]) -> Int? {
    if index >= 1, words[index - 1] == "its" { return index - 1 }
    guard index >= 2, correctionSubjects.contains(words[index - 2]),
      correctionCopulas.contains(words[index - 1])
    else { return nil }
    return index - 2
  }

  /// Where a frame ("it's", "that's", "it is") opens a sentence after its hedges: the index
  /// of the first word it names.
  private static func openingFrame(in words: [String]) -> Int? {
    guard let start = words.firstIndex(where: { !isCorrectionLead($0) && $0 != "," })
    else { return nil }
    if words[start] == "its" { return start + 1 }
    guard start + 1 < words.count, correctionSubjects.contains(words[start]),
      correctionCopulas.contains(words[start + 1])
    else { return nil }
    return start + 2
  }

  /// The second frame of "not X, it's Y" (or "not X, but Y"): where it starts and where what
  /// it names starts.
  private static func secondFrame(in words: [String], from start: Int) -> (start: Int, end: Int)? {
    for index in words.indices.dropFirst(start + 1) {
      let word = words[index]
      if word == "its" || word == "but" { return (index, index + 1) }
      if correctionSubjects.contains(word), index + 1 < words.count,
        correctionCopulas.contains(words[index + 1])
      {
        return (index, index + 2)
      }
    }
    return nil
  }

  /// Subjects of a frame that names what it is: "it's", "that's", "this is".
  private static let correctionSubjects: Set<String> = ["it", "that", "this"]
  /// The copulas of such a frame.
  private static let correctionCopulas: Set<String> = ["'s", "is", "was"]
  /// Words that may open a correction and say nothing of it.
  private static let correctionLeads: Set<String> = [
    "maybe", "perhaps", "probably", "so", "and", "but", "like", "i", "guess", "think", "mean",
    "idk", "ok", "okay", "well", "no", "nah", "honestly", "actually", "really", "oh", "oops",
    "wait", "sorry",
  ]
}

/// A correction in the person's words: what it is, and what it is not.
struct Correction: Sendable, Equatable {
  /// What the person names instead: "the screen".
  var kept: [Token]
  /// What they set aside: "the tipping I hate".
  var dropped: [Token]
  /// Whether a hedge opens it ("maybe it's not …"): it stays a maybe.
  var isHedged: Bool
  /// Whether both sides are a feeling: the feeling named again ("more uneasy than
  /// exasperated"), as the person would now put it.
  var isFeeling = false
  /// Whether they told it in the past ("it was the vet bill"): it is given back so.
  var isPast = false

  /// The correction as told in the past or not.
  func told(past: Bool) -> Correction {
    var correction = self
    correction.isPast = past
    return correction
  }

  /// A correction by degree ("more X than Y"): two feelings, or two things as `made` takes
  /// them; nil otherwise ("more often than not").
  static func compared(kept: [Token], dropped: [Token], isHedged: Bool) -> Correction? {
    let isSide = { (token: Token) in
      !breaks.contains(token.text) && !softeners.contains(token.lowercased) && token.text != "."
    }
    let keptWords = kept.prefix(while: { !breaks.contains($0.text) }).filter(isSide)
    let droppedWords = dropped.prefix(while: { !breaks.contains($0.text) }).filter(isSide)
    // "not exasperated, more uneasy": two adjectives, one of them a feeling, name a feeling.
    let isFeeling = { (word: String) in
      AnswerCues.feelingWords.contains(word) || Lexicon.classes(of: word).contains(.adjective)
    }
    if keptWords.count == 1, droppedWords.count == 1, isFeeling(keptWords[0].lowercased),
      isFeeling(droppedWords[0].lowercased),
      AnswerCues.feelingWords.contains(keptWords[0].lowercased)
        || AnswerCues.feelingWords.contains(droppedWords[0].lowercased)
    {
      return Correction(
        kept: keptWords, dropped: droppedWords, isHedged: isHedged, isFeeling: true)
    }
    return made(kept: keptWords, dropped: droppedWords, isHedged: isHedged)
  }

  /// A correction whose two sides each name a thing in a short phrase ("the screen", "him",
  /// "about hours"), with no clause of its own after a mark; nil otherwise ("not to go", "not
  /// sure", "not bad").
  static func made(kept: [Token], dropped: [Token], isHedged: Bool) -> Correction? {
    let dropped = Array(
      dropped.drop { softeners.contains($0.lowercased) }.prefix { !breaks.contains($0.text) })
    let kept = Array(
      kept.drop { softeners.contains($0.lowercased) }.prefix { !breaks.contains($0.text) })
    guard namesThing(dropped), namesThing(kept) else { return nil }
    return Correction(kept: kept, dropped: dropped, isHedged: isHedged)
  }

  /// Whether a side is a short phrase that names a thing: it opens on a determiner, a
  /// possessive, an object pronoun, "about" or a noun, and has no more than `sideWordLimit`
  /// words.
  static func namesThing(_ side: [Token]) -> Bool {
    guard let first = side.first(where: \.isWord)?.lowercased,
      (1...sideWordLimit).contains(side.count(where: \.isWord))
    else { return false }
    // "4 miles, not 3": a count names what it counts.
    if FunctionWords.determiners.contains(first) || FunctionWords.possessives.contains(first)
      || thingOpeners.contains(first) || first.allSatisfy(\.isNumber)
    {
      return true
    }
    let classes = Lexicon.classes(of: first)
    return classes.contains(.noun) && !classes.contains(.adjective) && !Lexicon.isVerb(first)
  }

  /// Words that open a phrase naming a thing or a person, besides determiners.
  private static let thingOpeners: Set<String> = ["him", "her", "them", "me", "us", "about"]

  /// Words that only soften a side: "not really about the days".
  private static let softeners: Set<String> = [
    "really", "actually", "even", "more", "exactly", "so", "much", "just",
  ]

  /// The most words either side has.
  private static let sideWordLimit = 8
  /// Marks that end a side.
  private static let breaks: Set<String> = [".", "!", "?", ";", ":", ",", "\u{2014}"]
}
