/// The words `TheirWords` reads a turn by: which later stages of the conversation they belong
/// to (how sure they are, what would change their mind, parting), and the word tables it uses.
extension TheirWords {
  // MARK: - Signals

  static func signals(in tokens: [Token], words: [String]) -> Set<ConversationStage> {
    var signals: Set<ConversationStage> = []
    let isFirstPerson = words.contains(where: firstPersonWords.contains)
    let saysCertainty = isFirstPerson && words.contains(where: certaintyWords.contains)
    let isShortAnswer = words.count <= 3 && words.contains(where: certaintyAdverbs.contains)
    // A percentage in a story ("the pension was cut 18 percent") says nothing of how sure
    // they are: only one said with a word of certainty or in a short answer does.
    // "like 90 percent. could take ten years though": said first, a percentage answers it.
    let spoken = tokens.filter { $0.isWord || $0.kind == .number }
    // "inflation was 7 percent", "6 percent inflation": a measure of what they tell.
    let percentageAt = spoken.indices.first { index in
      let token = spoken[index]
      if token.kind == .number, token.text.hasSuffix("%") {
        return !measuresSomething(at: index, in: spoken)
      }
      return token.lowercased == "percent" && index > 0
        && !measuresSomething(at: index - 1, in: spoken)
    }
    // "65% of judges went private": a share of something counted, never how sure they are.
    let isAShare =
      percentageAt.map { index in
        spoken.dropFirst(index + 1).first?.lowercased == "of"
      } ?? false
    let hasPercentage =
      percentageAt.map { index in
        index <= leadingPercentageLimit || words.count <= shortAnswerWordLimit
          || words.contains(where: certaintyWords.contains)
      } ?? false
    let saysHowSureInPercent = hasPercentage && !(isAShare && !saysCertainty)
    // A number and nothing that claims anything answers "how sure, from 0 to 100?".
    let isRating = hasARatingNumber(tokens) && isRemark(words, hasNumber: true)
    if saysCertainty || isShortAnswer || saysHowSureInPercent || isRating || outOf(tokens) != nil
      || leadingRatingTokens(tokens) != nil
    {
      signals.insert(.confidence)
    }

    var isAboutBeingWrong = words.contains(where: ["reconsider", "rethink", "unless"].contains)
    // "If it crashed, I'd sell": what they would do if things went otherwise. "i'll book two
    // lessons, and if they go ok i'll do a block": a plan named before its condition takes
    // its next step, and says nothing of being wrong.
    if let condition = words.firstIndex(of: "if"), hasFirstPersonWould(words),
      !Self.namesAPlan(words[..<condition]) || hasFirstPersonConditional(words)
    {
      isAboutBeingWrong = true
    }
    // "i guess if they actually asked parents first": a condition said alone names what would
    // change their mind.
    // "if they'd only show you the books? which they won't": a condition asked, then
    // answered, is a rhetorical question, never what would change their mind.
    if let condition = words.firstIndex(where: ["if", "unless"].contains),
      words[..<condition].allSatisfy(PartnerCues.beforeACondition.contains),
      !opensAConsequence(tokens.filter(\.isWord).dropFirst(condition + 1)),
      !tokens.contains(where: { $0.text == "," }), !asksThenGoesOn(tokens)
    {
      isAboutBeingWrong = true
    }
    for (index, word) in words.enumerated() {
      let before = words[max(0, index - 2)..<index]
      if word == "mind", before.contains(where: changeWords.contains) { isAboutBeingWrong = true }
      if word == "again", before.last == "think" { isAboutBeingWrong = true }
      // "I'm wrong", "I could be wrong", "prove me wrong"; not "both sides are wrong".
      if word == "wrong", words[max(0, index - 3)..<index].contains(where: ["i", "me"].contains) {
        isAboutBeingWrong = true
      }
      if ["convince", "persuade", "show"].contains(word), words.dropFirst(index + 1).first == "me" {
        isAboutBeingWrong = true
      }
    }
    if PartnerCueMatcher.wouldChangeMind.matches(tokens.filter(\.isWord)) {
      isAboutBeingWrong = true
    }
    if isAboutBeingWrong { signals.insert(.falsifiability) }
    // "Thanks to crypto, …" gives a cause, not thanks; "exactly. thank you" thanks them for
    // being understood, and goes on.
    // "I don't need a club thank you very much": thanks that cap a refusal rebuff, never thank;
    // "nobody ever says thank you" tells of thanks, never says them.
    // "no thanks", "fine, thank you very much": a decline or a curt word is no goodbye; nor is
    // "thank you, but I still think …": politeness before they go on; nor thanks with more told
    // after them or said wryly ("wow. thanks mum. really helpful"): no leave is taken.
    let isWry = PartnerCueMatcher.wryThanks.matches(tokens.filter(\.isWord))
    let thanks =
      !isWry
      && words.indices.contains { index in
        closingWords.contains(words[index]) && words.dropFirst(index + 1).first != "to"
          && !(index > 0 && AnswerCues.agreements.contains(words[index - 1]))
          && !isRebuff(words, thanksAt: index) && !isToldOf(words, thanksAt: index)
          && !thanksForNoTalk(words.dropFirst(index + 1))
          && !thanksForRestraint(words.dropFirst(index + 1))
          && !declines(words, thanksAt: index) && !goesOnAfterThanks(words, thanksAt: index)
          && !capsAClaim(tokens.filter(\.isWord), thanksAt: index)
          && !tellsMoreAfterThanks(tokens, thanksAt: index)
      }
    if thanks || isLeaving(words) {
      signals.insert(.close)
    }
    return signals
  }

