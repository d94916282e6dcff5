/// One table of `PartnerCues`, compiled once and matched anywhere in a turn's words.
struct PartnerCueMatcher: Sendable {
  /// The table filed under the words its phrases can start with: a turn's words are matched
  /// against the few that can start at each, never against the whole table.
  private let table: IndexedPatterns
  /// Words after which a phrase is not what is happening: described ("they know when you put
  /// the kettle on" sends nobody to the kettle) or denied ("I'm not crying"). Empty for most
  /// tables.
  private let notSaidAfter: Set<String>
  /// A word class after which, too, a phrase is not what is happening: `.negation` for a
  /// denied one ("I'm not crying", "she never passed").
  private let deniedBy: WordClass?

  init(_ table: [String], notSaidAfter: Set<String> = [], deniedBy: WordClass? = nil) {
    self.table = IndexedPatterns(table.map(PhrasePattern.init))
    self.notSaidAfter = notSaidAfter
    self.deniedBy = deniedBy
  }

  /// Whether a word before a phrase says it is not happening.
  private func undoes(_ word: String) -> Bool {
    notSaidAfter.contains(word) || deniedBy?.contains(word) == true
  }

  /// Whether a phrase starting at a word is said as happening: no word `undoes` comes right
  /// before it, or before its subject ("when you put the kettle on").
  private func isSaid(at start: Int, word: (Int) -> String) -> Bool {
    guard !notSaidAfter.isEmpty || deniedBy != nil, start > 0 else { return true }
    let before = word(start - 1)
    if undoes(before) { return false }
    // "a self checkout, not a bereavement": a denial reaches over the article of what it denies.
    if let deniedBy, start > 1, FunctionWords.articles.contains(before),
      deniedBy.contains(word(start - 2))
    {
      return false
    }
    // "they should have sacked him", "she wouldn't have cried": a wish or a denial reaches
    // over its subject or the helper of a perfect.
    return !(start > 1 && Self.reachedOver.contains(before) && undoes(word(start - 2)))
  }

  /// Words a word that `undoes` a phrase reaches over: the phrase's subject, "have" between
  /// a modal and its verb, whom a report was told to ("told me you look well"), or a verb of
  /// thinking ("i dont think thats true").
  private static let reachedOver = PartnerCues.clauseSubjects.union([
    "have", "'ve", "of", "me", "us", "think", "reckon",
  ])

  /// Words before a phrase that make it a wish, not what happened: "he should get sacked",
  /// "they should have fired him".
  static let wishWords: Set<String> = [
    "should", "shoulda", "could", "would", "might", "must", "ought", "deserves", "deserve",
  ]

  /// Where each phrase of the table said in the words lies, the longest match at each start.
  func spans(in words: [Token]) -> [Range<Int>] {
    let input = Self.input(words)
    return words.indices.compactMap { start in
      guard isSaid(at: start, word: { words[$0].lowercased }) else { return nil }
      let ends = candidates(startingWith: words[start].lowercased).flatMap {
        $0.matchEnds(in: input, from: start)
      }
      return ends.max().map { start..<$0 }
    }
  }

  /// The patterns a match of which can start with a word.
  private func candidates(startingWith word: String) -> [PhrasePattern] {
    table.candidates(startingWith: word).map { table.patterns[$0] }
  }

  /// Whether a pattern that can start with a word satisfies the test.
  private func contains(startingWith word: String, where test: (PhrasePattern) -> Bool) -> Bool {
    table.containsCandidate(startingWith: word) { test(table.patterns[$0]) }
  }

  /// Whether a phrase of the table can start with a word: when not, no match starts there.
  func mayStart(with word: String) -> Bool {
    table.hasCandidate(startingWith: word)
  }

  /// Where a phrase of the table that starts the tokens ends, the longest match; nil for none.
  func matchEnd(atStartOf tokens: [Token]) -> Int? {
    guard let first = tokens.first else { return nil }
    let input = Self.input(tokens)
    return candidates(startingWith: first.lowercased)
      .compactMap { $0.matchEnds(in: input, from: 0).max() }.max()
  }

