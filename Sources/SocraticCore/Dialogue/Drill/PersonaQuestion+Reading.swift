/// What a drill's persona reads in how a question is put: a reflection offered with a question
/// mark, the claim a leading question pushes, the options it offers, and chat words that name
/// nothing.
extension PersonaQuestion {
  /// How a closed question about the persona's own life is answered, either way.
  struct OwnAnswer: Sendable, Equatable {
    /// "Yes, I have".
    var yes: String
    /// "No, I haven't".
    var no: String
    /// Whether its belief answers yes: "Has hard work paid off for you?" to one who holds
    /// that hard work pays.
    var agrees = false
  }

  /// The kind a question has by what it asks of the persona, where that settles it: asking for
  /// its experience, a story, a case, a source or how it came to the belief asks what it knows
  /// from, evidence ("Have you ever been let down by a stranger?" is no assumption); how
  /// something would work asks where the belief leads, implications; an open question whose
  /// own words ask what would change its mind ("What would make you less sure?") is inversion,
  /// whatever else it names; one that asks how someone it names would see it ("how would a
  /// shop owner see it"), which the persona answers for them, viewpoints. Nil for a leading
  /// question, a reflection, a statement, and a question whose kind its aim does not settle.
  var kindByAim: QuestionKind? {
    guard form == .open || form == .closed else { return nil }
    if ownAnswer != nil { return .evidence }
    if termAsked == nil, viewer != nil { return .viewpoints }
    // How a thing would work, step by step, asks where it leads, whatever else it says.
    if aim == .mechanism { return .implications }
    if form == .open, kind == .inversion { return .inversion }
    // "How do you think the other side sees it?" asks for another's view, though it asks how
    // the persona thinks.
    if form == .open, kind == .viewpoints { return .viewpoints }
    if asksWhetherAnythingWouldChange { return .inversion }
    switch aim {
    case .origin?, .example?, .source?, .reading?, .story?: return .evidence
    case .mechanism?: return .implications
    case .opposition?: return .viewpoints
    default: return nil
    }
  }

  /// Whether it asks for the persona's own experience: how it came to the belief ("When did
  /// you first notice it?"), a story ("Has it ever happened to you?"), or its own life. Such a
  /// question invites a story, never a single fact to look up.
  var asksOwnExperience: Bool {
    [.origin, .story, .ownLife, .ownTime].contains(aim)
  }

  /// Chat words, laughs, fillers and typed forms of function words: never a thing or a term a
  /// question asks about, never said back as one ("Tho?"; "gtg" and "u" in "gtg soon but last
  /// one, what would make u …").
  static let slangWords: Set<String> = [
    "tho", "tbh", "tbf", "ngl", "idk", "imo", "imho", "btw", "fyi", "lol", "lmao", "lmfao",
    "rofl", "haha", "hahaha", "fr", "smh", "omg", "bro", "dude", "mate", "ya", "yer", "yeah",
    "yep", "nah", "u", "ur", "r", "n", "gonna", "wanna", "kinda", "sorta", "eh", "huh", "ok",
    "okay", "hmm", "hm", "hmmm", "mm", "um", "umm", "uh", "erm", "ugh", "meh", "oh", "ah",
    "cmon", "c'mon", "gtg", "g2g", "brb", "like", "innit", "pls", "plz", "thx", "ty",
  ]

  /// What opens a line that gives back what was heard ("so it sounds like …", "you're
  /// saying …"), as the words begin, in lowercase.
  private static let reflectionOpeners = [
    "it sounds like", "sounds like", "it seems like", "it seems", "seems like",
    "you 're saying", "you are saying", "youre saying", "what i 'm hearing", "what im hearing",
    "what i hear", "if i understand", "if i get you", "in other words", "for you",
    "you 're worried", "youre worried", "you feel", "you 're feeling", "you think",
  ]

  /// Words after an opening "so" that make it a question of its own ("so don't you think …?",
  /// "so what …?"), not what was heard given back.
  private static let askingAfterSo: Set<String> = [
    "do", "does", "did", "dont", "doesnt", "didnt", "is", "are", "was", "were", "isnt",
    "arent", "can", "could", "would", "should", "will", "wouldnt", "shouldnt", "have", "has",
    "surely", "what", "why", "how", "when", "where", "who", "which", "if", "then",
  ]

  /// Whether a line opens as a reflection: "So it sounds like the collapses shook you?", "So
  /// its less the scooters and more the riders", "You're saying people burn out by Friday?".
  /// Chat before its "so" ("right ok so the cost is …?") is passed over; a line that goes on
  /// to ask yes or no ("so the berries, is that the main thing?") asks, and gives nothing back.
  static func opensAsReflection(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard !words.isEmpty else { return false }
    let lead = words.prefix { ChatWords.lead.contains($0) }
    let soAt = lead.lastIndex(of: "so")
    let afterSo = soAt.map { Array(words[($0 + 1)...]) } ?? words
    let opening = afterSo.joined(separator: " ") + " "
    if reflectionOpeners.contains(where: { opening.hasPrefix($0 + " ") }) { return true }
    if givesBackAView(afterSo) { return true }
    guard soAt != nil, let next = afterSo.first,
      DrillDialogue.yesNoClause(of: tokens.joinedText) == nil
    else { return false }
    return !askingAfterSo.contains(next) && !next.hasSuffix("n't")
  }