  /// How sure, from 0 to 100, the last number they gave says: "90 percent" → 90; a bare number
  /// up to 10 rates out of 10 ("9, I guess" → 90). "I put like 40k into it" names an amount,
  /// not how sure they are: nil. "90 percent know, the other 10 percent …": a number for the
  /// rest is what is left of the rating, never the rating.
  static func rating(in tokens: [Token], words: [String]) -> Int? {
    let spoken = tokens.filter { $0.isWord || $0.kind == .number }
    guard
      let number = spoken.indices.last(where: { index in
        let token = spoken[index]
        let before = spoken[..<index].last(where: \.isWord)?.lowercased
        return token.kind == .number && token.text.allSatisfy { $0.isNumber || $0 == "%" }
          && !remainderWords.contains(before ?? "") && !measuresSomething(at: index, in: spoken)
      }).map({ spoken[$0] }),
      let value = Int(number.text.filter(\.isNumber)), (0...100).contains(value)
    else { return nil }
    let isPercent = number.text.hasSuffix("%") || words.contains("percent")
    return value <= 10 && value > 0 && !isPercent ? value * 10 : value
  }

  /// Whether, after a condition, a "then" opens a clause of its own, with its subject and verb:
  /// "if he misses it then the next one is months away" says what they expect. A "then" with
  /// no clause ("if the study held up then sure") leaves the condition what would change their
  /// mind.
  static func opensAConsequence(_ words: ArraySlice<Token>) -> Bool {
    words.indices.contains { index in
      guard PartnerCues.openingAConsequence.contains(words[index].lowercased),
        let clause = ClauseParser.parse(Array(words[(index + 1)...]))
      else { return false }
      return clause.lead.isEmpty && clause.subject.contains(where: \.isWord)
    }
  }

  /// Whether a question mark ends a sentence that more words of theirs follow.
  static func asksThenGoesOn(_ tokens: [Token]) -> Bool {
    guard let mark = tokens.firstIndex(where: \.hasQuestionMark) else { return false }
    return tokens[(mark + 1)...].contains(where: \.isWord)
  }

  /// Words before a number that make it the rest of a whole: "the other 10 percent".
  static let remainderWords: Set<String> = ["other", "remaining", "rest", "leftover"]

  /// How sure, from 0 to 100, a rating "out of" a scale says: "8 out of 10" → 80; nil for none.
  static func outOf(_ tokens: [Token]) -> Int? {
    let words = tokens.filter { $0.isWord || $0.kind == .number }
    guard
      let index = words.indices.dropFirst().first(where: { index in
        words[index].lowercased == "out" && index + 2 < words.count
          && words[index + 1].lowercased == "of" && words[index - 1].kind == .number
      }),
      let value = Int(words[index - 1].text), let scale = Int(words[index + 2].text),
      [5, 10, 100].contains(scale), (0...scale).contains(value)
    else { return nil }
    return value * 100 / scale
  }