  /// The tokens as every pattern's input, built once for all of them: tagged only when a
  /// pattern first tests a part of speech.
  private static func input(_ tokens: [Token]) -> TokenPatternTokens {
    TokenPatternTokens(tokens, tagged: true)
  }

  /// Where a phrase of the table that ends the tokens starts; nil for none.
  func matchStart(atEndOf tokens: [Token]) -> Int? {
    let input = Self.input(tokens)
    return tokens.indices.dropFirst().first { start in
      contains(startingWith: tokens[start].lowercased) { pattern in
        pattern.matchEnds(in: input, from: start).contains(tokens.count)
      }
    }
  }

  /// Whether any of the table's phrases occurs in lowercased words; a phrase that tests a
  /// part of speech never matches them.
  func matches(lowercased words: [String]) -> Bool {
    let input = TokenPatternWords(words)
    return words.indices.contains { start in
      contains(startingWith: words[start]) { $0.matches(input, at: start) }
        && isSaid(at: start) { words[$0] }
    }
  }

  /// Whether any of the table's phrases occurs in the words (word tokens only).
  func matches(_ words: [Token]) -> Bool {
    let input = Self.input(words)
    return words.indices.contains { start in
      contains(startingWith: words[start].lowercased) { $0.matches(input, at: start) }
        && isSaid(at: start) { words[$0].lowercased }
    }
  }