  /// Whether words open by telling the persona the view it holds, in other words: "you
  /// believe …", "you basically reckon …", "you're saying …", "what you mean is …": "you" (or
  /// "what you") as the one who holds or says it, then a verb of holding a view, with only
  /// adverbs between. A question of its own ("do you believe …?") opens otherwise.
  static func givesBackAView(_ words: [String]) -> Bool {
    var rest = words[...].drop { $0 == "what" || subjectFillers.contains($0) }
    guard let first = rest.first else { return false }
    if listenerWithVerb.contains(withoutApostrophes(first)) {
      rest = rest.dropFirst()
    } else {
      guard first == "you" else { return false }
      rest = rest.dropFirst()
      if let verb = rest.first, ["'re", "are"].contains(verb) { rest = rest.dropFirst() }
    }
    let verb = rest.first { !subjectFillers.contains($0) }
    return verb.map(heldViewVerbs.contains) ?? false
  }

  /// Verbs by which a reflection says what the persona holds: "you believe", "you're saying".
  private static let heldViewVerbs: Set<String> = [
    "believe", "reckon", "think", "feel", "mean", "meant", "say", "saying", "said", "figure",
    "find", "suspect", "see", "seeing", "argue", "arguing", "claim", "claiming", "telling",
  ]

  /// What opens a leading question before the claim it pushes, in lowercase words.
  private static let pushFrames = [
    "do n't you think that", "do n't you think", "dont you think that", "dont you think",
    "do n't you agree that", "do n't you agree", "dont you agree that", "dont you agree",
    "would n't you agree that", "would n't you agree", "wouldnt you agree that",
    "wouldnt you agree", "would n't you say that", "would n't you say", "wouldnt you say",
    "is n't it obvious that", "is n't it obvious", "isnt it obvious that", "isnt it obvious",
    "is n't it true that", "is n't it true", "isnt it true that", "isnt it true",
    "is n't it clear that", "isnt it clear that", "surely", "you have to admit that",
    "you have to admit", "you 'd agree that", "you 'd agree", "admit it",
  ]

  /// Words at the end of a leading question that add only push or chat: "… tho?", "…, right?".
  private static let pushTails: Set<String> = [
    "tho", "though", "anyway", "anyways", "right", "really", "eh", "huh", "lol", "no", "yeah",
    "honestly", "surely",
  ]

  /// Words a pushed claim may not hold: it is said back as the persona's words, and "you" or
  /// "I" would turn round.
  private static let personWords: Set<String> = [
    "you", "your", "yours", "yourself", "i", "me", "my", "mine", "we", "us", "our",
  ]

  /// Whether it puts a view or a motive on the persona: "you" as the subject of a verb ("so you
  /// think …", "you're just saying that cos you don't want …"), not asked after an auxiliary
  /// ("don't you think …?") nor the object of a verb ("what makes you think …?"). Only then is
  /// "You're putting words in my mouth" the persona's answer.
  var putsView: Bool {
    let words = self.words.map(\.lowercased)
    return words.indices.contains { index in
      // "You're", "you've", "you'd" hold their verb.
      let holdsVerb = Self.listenerWithVerb.contains(Self.withoutApostrophes(words[index]))
      guard words[index] == "you" || holdsVerb else { return false }
      if index > 0 {
        let before = words[index - 1]
        // "Surely you see …" pushes a view, as "surely" does anywhere.
        guard !Self.isAuxiliary(before), before != "n't", before != "surely",
          !Lexicon.isVerb(before)
        else {
          return false
        }
        // "someone you know", "the bank you use": "you" opens a clause that says which one is
        // meant, and puts no view on anyone.
        if Self.namesWhichOne(words[..<index]) { return false }
      }
      if holdsVerb { return true }
      let verb = words[(index + 1)...].first { !Self.subjectFillers.contains($0) }
      // "'re" of "you're" split off is a verb too; "you can see …" pushes, as "surely" does.
      // "you said it was cheap" gives back its words, and puts no view on it.
      return verb.map { word in
        guard !Self.pushingModals.contains(word), !PersonaVoice.attributionWords.contains(word)
        else { return false }
        return
          word.first.map { "'\u{2019}".contains($0) } == true || Self.isAuxiliary(word)
          || !Lexicon.verbReadings(of: word).isEmpty
      } ?? false
    }
  }

  /// Whether words end in a noun that a clause after them can say which one is meant of: an
  /// indefinite pronoun ("someone", "anything") or a noun after a determiner ("the bank").
  private static func namesWhichOne(_ words: ArraySlice<String>) -> Bool {
    guard let last = words.last else { return false }
    if relativeHeads.contains(last) { return true }
    guard words.count >= 2, determiners.contains(words[words.endIndex - 2]) else {
      return false
    }
    return Lexicon.classes(of: TopicWords.lemma(of: last)).contains(.noun)
  }