  /// How far into an answer of any length a percentage may come to say how sure they are:
  /// "like 90 percent. could take ten years though".
  static let leadingPercentageLimit = 3

  /// The most words an answer may have for a percentage in it to say how sure they are.
  static let shortAnswerWordLimit = 6

  /// Whether the words say what the speaker would do: "I'd", "I would", "I'll", "I will".
  static func hasFirstPersonWould(_ words: [String]) -> Bool {
    hasFirstPerson(words, before: ["'d", "would", "'ll", "will"])
  }

  /// Whether the words say what the speaker would do if things were otherwise: "I'd", "I
  /// would".
  static func hasFirstPersonConditional(_ words: [String]) -> Bool {
    hasFirstPerson(words, before: ["'d", "would"])
  }

  /// Whether "i" comes right before one of some modals.
  private static func hasFirstPerson(_ words: [String], before modals: Set<String>) -> Bool {
    words.indices.dropLast().contains { words[$0] == "i" && modals.contains(words[$0 + 1]) }
  }

  /// Whether the words name a plan of the speaker's: "I'll book …", "I'm gonna …", and "ill"
  /// typed for "I'll" before a verb ("ill ring him"), never "ill health".
  static func namesAPlan(_ words: ArraySlice<String>) -> Bool {
    PartnerCueMatcher.plan.matches(lowercased: Array(words))
      || words.indices.dropLast().contains { index in
        words[index] == "i" && ["'ll", "will"].contains(words[index + 1])
          || words[index] == "ill" && isOnlyAVerb(words[index + 1])
      }
  }

  /// Whether a word can only be a lexical verb's bare form: "ring", "do"; not "health",
  /// "rang", nor "be" ("ill be stuck in" tells what is coming, no plan).
  private static func isOnlyAVerb(_ word: String) -> Bool {
    let readings = Lexicon.verbReadings(of: word)
    return !readings.isEmpty && readings.allSatisfy { $0.form == .base }
      && !FunctionWords.isFunctionWord(word) && !statesOfBeing.contains(word)
  }

  /// Verbs that say what will be, not what they will do: "ill be stuck", "ill have nobody".
  private static let statesOfBeing: Set<String> = ["be", "have", "need"]

  /// Whether the words take leave (`LeaveTakingCues`, and winding the talk down): "good
  /// talk", "talk soon", "I have to go", "wife's calling".
  static func isLeaving(_ words: [String]) -> Bool {
    PartnerCueMatcher.leaving.matches(lowercased: words)
  }

  /// Whether they close the topic and offer or suggest something else in a few words: a word
  /// that closes a topic ("anyway", "right"), then at most `offerWordLimit` words with no verb
  /// and no question word, asked: "anyway, pint?", "right, cuppa?", "ok, dessert anyone?".
  /// The talk is over: it winds down, never a pause to wait out.
  static func movesOnWithAnOffer(_ typed: [Token]) -> Bool {
    let words = typed.filter(\.isWord)
    guard typed.last?.text == "?", let first = words.first,
      PartnerCues.topicClosers.contains(first.lowercased)
    else { return false }
    // "right then, chips?": "then" goes with the word that closes the topic.
    let offer = Array(words.dropFirst().drop { $0.lowercased == "then" })
    return (1...offerWordLimit).contains(offer.count)
      && ClauseParser.finiteVerbIndex(in: offer) == nil
      && !offer.contains { FunctionWords.questionWords.contains($0.lowercased) }
      // "ok, and?", "right, so?": a challenge to go on, with nothing offered.
      && offer.contains { !FunctionWords.isFunctionWord($0.lowercased) }
  }

  /// The most words an offer that closes the talk has.
  static let offerWordLimit = 3

