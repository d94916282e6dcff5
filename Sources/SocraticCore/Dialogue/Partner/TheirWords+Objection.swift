/// How they object to the listener, read from their words alone, so a resumed session reads
/// the same as the live one: the conversation stays where it is, and the next line repairs.
extension TheirWords {
  /// What they object to.
  enum Objection: Sendable, Equatable {
    /// The listener's manner: an imperative aimed at how they talk to them, "don't do that
    /// therapist voice on me", "stop interviewing me", "quit analysing me".
    case manner
    /// What the listener is taken to think of them: "you think I'm stupid", "you figure your
    /// old man doesn't get it".
    case attributedThought
    /// A charge at the listener or a correction: "whose side are you on", "don't twist it".
    case charge
    /// Hurt by the listener: "you make me feel thick", "that stung", or pride stung by help
    /// offered ("i'm not a charity case"). Met with an apology before anything else, and never
    /// with a goodbye.
    case hurt
    /// Told the listener was no help, wryly: "thanks for nothing", "wow. thanks mum. really
    /// helpful". Owned plainly, and the talk goes on: never a goodbye.
    case unhelped
  }

  /// The objection in what they said, if any: a hurt first, then the manner, then a thought
  /// attributed.
  /// - Parameter afterWeight: whether the listener's last offer was heavy, made to a turn that
  ///   opened up (a loss, a feeling): only then is "nobody died" or "not a tragedy" said of the
  ///   listener's weight, not of a story or a view ("closing it is not a tragedy, just a
  ///   shame").
  static func objection(in tokens: [Token], afterWeight: Bool = false) -> Objection? {
    // "you sound like my mother lol", "don't you dare be nice to me": teasing, no charge, hurt
    // or objection to the manner; a challenge put as a question still gets its plain no.
    let teases = isTeasing(tokens)
    let sentences = SentenceSplitter.sentences(in: tokens).map { $0.filter(\.isWord) }
    // "wow ok. no.": a sentence that is only a stung "wow ok" is hurt, said with a laugh or not;
    // "wow ok! great idea", a yes to what was offered, is surprise, delighted.
    // "wow. ok.": the stung words may be split by a stop of their own.
    let adjacentPairs = zip(sentences, sentences.dropFirst()).map { $0 + $1 }
    if (sentences + adjacentPairs).contains(where: {
      PartnerCues.stungAlone.contains(Self.joined($0))
    }),
      !acceptsAnOffer(tokens)
    {
      return .hurt
    }
    if !teases, sentences.contains(where: PartnerCueMatcher.hurt.matches),
      !putsItOnOthers(tokens.filter(\.isWord))
    {
      return .hurt
    }
    if !teases, sentences.contains(where: objectsToTheManner) { return .manner }
    if !teases, PartnerCueMatcher.wryThanks.matches(tokens.filter(\.isWord)),
      !PartnerCueMatcher.isWarm(tokens.filter(\.isWord))
    {
      return .unhelped
    }
    // "is this a survey lol": sounding scripted is owned, however lightly it is put.
    if sentences.contains(where: PartnerCueMatcher.scripted.matches) { return .manner }
    // "mate. nobody died", "it's a till not a bereavement lol": told the listener made it too
    // heavy, however lightly, the weight is owned and dropped.
    if afterWeight, sentences.contains(where: PartnerCueMatcher.overweighting.matches) {
      return .manner
    }
    if sentences.contains(where: attributesAThought) || denial(in: tokens) != nil {
      return .attributedThought
    }
    let words = tokens.filter(\.isWord)
    if teases { return nil }
    if PartnerCueMatcher.hostile.matches(words) || PartnerCueMatcher.correction.matches(words)
      || PartnerCueMatcher.chargeOfHabit.matches(words)
    {
      return .charge
    }
    return nil
  }

  /// A sentence's words, lowercased and joined by spaces, as `PartnerCues.stungAlone` holds
  /// them.
  static func joined(_ words: [Token]) -> String {
    words.map(\.lowercased).joined(separator: " ")
  }