  /// Pronouns a clause can follow to say which is meant: "someone you know".
  private static let relativeHeads: Set<String> = [
    "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "something",
    "anything", "everything", "nothing", "nobody", "people",
  ]

  /// How it answers a second ask, whose measure a word is ("what do you mean by fair? like
  /// fair to who", "right by whose standards?"): its own, and that of those who see what it
  /// sees; nil when the question asks no such thing.
  var whoseAnswer: String? {
    Self.whoseAnswers.first { cue, _ in Self.says(cue, in: words) }?.answer
  }

  /// How a question asks whose measure a word is, and the persona's answer to each.
  private static let whoseAnswers: [(cue: PhrasePattern, answer: String)] = [
    (
      PhrasePattern("(to|for) (who|whom)"),
      "To me, for one, and to anyone who weighs it the way I do."
    ),
    (PhrasePattern("whose"), "Mine, for one, and anyone's who weighs it the way I do."),
    (
      PhrasePattern("(according to (who|whom)|who (decides|gets to (say|decide)))"),
      "Me, for one, and anyone who weighs it the way I do."
    ),
  ]

  /// Whether a line gives a motive for what they said ("you're saying that cos you …"): the
  /// saying and what is said put down to a cause.
  static func givesMotive(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    return words.indices.dropLast(2).contains { index in
      words[index] == "saying" && ["that", "this", "it", "so"].contains(words[index + 1])
        && ["because", "cos", "cuz", "coz", "since"].contains(words[index + 2])
    }
  }

  /// A push frame as typed words without apostrophes: "do n't you think" as "dont you think",
  /// "you 'd agree" as "you d agree".
  private static func framed(_ frame: String) -> String {
    withoutApostrophes(frame.replacingOccurrences(of: " n't", with: "nt"))
  }

  /// A word without its apostrophes, straight or curly.
  static func withoutApostrophes(_ word: String) -> String {
    word.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "\u{2019}", with: "")
  }

  /// Whether a word is an auxiliary or a modal, with "n't" or without its apostrophe ("dont").
  private static func isAuxiliary(_ word: String) -> Bool {
    let plain = withoutApostrophes(word)
    return FunctionWords.auxiliary(word) != nil
      || (plain.hasSuffix("nt") && FunctionWords.auxiliary(String(plain.dropLast(2))) != nil)
  }

  /// "You" with its verb in one word, without the apostrophe.
  private static let listenerWithVerb: Set<String> = ["youre", "youve"]

  /// Modals after "you" that push a view rather than put one on them: "you can see …".
  private static let pushingModals: Set<String> = [
    "can", "could", "must", "should", "would", "will", "might", "may", "'d", "'ll",
  ]

  /// Words between "you" and its verb: adverbs of degree and of time.
  private static let subjectFillers: Set<String> = [
    "basically", "essentially", "mainly", "mostly",
    "just", "only", "really", "actually", "clearly", "obviously", "simply", "still", "all",
    "so", "never", "always", "ever",
  ]

  /// A tag at the end of a leading question, as words: an auxiliary with "n't" and a pronoun
  /// ("isn't it", "isnt it", "don't you"); its length in words, or 0.
  static func tagLength(_ words: [Token]) -> Int {
    let lowered = words.suffix(3).map(\.lowercased)
    guard let pronoun = lowered.last, tagPronouns.contains(pronoun), lowered.count >= 2 else {
      return 0
    }
    let before = lowered[lowered.count - 2]
    if before == "n't", lowered.count == 3, isAuxiliary(lowered[0]) { return 3 }
    return withoutApostrophes(before).hasSuffix("nt") && isAuxiliary(before) ? 2 : 0
  }

  /// The pronouns a tag ends in.
  private static let tagPronouns: Set<String> = [
    "it", "they", "you", "he", "she", "we", "there", "that", "i",
  ]

  /// The claim a leading question pushes, as typed, without the frame that pushes it and the
  /// chat after it: "banks have failed people too" in "dont you think banks have failed people
  /// too tho?". Nil when it has no frame the persona knows, speaks of persons, or is too short
  /// or too long to say back.
  static func pushedClaim(in tokens: [Token]) -> String? {
    var words = tokens.filter(\.isWord)
    while let first = words.first,
      ["so", "but", "and", "ok", "okay", "well"].contains(
        first.lowercased)
    {
      words.removeFirst()
    }
    // "Don't" is one word as typed, with its apostrophe or without: frames are matched without.
    let typed = words.map { withoutApostrophes($0.lowercased) }.joined(separator: " ") + " "
    guard
      let frame = pushFrames.lazy.map(framed).first(where: { typed.hasPrefix($0 + " ") })
    else { return nil }
    var claim = Array(words.dropFirst(frame.split(separator: " ").count))
    while let last = claim.last, pushTails.contains(last.lowercased) { claim.removeLast() }
    claim.removeLast(tagLength(claim))
    guard (2...12).contains(claim.count),
      !claim.contains(where: { personWords.contains($0.lowercased) })
    else { return nil }
    return claim.joinedText
  }
}