  /// Whether every word that carries meaning is one of certainty, doubt or being wrong, so the
  /// text remarks on how sure they are and claims nothing. A number with no such words is a
  /// rating ("80.", "I'd say 80%"): a remark too.
  static func isRemark(_ words: [String], hasNumber: Bool) -> Bool {
    let meaningful = words.filter { word in
      !FunctionWords.isFunctionWord(word) && !Self.fillerWords.contains(word)
        && !word.first!.isNumber
    }
    return (!meaningful.isEmpty || hasNumber) && meaningful.allSatisfy(remarkWords.contains)
  }

  // MARK: - Words

  static let firstPersonWords = FunctionWords.speakerWords

  /// The speaker and the listener, who report no one else's view.
  static let speakerAndListener: Set<String> = [
    "i", "me", "we", "us", "you", "u", "it", "this", "that",
  ]

  /// Words between "you" and the verb of a remark about the listener: "you just don't get it".
  static let listenerAdverbs: Set<String> = [
    "just", "really", "never", "always", "don't", "dont", "do", "not", "even", "simply",
    "won't", "wont", "didn't", "didnt", "still",
  ]

  /// Verbs of understanding and listening, said of the listener.
  static let listenerVerbs: Set<String> = [
    "get", "understand", "listen", "know", "care", "hear", "see", "remember", "respect",
  ]

  /// Verbs that point at something as evidence, and how many words they take: "look at",
  /// "think about", "remember".
  static let pointingVerbs: [String: Int] = [
    "look": 2, "think": 2, "consider": 1, "remember": 1, "imagine": 1,
  ]

  /// Verbs that report what someone says or thinks.
  static let reportingVerbs: Set<String> = [
    "says", "said", "say", "saying", "thinks", "think", "thought", "believes", "believe",
    "claims", "claim", "claimed", "reckons", "reckon", "argues", "argue", "argued", "insists",
    "insist", "insisted", "tells", "told", "swears", "swore",
  ]

  /// Laughter and the like, which a fragment is quoted without.
  static let interjections: Set<String> = [
    "lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hehe", "jk", "xd", "omg", "ugh", "argh",
    "sigh", "meh", "welp", "jeez",
  ]

  /// Words of certainty or doubt, which say how sure the speaker is when said of themselves.
  static let certaintyWords: Set<String> = [
    "sure", "certain", "confident", "convinced", "positive", "doubt", "doubts", "unsure",
    "uncertain", "undecided", "torn",
  ]

  /// Adverbs that answer "how sure are you?" on their own: "Absolutely.", "Probably not."
  static let certaintyAdverbs: Set<String> = [
    "definitely", "absolutely", "certainly", "probably", "maybe", "perhaps", "possibly",
    "totally", "completely", "surely", "undoubtedly",
  ]

  /// Words that place what is told in the past: "last year", "two years ago".
  static let pastTimeWords: Set<String> = TimeWords.past.union(["once", "then"])

  static let changeWords: Set<String> = ["change", "changed", "changes", "changing"]

  /// Words that cite evidence or experience as a reason.
  static let evidenceWords: Set<String> = [
    "evidence", "study", "studies", "research", "data", "statistics", "stats", "survey",
    "surveys", "report", "reports", "article", "articles", "news", "example", "instance",
    "proof", "experience", "saw", "seen", "heard", "watched", "documentary",
  ]

  /// Words that thank or take leave: every word of thanks ("ta", "cheers", "thx") and "bye".
  static let closingWords: Set<String> = AnswerCues.thanksWords.union(["bye", "goodbye"])

  /// Words a remark about certainty is made of, besides function words.
  static let remarkWords: Set<String> = certaintyWords.union(certaintyAdverbs).union([
    "wrong", "right", "mind", "change", "changed", "know", "idea", "percent", "not", "out",
  ])

  /// Words that add nothing to what is claimed.
  static let fillerWords: Set<String> = [
    "well", "so", "yes", "yeah", "yep", "no", "nope", "ok", "okay", "oh", "um", "uh", "pretty",
    "very", "really", "quite", "fairly", "just", "too", "kind", "sort", "honestly", "think",
    "guess", "feel", "say", "suppose", "mean", "actually", "fully", "hundred", "like", "around",
    "ha", "haha", "hmm", "hm", "erm", "idk", "dunno", "lol", "tbh", "ngl", "imo", "literally",
    "totally", "seriously",
  ]
}