  /// Whether a hurt they tell is done by someone else they name, not the listener: "my sister
  /// keeps sorting me out", "he talks to me like i'm glass", with no "you" in it. Theirs to be
  /// heard; the listener has nothing to say sorry for.
  static func putsItOnOthers(_ words: [Token]) -> Bool {
    !words.contains { listenerAsDoer.contains($0.lowercased) }
      && PartnerCueMatcher.othersDoingIt.matches(words)
  }

  /// The words that make the listener the one who did it.
  private static let listenerAsDoer: Set<String> = ["you", "u", "ya", "yous", "youse", "yall"]

  /// The objection in a line as typed.
  static func objection(in text: String, afterWeight: Bool = false) -> Objection? {
    objection(in: typedTokens(of: text), afterWeight: afterWeight)
  }

  /// "don't do that therapist voice on me", "stop analysing me": a clause that opens, after
  /// its fillers, by telling the listener to stop or not to do something, with a verb, aimed
  /// at the speaker ("me") or at "that" way of talking. "don't tell your mother" is no
  /// objection: it asks nothing of how the listener talks to them.
  private static func objectsToTheManner(_ words: [Token]) -> Bool {
    // "dont tell my sister i said that, she'd have me in therapy": kept between the two of
    // them, said wryly; nothing of how the listener talks to them.
    if PartnerCueMatcher.keepingItQuiet.matches(words)
      || PartnerCueMatcher.discretionAside.matches(words)
    {
      return false
    }
    let lowered = words.map(\.lowercased).drop { mannerLeadIns.contains($0) }
    guard let head = lowered.first else { return false }
    var rest = lowered.dropFirst()
    var tellsToStop = stoppingHeads.contains(head)
    if head == "do", rest.first == "not" {
      rest = rest.dropFirst()
      tellsToStop = true
    }
    guard tellsToStop, let verb = rest.first, !gazeVerbs.contains(verb),
      !drawingBackVerbs.contains(verb),
      verb.hasSuffix("ing") || !Lexicon.verbReadings(of: verb).isEmpty || Lexicon.isVerb(verb)
        || verbSuffixes.contains(where: verb.hasSuffix)
    else { return false }
    // "don't get me started on the mining", "don't make me laugh": "me" is the subject of a
    // verb after it, and what follows is about what they will say, not how they are spoken to.
    if let me = rest.firstIndex(of: "me"), let next = rest[(me + 1)...].first,
      isVerbForm(next)
    {
      return false
    }
    return rest.contains("me") || rest.dropFirst().first == "that"
  }

  /// Whether a word reads as a verb after "me": a participle or a bare verb the lexicon knows
  /// only as one.
  private static func isVerbForm(_ word: String) -> Bool {
    let readings = Lexicon.verbReadings(of: word)
    return readings.contains { $0.form == .pastParticiple || $0.form == .presentParticiple }
      || Lexicon.classes(of: word) == .verb
  }

  /// The answer to a challenge put as a question about what the listener thinks of them ("are
  /// you calling me a dinosaur?", "do you think I'm stupid?"): a plain no in the question's own
  /// auxiliary, "No, I'm not." Nil for anything else.
  static func denial(in tokens: [Token]) -> String? {
    for sentence in SentenceSplitter.sentences(in: tokens) {
      let words = sentence.filter(\.isWord).map(\.lowercased).drop { mannerLeadIns.contains($0) }
      guard let auxiliary = words.first, let answer = denials[auxiliary],
        words.dropFirst().first == "you"
      else { continue }
      // "did you just call me old?": an adverb may stand before the verb.
      let afterYou = words.dropFirst(2).drop {
        ["just", "really", "actually", "seriously"].contains($0)
      }
      guard let verb = afterYou.first, attributingVerbs.contains(verb) else { continue }
      let said = afterYou.dropFirst()
      if said.contains(where: ["i", "me", "my", "im", "i'm"].contains) { return answer }
    }
    return nil
  }

