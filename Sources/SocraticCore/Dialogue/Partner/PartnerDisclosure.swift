/// What they told of their own life, read from `PartnerCues.lowMood`, `PartnerCues.hardship`,
/// `PartnerCues.lonelyHours`, `PartnerCues.stingingWords` and `AnswerCues.deathsTold`:
/// low mood, a loss, growing old, a sting from what someone said of them, or a hardship lived now or gone through (never one told fondly,
/// `PartnerCues.fondness`). It is heard as a disclosure, never as a
/// belief: the claim being discussed stays, no reason in it is checked, and the questions ask
/// about the person and the feeling ("What was that like?", "How are you now?").
enum PartnerDisclosure: Sendable, Equatable {
  /// Someone close has died: "he passed two winters ago", "we lost my nan". The pronoun they
  /// used for them or that their word for them gives ("he", "she"), and who they were to the
  /// person, as the listener says it ("your nan"), if they named it; and whether the listener
  /// knew them too ("your mum", "our dad"), so is not asked what they were like.
  case loss(pronoun: String?, relation: String?, isKnownToListener: Bool)
  /// Something hard they went through, told in the past: "I wasn't coping after the move".
  case pastHardship
  /// Something hard they live with now: "I can't sleep for worrying about it".
  case hardship
  /// Growing old felt, and the years counted (`PartnerCues.growingOld`): "I'm not a spring
  /// chicken. you start counting".
  case ageing
  /// Hurt by what someone said of them (`PartnerCues.stingingWords`): "my brother called me a
  /// freeloader at the wedding".
  case stung
  /// Low mood, or words that may carry a risk (`PartnerCues.lowMood`): "no reason to get up
  /// some days", "what's the point". Before anything else they tell: how they are is asked
  /// gently, and nothing of it is weighed as a reason.
  case lowMood

  /// What a turn discloses, if it discloses anything: a loss before a hardship; a hardship
  /// only when someone is named in it.
  /// - Parameter words: the turn's words, shorthand expanded, clitics apart.
  static func read(_ words: [Token]) -> PartnerDisclosure? {
    let lowered = words.map(\.lowercased)
    if PartnerCueMatcher.lowMood.matches(words) { return .lowMood }
    if PartnerCueMatcher.growingOld.matches(words) { return .ageing }
    let told = PartnerCueMatcher.loss.spans(in: words) + mourningTold(in: words, lowered)
    if !told.isEmpty {
      // "my aunt's been a widow ten years": the one named is the one left, not the one who
      // died, who is asked about as "them".
      let leftBehind = told.allSatisfy { $0.contains { survivorWords.contains(lowered[$0]) } }
      if leftBehind, deceased(in: lowered, told: told) == nil {
        return .loss(pronoun: nil, relation: nil, isKnownToListener: false)
      }
      let said = lowered.first { ["he", "she", "him", "her"].contains($0) }
      // "we lost grandad at christmas": a family's own name, said bare, names them as "our"
      // does.
      let named = lowered.indices.first { index in
        let before = index > 0 ? lowered[index - 1] : ""
        return KinWords.isKin(lowered[index]) && possessives.contains(before)
          || KinWords.familyTitles.contains(lowered[index])
            && !FunctionWords.determiners.union(FunctionWords.possessives).contains(before)
      }
      // "since dad went the car is it for her": the pronoun is the one who died, not whoever
      // else the turn names.
      let pronoun =
        deceased(in: lowered, told: told)
        ?? named.flatMap { KinWords.pronoun(of: lowered[$0]) }
        ?? said.map { ["him", "he"].contains($0) ? "he" : "she" }
      let owner = named.map { $0 > 0 ? lowered[$0 - 1] : "" }
      let relation = named.flatMap { owner == "my" ? "your " + kinChain(in: words, from: $0) : nil }
      // "our nan" the listener knew; "nan" said bare may be theirs alone.
      let isKnown = owner.map { possessives.contains($0) && $0 != "my" && $0 != "me" } ?? false
      return .loss(pronoun: pronoun, relation: relation, isKnownToListener: isKnown)
    }
    // "she said I'd never stick at anything": a sting told of themselves.
    if PartnerCueMatcher.stingingWords.matches(words) { return .stung }
    // "the weekends drag": loneliness told is theirs, with no one named.
    if PartnerCueMatcher.lonelyHours.matches(words) { return .hardship }
    // "she cried her eyes out, it was marvellous": a fond memory, no hardship.
    guard PartnerCueMatcher.hardship.matches(words) || PartnerCueMatcher.jobLost.matches(words),
      !PartnerCueMatcher.fondness.matches(words),
      lowered.contains(where: PartnerCues.disclosureAnchors.contains)
    else { return nil }
    return lowered.contains(where: pastWords.contains) || pastTimes.matches(words)
      ? .pastHardship : .hardship
  }