  static let hostile = PartnerCueMatcher(PartnerCues.hostile)
  /// An aside that excuses or softens what is said next (`SpokenAside`), with its "but".
  static let spokenAside = PartnerCueMatcher(SpokenAside.phrases.map { "(\($0)) (but)?" })
  static let digAtStanding = PartnerCueMatcher(PartnerCues.digsAtStanding)
  static let blockage = PartnerCueMatcher(PartnerCues.blockage)
  /// Taking leave as every mode reads it, winding the talk down, and saying goodbye.
  static let leaving = PartnerCueMatcher(
    LeaveTakingCues.phrases + PartnerCues.windingDown + PartnerCues.closingTheQuestion
      + PartnerCues.farewells, notSaidAfter: PartnerCues.describingConjunctions)
  static let closingTheQuestion = PartnerCueMatcher(PartnerCues.closingTheQuestion)
  /// What may follow thanks and still take leave: a leave-taking or a goodbye, a plan to meet,
  /// a word on how the talk went.
  static let leaveWithThanks = PartnerCueMatcher(
    LeaveTakingCues.phrases + PartnerCues.farewells + PartnerCues.meetingUp
      + PartnerCues.talkVerdicts)
  static let unheard = PartnerCueMatcher(PartnerCues.unheard)
  static let asksForAnExample = PartnerCueMatcher(PartnerCues.asksForAnExample)
  static let correction = PartnerCueMatcher(PartnerCues.correction)
  static let reportFrame = PartnerCueMatcher(PartnerCues.reportFrame)
  static let framedBelief = PartnerCueMatcher(PartnerCues.framedBelief)
  static let framedDoubt = PartnerCueMatcher(PartnerCues.framedDoubt)
  static let wouldChangeMind = PartnerCueMatcher(PartnerCues.wouldChangeMind)
  static let invitation = PartnerCueMatcher(PartnerCues.invitation)
  static let openingUp = PartnerCueMatcher(PartnerCues.openingUp)
  static let heard = PartnerCueMatcher(PartnerCues.heard)
  static let aside = PartnerCueMatcher(PartnerCues.aside)
  static let qualifying = PartnerCueMatcher(PartnerCues.qualifying)
  static let reaction = PartnerCueMatcher(PartnerCues.reaction)
  static let worryAsked = PartnerCueMatcher(["what i (actually|really|most)? (worry|fear) about"])
  static let request = PartnerCueMatcher(PartnerCues.request)
  static let atHand = PartnerCueMatcher(
    PartnerCues.atHand, notSaidAfter: PartnerCues.notAtHandAfter)
  static let offering = PartnerCueMatcher(PartnerCues.offering)
  static let offeringBare = PartnerCueMatcher(PartnerCues.offeringBare)
  static let meetingUp = PartnerCueMatcher(PartnerCues.meetingUp)
  static let brushingOff = PartnerCueMatcher(PartnerCues.brushingOff)
  static let askingAboutTheTopic = PartnerCueMatcher(PartnerCues.askingAboutTheTopic)
  static let hurt = PartnerCueMatcher(PartnerCues.hurt + PartnerCues.pride)
  static let wryThanks = PartnerCueMatcher(PartnerCues.wryThanks)
  static let scripted = PartnerCueMatcher(PartnerCues.scripted)
  static let overweighting = PartnerCueMatcher(
    PartnerCues.overweighting, notSaidAfter: PartnerCues.reliefBefore)
  static let notThePoint = PartnerCueMatcher(PartnerCues.notThePoint)
  static let wondering = PartnerCueMatcher(PartnerCues.wondering)
  static let plan = PartnerCueMatcher(PartnerCues.plans)
  static let weighedPlan = PartnerCueMatcher(PartnerCues.weighedPlans)
  static let laughingItOff = PartnerCueMatcher(PartnerCues.laughingItOff)
  static let sayingItIsPlain = PartnerCueMatcher(PartnerCues.sayingItIsPlain)
  static let stayingOnTopic = PartnerCueMatcher(PartnerCues.stayingOnTopic)
  static let keepingItLight = PartnerCueMatcher(PartnerCues.keepingItLight)
  static let askingToBeHeard = PartnerCueMatcher(PartnerCues.askingToBeHeard)
  static let backingOffLightly = PartnerCueMatcher(PartnerCues.backingOffLightly)
  static let closingTheMatter = PartnerCueMatcher(PartnerCues.closingTheMatter)
  static let othersDoingIt = PartnerCueMatcher(PartnerCues.othersDoingIt)
  static let brushOff = PartnerCueMatcher(PartnerCues.brushOff)
  static let wishing = PartnerCueMatcher(PartnerCues.wishing)
  static let challengingTheListener = PartnerCueMatcher(PartnerCues.challengingTheListener)
  static let askingTheListener = PartnerCueMatcher(PartnerCues.askingTheListener)
  static let keepingItQuiet = PartnerCueMatcher(PartnerCues.keepingItQuiet)
  static let discretionAside = PartnerCueMatcher(PartnerCues.discretionAsides)
  static let granting = PartnerCueMatcher(PartnerCues.granting)
  static let unsure = PartnerCueMatcher(PartnerCues.unsure)
  static let backchannel = PartnerCueMatcher(PartnerCues.backchannels)
  static let apology = PartnerCueMatcher(PartnerCues.apologies)
  static let sorryForPouringOut = PartnerCueMatcher(PartnerCues.sorryForPouringOut)
  static let notKnowing = PartnerCueMatcher(PartnerCues.unsure + ["(idk|dunno)"])
  static let openingTags = PartnerCueMatcher(PartnerCues.tags + PartnerCues.openingTags)
  static let closingTags = PartnerCueMatcher(PartnerCues.tags + PartnerCues.closingTags)
  static let tagQuestion = PartnerCueMatcher(PartnerCues.tagQuestions)
  static let exasperation = PartnerCueMatcher(PartnerCues.exasperation)
  static let warmth = PartnerCueMatcher(PartnerCues.warmth)
  static let lovingThem = PartnerCueMatcher(PartnerCues.lovingThem)
  static let greetings = PartnerCueMatcher(
    PartnerCues.greetings, notSaidAfter: PartnerCues.greetingsUndone, deniedBy: .negation)
  static let goodNews = PartnerCueMatcher(
    PartnerCues.goodNews, notSaidAfter: PartnerCues.goodNewsDenied, deniedBy: .negation)