  /// "No" in the auxiliary a challenge asks with.
  private static let denials: [String: String] = [
    "are": "No, I'm not.", "were": "No, I wasn't.", "do": "No, I don't.", "did": "No, I didn't.",
  ]

  /// Verbs that say what the listener thinks or says of them: "calling", "saying", "think".
  private static let attributingVerbs: Set<String> = [
    "calling", "call", "saying", "say", "implying", "imply", "suggesting", "suggest",
    "accusing", "accuse", "telling", "think", "reckon", "believe", "mean",
  ]

  /// "you think I'm stupid", "you figure your old man doesn't get it": the listener as the
  /// subject of a verb of thinking, with the speaker in what is thought.
  private static func attributesAThought(_ words: [Token]) -> Bool {
    var lowered = words.map(\.lowercased).drop { mannerLeadIns.contains($0) }
    // "i feel like you think i'm overreacting", "i bet you reckon i'm paranoid".
    if let frame = suspicionFrames.first(where: { lowered.starts(with: $0) }) {
      lowered = lowered.dropFirst(frame.count)
    }
    guard lowered.first == "you" else { return false }
    let afterYou = lowered.dropFirst().drop { attributingAdverbs.contains($0) }
    guard let verb = afterYou.first, thinkingVerbs.contains(verb) else { return false }
    let thought = afterYou.dropFirst()
    return thought.contains { ["i", "me", "my"].contains($0) }
      || zip(thought, thought.dropFirst()).contains {
        $0 == "your" && kinOfTheListener.contains($1)
      }
  }

  /// Verbs of a look or a face: "don't look at me like that" teases, it is no hurt at how they
  /// are spoken to, and gets no apology.
  private static let gazeVerbs: Set<String> = [
    "look", "looking", "stare", "staring", "glare", "glaring", "smile", "smiling", "smirk",
    "smirking", "laugh", "laughing", "roll", "rolling",
  ]

  /// Verbs of "don't mind me", "don't worry about me": they draw back from what they said,
  /// and ask nothing of how the listener talks to them.
  private static let drawingBackVerbs: Set<String> = ["mind", "worry", "fuss"]

  /// Endings of verbs made from a noun that the lexicon may not know: "don't therapise me",
  /// "stop psychoanalysing me".
  private static let verbSuffixes = ["ise", "ize", "yse", "yze"]

  /// Words that open an imperative to stop: "don't", "stop", "quit".
  private static let stoppingHeads: Set<String> = ["dont", "don't", "stop", "quit", "never"]
  /// Words before a clause that are no part of it: "and don't …", "so you think …".
  private static let mannerLeadIns: Set<String> = [
    "and", "but", "so", "well", "look", "just", "please", "oh", "what", "like", "now", "hey",
  ]
  /// How they frame a thought they put on the listener: "i feel like you think …", "i bet you
  /// reckon …".
  private static let suspicionFrames: [[String]] = [
    ["i", "feel", "like"], ["feels", "like"], ["i", "bet"], ["bet"], ["i", "know"],
    ["i", "can", "tell"], ["i", "get", "the", "feeling"], ["i", "reckon"], ["i", "guess"],
  ]
  /// Words between "you" and the verb of a thought put on the listener: "you must think".
  private static let attributingAdverbs: Set<String> = [
    "must", "obviously", "clearly", "secretly", "all", "still", "just",
  ]
  /// Verbs of thinking with the listener as subject.
  private static let thinkingVerbs: Set<String> = [
    "think", "reckon", "figure", "believe", "assume", "suppose", "feel",
  ]
  /// How a parent or elder speaks of themselves to the listener: "your old man".
  private static let kinOfTheListener: Set<String> = [
    "old", "dad", "father", "mom", "mother", "mum", "grandma", "grandpa", "uncle", "aunt",
  ]
}