  /// Where words of mourning tell a loss: whenever they say whose it is
  /// (`PartnerCues.someonesMourning`, a name's), however lightly; when they name no one
  /// (`PartnerCues.lossWords`), only when the turn names someone or tells how it went
  /// ("the memorial went well"), laughs at none of it, and likens nothing to a death
  /// (`PartnerCues.lossFigures`).
  private static func mourningTold(in words: [Token], _ lowered: [String]) -> [Range<Int>] {
    let owned =
      PartnerCueMatcher.someonesMourning.spans(in: words)
      + PartnerCueMatcher.namedMourning.spans(in: words).filter { isName(words[$0.lowerBound]) }
    if !owned.isEmpty { return owned }
    let figures = PartnerCueMatcher.lossFigures.spans(in: words)
    // "the memorial went well": a mourning told as gone through names a loss of its own.
    let livedThrough = PartnerCueMatcher.goodNews.matches(words)
    guard livedThrough || lowered.contains(where: PartnerCues.disclosureAnchors.contains),
      !lowered.contains(where: PartnerCues.laughter.contains)
    else { return [] }
    return PartnerCueMatcher.lossWords.spans(in: words).filter { told in
      !figures.contains { $0.overlaps(told) }
    }
  }

  /// Whether a word is someone's name: unknown to the lexicon but as a name ("kev"), or
  /// capitalised ("Jean").
  private static func isName(_ token: Token) -> Bool {
    Vocative.isUnknownName(token.lowercased)
      || token.text.first?.isUppercase == true && !FunctionWords.isFunctionWord(token.lowercased)
  }

  /// The object pronoun for the one who died: "them" when it is not known.
  static func object(of pronoun: String?) -> String {
    pronoun.map { $0 == "he" ? "him" : "her" } ?? "them"
  }

  /// The pronoun of whoever a death word is told of, read just before it ("since dad went",
  /// "she'd just passed", "his funeral"), if they are a pronoun or someone close. The death
  /// word is one in a phrase of the loss table that the turn matched: in "she went quiet when
  /// my dad died" it is "died", never "went"; a word that only tells a death with a time after
  /// it ("went", "gone") is read when the turn's loss phrases hold no plainer one.
  private static func deceased(in lowered: [String], told spans: [Range<Int>]) -> String? {
    let told = spans.flatMap { Array($0) }.sorted()
    guard
      let death = told.first(where: { plainDeathWords.contains(lowered[$0]) })
        ?? told.first(where: { leavingDeathWords.contains(lowered[$0]) })
    else { return nil }
    guard let subject = lowered[..<death].reversed().first(where: { !linkingWords.contains($0) })
    else { return nil }
    // "the funeral music for mum", "mums funeral": whose it is may follow, or be typed with its
    // "s" on.
    return deceasedPronouns[subject] ?? kinPronoun(of: subject)
      ?? told.lazy.compactMap { kinPronoun(of: lowered[$0]) }.first
  }

  /// The family word at an index with the family words it owns after it: "wife's father" in
  /// "my wife's father died", whose loss is the father's, never the wife's.
  private static func kinChain(in words: [Token], from start: Int) -> String {
    var chain = words[start].text
    var next = start + 1
    while next + 1 < words.count, words[next].lowercased == "'s",
      KinWords.isKin(words[next + 1].lowercased)
    {
      chain += "'s " + words[next + 1].text
      next += 2
    }
    return chain
  }

  /// The pronoun a family word gives, read through the "s" of whose typed on ("mums").
  private static func kinPronoun(of word: String) -> String? {
    KinWords.pronoun(of: word)
      ?? (word.hasSuffix("s") ? KinWords.pronoun(of: String(word.dropLast())) : nil)
  }

  /// Words of the loss table (`AnswerCues.deathsTold`) that name a death, whose subject or owner
  /// comes right before them.
  private static let plainDeathWords: Set<String> = [
    "died", "passed", "funeral", "wake", "death", "dying", "passing",
  ]

  /// Words of the loss table that tell a death only in its phrase ("she went last spring",
  /// "he's gone"), being common in other senses ("she went quiet").
  private static let leavingDeathWords: Set<String> = ["went", "gone"]