  /// Whether the words meet the listener warmly: a fond word or a greeting said as theirs.
  static func isWarm(_ words: [Token]) -> Bool {
    warmth.matches(words) || greetings.matches(words)
  }

  /// Whether the words tell good news and nothing that outweighs it: "the op went well but he's
  /// in pain" and "the funeral went really well" are no news to be glad of, and "i hope it went
  /// well" is a hope, however far the hope word stands before it. A contrast outweighs only
  /// what comes after the news: "i was dreading it but it went well" is news.
  static func tellsGoodNews(_ words: [Token]) -> Bool {
    let hoped = PartnerCues.goodNewsHoped.union(wishWords)
    return goodNews.spans(in: words).contains { span in
      !words[..<span.lowerBound].contains { hoped.contains($0.lowercased) }
        && !words[span.upperBound...].contains {
          ReflectionWriter.contrasts.contains($0.lowercased)
        }
    } && !loss.matches(words) && !lossWords.matches(words)
  }
  static let aboutTheirThings = PartnerCueMatcher(PartnerCues.aboutTheirThings)
  static let blamingTheListener = PartnerCueMatcher(PartnerCues.blamingTheListener)
  static let notFollowing = PartnerCueMatcher(PartnerCues.notFollowing)
  static let askedAlready = PartnerCueMatcher(PartnerCues.askedAlready)
  static let disclaimer = PartnerCueMatcher(PartnerCues.disclaimer)
  static let origin = PartnerCueMatcher(PartnerCues.origin)
  static let beliefFrame = PartnerCueMatcher(PartnerCues.beliefFrame)
  static let reportedSpeech = PartnerCueMatcher(AnswerCues.reportedSpeech)
  static let feeling = PartnerCueMatcher(PartnerCues.feeling)
  static let playingDown = PartnerCueMatcher(PartnerCues.playingDown)
  static let comparisonRemark = PartnerCueMatcher(PartnerCues.comparisonRemark)
  static let hardship = PartnerCueMatcher(PartnerCues.hardship, deniedBy: .negation)
  /// A job lost, told (`AnswerCues.jobLostTold`), not wished on someone nor supposed ("if
  /// they fired me tomorrow").
  static let jobLost = PartnerCueMatcher(
    AnswerCues.jobLostTold, notSaidAfter: unrealWords, deniedBy: .negation)
  /// Their own job lost, told (`AnswerCues.ownJobLostTold`), with the guards of `jobLost`: "i
  /// got made redundant in march so idk" is a hard situation, opened up, never a reason.
  static let ownJobLost = PartnerCueMatcher(
    AnswerCues.ownJobLostTold, notSaidAfter: unrealWords, deniedBy: .negation)
  /// Words after which what is told did not happen: a wish or a condition.
  static let unrealWords = wishWords.union(TheirWords.conditionWords)
  static let fondness = PartnerCueMatcher(PartnerCues.fondness)
  static let loss = PartnerCueMatcher(AnswerCues.deathsTold, deniedBy: .negation)
  static let lossWords = PartnerCueMatcher(PartnerCues.lossWords, deniedBy: .negation)
  static let lossFigures = PartnerCueMatcher(PartnerCues.lossFigures)
  static let remembering = PartnerCueMatcher(PartnerCues.remembering)
  static let missingSomeone = PartnerCueMatcher(PartnerCues.missingSomeone)
  static let imaginingTheAbsent = PartnerCueMatcher(PartnerCues.imaginingTheAbsent)
  static let lonelyHours = PartnerCueMatcher(PartnerCues.lonelyHours)
  static let sayingForTheListener = PartnerCueMatcher(PartnerCues.sayingForTheListener)
  static let listenersOwnDoings = PartnerCueMatcher(PartnerCues.listenersOwnDoings)
  static let blockageOrFeeling = PartnerCueMatcher(
    PartnerCues.blockage + AnswerCues.blockages + PartnerCues.feeling)
}