  /// Words of the loss table that name the one left by a death: "a widow", "my widowed dad".
  private static let survivorWords: Set<String> = ["widow", "widower", "widowed"]

  /// Words between the one who died and the death word: "she 'd just passed", "he has gone".
  private static let linkingWords: Set<String> = [
    "had", "has", "'s", "'d", "is", "was", "just", "been", "have", "'ve", "only", "finally",
  ]

  /// A pronoun or possessive naming the one who died, as the pronoun they are spoken of by.
  private static let deceasedPronouns: [String: String] = [
    "he": "he", "him": "he", "his": "he", "she": "she", "her": "she",
  ]

  /// Words before someone close that say whose they are: "my nan", "our dad", "your mum".
  private static let possessives: Set<String> = ["my", "our", "your", "me"]

  /// Words that tell the hardship as gone through: "was", "felt", "couldn't".
  private static let pastWords: Set<String> = [
    "was", "were", "wasn't", "wasnt", "weren't", "couldn't", "couldnt", "had", "hadn't",
    "felt", "cried", "hid", "fell", "went", "used", "back", "then", "after", "those",
  ]

  /// A time that puts the hardship in the past, the words of `TimeWords.past` as phrases: "last
  /// year", "two weeks ago", "yesterday"; "for the last month" runs up to now, and "can't last
  /// another week" is the verb.
  private static let pastTimes = PartnerCueMatcher(
    [
      "last (year|month|week|weekend|night|time|christmas|easter|\(pastNames))",
      "_ ago", "yesterday",
    ], notSaidAfter: ["the", "this", "these", "my", "our", "his", "her", "their"])

  /// The days and seasons said after "last": "last tuesday", "last winter".
  private static let pastNames = TimeWords.weekdays.union(TimeWords.seasons).sorted()
    .joined(separator: "|")

  /// The questions that stay with what they told, of different kinds: the first ones fit
  /// best.
  var questions: [QuestionTemplate] {
    switch self {
    case .loss(let pronoun, let relation, let isKnown):
      let object = Self.object(of: pronoun)
      // "What was your nan like?": asked only of someone the listener may not have known.
      let subject = relation ?? pronoun ?? "they"
      let be = relation == nil && pronoun == nil ? "were" : "was"
      let likeness =
        isKnown
        ? nil : [QuestionTemplate(kind: .clarification, text: "What \(be) \(subject) like?")]
      return (likeness ?? []) + [
        QuestionTemplate(kind: .implications, text: "What do you miss most about \(object)?"),
        QuestionTemplate(kind: .meta, text: "How are you doing with it these days?"),
        QuestionTemplate(kind: .viewpoints, text: "Who do you have around you now?"),
      ]
    case .pastHardship:
      return [
        QuestionTemplate(kind: .clarification, text: "What was that like for you?"),
        QuestionTemplate(kind: .meta, text: "How are you now?"),
        QuestionTemplate(kind: .implications, text: "What helped you through it?"),
        QuestionTemplate(kind: .viewpoints, text: "Who knew what you were going through?"),
      ]
    case .ageing:
      return [
        QuestionTemplate(kind: .clarification, text: "What's been on your mind about it?"),
        QuestionTemplate(kind: .meta, text: "How are you feeling in yourself these days?"),
        QuestionTemplate(kind: .implications, text: "What would you want the years ahead to hold?"),
        QuestionTemplate(kind: .viewpoints, text: "Who do you have around you?"),
      ]
    case .stung:
      return [
        QuestionTemplate(kind: .clarification, text: "What was that like to hear?"),
        QuestionTemplate(kind: .meta, text: "How has it stayed with you since?"),
        QuestionTemplate(kind: .viewpoints, text: "What would you want them to understand?"),
        QuestionTemplate(kind: .implications, text: "What did you wish you'd said back?"),
      ]
    case .lowMood:
      return [
        QuestionTemplate(kind: .meta, text: "How have the days been for you lately?"),
        QuestionTemplate(kind: .viewpoints, text: "Who have you got around you just now?"),
        QuestionTemplate(kind: .clarification, text: "What's a day like for you at the moment?"),
        QuestionTemplate(
          kind: .implications, text: "What's one thing that would make tomorrow a bit easier?"),
      ]
    case .hardship:
      return [
        QuestionTemplate(kind: .clarification, text: "What's the hardest part of it for you?"),
        QuestionTemplate(kind: .meta, text: "How are you holding up?"),
        QuestionTemplate(kind: .implications, text: "What would help right now?"),
        QuestionTemplate(kind: .viewpoints, text: "Who else knows how it is for you?"),
      ]
    }
  }
}
