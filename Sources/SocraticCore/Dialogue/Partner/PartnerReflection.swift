/// The line partner mode offers to say first: what they just said, given back in their words
/// or fewer, their first person turned to the second ("my son" → "your son").
///
/// Which of their words it gives back, and how, follows the moment (`PartnerMoment`):
/// - a feeling: the part that names it, "It sounds like you're scared you put too much of your
///   savings in it.";
/// - a blockage they name: "It sounds like you wonder whether you just don't want to admit it.";
/// - a wavering or concession: what they granted, "So you'd grant that some coins are scams.",
///   "So you'd grant the point about the buses.", or that they are less sure than they were
///   when they say so;
/// - something they say again, or say they have ("like I said, …"): "So, as you said, …",
///   which takes their word for it rather than telling them they keep repeating themselves;
/// - a new belief: "So you think …", with its reason; a number for how sure: "So you'd put it
///   at about 80 out of 100.";
/// - anything else they state (a reason, a story, someone else's view): "So …", in the first
///   clause that carries what they mean ("half the town lost everything", not "I watched it
///   happen"), with the "but" that answers it ("So you don't like how he talks, but …");
/// - "don't tell mom": "Of course. This stays between us."; "what do you think?": a line that
///   answers briefly and turns it back.
///
/// A clause about the listener ("you sound like your professors") or a request is never given
/// back: "you" would turn it on them.
///
/// A charge at the listener, an aside, noise or a goodbye get the moment's calm line
/// (`PartnerLines`), as does a moment whose words would not read well given back (too long,
/// no verb). A question of theirs gets a line that answers briefly and turns it back. Nothing
/// offered before in the session is offered again; nil leaves room for a third question.
enum PartnerReflection {
  /// The line to say first, or nil.
  /// - Parameters:
  ///   - offered: every line and question offered so far in the session.
  ///   - followsOpeningUp: whether what they said before opened up: a goodbye right after it
  ///     is met by acknowledging what they shared.
  ///   - answering: the closed question the listener asked just before, if any: a yes to it
  ///     is given back as what they granted.
  ///   - isNews: whether the talk is of their own life (`PartnerState.isPersonalTalk`): a claim
  ///     stated is their news, given back plainly, never as a view they think.
  static func line(
    for words: TheirWords, offered: Set<String>, followsOpeningUp: Bool,
    answering: String? = nil, isNews: Bool = false
  ) -> String? {
    if let first = outranking(words), !offered.contains(first) { return first }
    if let objection = words.objection, words.moment != .leaving,
      let repair =
        ((words.denial.map(PartnerLines.denying) ?? []) + PartnerLines.repairs(for: objection))
        .first(where: { !offered.contains($0) })
    {
      return repair
    }
    // A dig at the listener is never given back: "you" would turn it on them again.
    if words.jabsAtListener, words.moment != .leaving {
      let lines =
        TheirWords.digsAtStanding(words.wordTokens)
        ? PartnerLines.takingADigAtStanding
        : TheirWords.likensListenerToKin(words.wordTokens)
          ? PartnerLines.takingALikening : PartnerLines.takingAJab
      return lines.first { !offered.contains($0) }
    }
    // "cos im not an idiot kev": defending themselves and nothing else; the doubt is owned.
    if words.onlyDefendsThemselves, words.moment != .leaving,
      let owning = PartnerLines.notDoubtingThem.first(where: { !offered.contains($0) })
    {
      return owning
    }
    if [.ordinary, .wavering, .noise, .heard].contains(words.moment),
      let granted = yes(words, to: answering), !offered.contains(granted)
    {
      return granted
    }
    // "what do you mean, which what", or a "?" alone: they did not follow the listener's
    // last line, which is put plainly, never their words given back.
    if PartnerCueMatcher.notFollowing.matches(words.wordTokens)
      && (words.isQuestion || words.wordTokens.count <= shortQuestionWords
        || PartnerCueMatcher.notFollowing.matchEnd(atStartOf: words.wordTokens) != nil)
      || isOnlyAQuestionMark(words),
      let clearing = PartnerLines.clearingUp.first(where: { !offered.contains($0) })
    {
      return clearing
    }
    // "you already asked me that": the slip owned, never their words given back.
    if PartnerCueMatcher.askedAlready.matches(words.wordTokens),
      let owning = PartnerLines.owningTheRepeat.first(where: { !offered.contains($0) })
    {
      return owning
    }
    // "did you finish my biscuits?": owned lightly; "have you seen my glasses?": help offered.
    if words.moment == .request, PartnerCueMatcher.aboutTheirThings.matches(words.wordTokens) {
      let lines =
        PartnerCueMatcher.blamingTheListener.matches(words.wordTokens)
        ? PartnerLines.answeringAboutTheirThings : PartnerLines.helpingLookForTheirThings
      return lines.first { !offered.contains($0) }
    }
    let calm = PartnerLines.calmLines(for: words).first { !offered.contains($0) }
    var line: String?
    switch words.moment {
    case .leaving:
      return followsOpeningUp ? PartnerLines.acknowledgingWhatTheyShared : calm
    case .hostile, .unheard, .aside, .request, .joke, .noise, .heard, .warm:
      return calm
    case .conceded:
      // The point is turned to "you" on its own, without the words that grant it to the
      // listener ("i'll grant you"), which the checks below would read as the listener's.
      guard let point = conceded(words), !offered.contains(point), PartnerGrammar.reads(point),
        PartnerGrammar.isWhole(point)
      else { return calm }
      return point
    case .repeated:
      line = givenBack(words, framed: { "So, as you said, \($0)." })
    case .blockage:
      line = blockage(words)
    case .openedUp:
      line =
        words.cry.flatMap { cry in words.isOnlyACry ? PartnerLines.cry(cry) : nil }
        // "i'm wasting it, i know": how hard they are on themselves, never their verdict.
        ?? (PartnerCueMatcher.selfPutDown.matches(words.wordTokens)
          ? PartnerLines.hardOnThemselves.first { !offered.contains($0) } : nil)
        ?? missing(words) ?? feeling(words)
    case .wavering:
      line = wavering(words)
    case .ordinary:
      line = ordinary(words, offered: offered, isNews: isNews)
      // "yeah and nobody got arrested. how is that even possible": what they said, with what
      // the cry lets out.
      if words.cry == .disbelief, let cry = words.cry, let said = line, said.hasPrefix("So ") {
        line = PartnerLines.withCry(said, cry)
      }
    }
    // "So it's not the money is it.": the tag asks nothing of theirs, and is left off.
    line = line.map(withoutTailTag)
    // "and you'll say go to auntie's but it's not the same": what they expect the listener to
    // say is never given back as theirs, nor what they tell of the listener's own day ("you're
    // at work til six" is no "So you're at work til six.").
    if line?.hasPrefix("So ") == true,
      PartnerCueMatcher.sayingForTheListener.matches(words.wordTokens)
        || PartnerCueMatcher.listenersOwnDoings.matches(words.wordTokens)
    {
      line = nil
    }
    guard let line, !offered.contains(line), PartnerGrammar.reads(line),
      // "So you'll give her that one.", "It sounds like you sat there and thought.": words
      // that lean on what was not given back with them mean nothing alone.
      !ReflectionCheck.leansOutside(Tokenizer.tokenize(line)),
      turnsPersonsCleanly(line, of: words),
      // "i tell them saturday, play the last one and …": never a plan cut to its first item.
      !ReflectionWriter.cutsSeries(line, in: words.typed.joinedText),
      PartnerGrammar.isWhole(line), !PartnerGrammar.pointsNowhere(line),
      // "So they just nod.": a line that leans on what was said before means nothing alone.
      ReflectionWriter.readsWithoutWhatCameBefore(line, countingOne: false)
    else { return calm }
    return line
  }

  /// A line without the tag question that closed their words ("…, is it", "… innit"), or
  /// the yes or no that did.
  private static func withoutTailTag(_ line: String) -> String {
    var tokens = Tokenizer.tokenize(line)
    while tokens.last?.kind == .punctuation { tokens.removeLast() }
    // "So you don't check it no.": their own answer closing it is left off too.
    if ReflectionWriter.closesOnAnswer(tokens) {
      return Array(tokens.dropLast()).joinedText + "."
    }
    guard let tag = TypedForms.tailTagStart(in: tokens), tag > 0 else { return line }
    var kept = Array(tokens[..<tag])
    while kept.last?.kind == .punctuation { kept.removeLast() }
    return kept.joinedText + "."
  }

  /// Whether the turn is question marks and nothing else ("?", "??").
  private static func isOnlyAQuestionMark(_ words: TheirWords) -> Bool {
    words.wordTokens.isEmpty && !words.typed.isEmpty
      && words.typed.allSatisfy { $0.kind == .punctuation && $0.text.allSatisfy { $0 == "?" } }
  }

  /// The most words of a turn that asks, without its mark, what the listener meant.
  private static let shortQuestionWords = 10

  /// A turn with nothing of the moment in it: how sure they are, a question of theirs, a new
  /// belief or news of theirs, a hope, what they heard of the listener, or what they state.
  private static func ordinary(_ words: TheirWords, offered: Set<String>, isNews: Bool) -> String? {
    if let rating = words.rating { return ratingGivenBack(rating, of: words) }
    if let heard = hearsay(words) ?? hope(words) { return heard }
    if words.signals.contains(.falsifiability) {
      // Their answer to "what would change my mind?" with no verb: "seeing actual numbers".
      if words.sentences.count > 1, let last = words.sentences.last,
        ClauseParser.finiteVerbIndex(in: last.filter(\.isWord)) == nil,
        let first = last.first?.lowercased,
        first.hasSuffix("ing") || ["a", "an", "the", "some", "more", "proof"].contains(first),
        let phrase = ReflectionWriter.secondPersonPhrase(last.joinedText)
      {
        return "So \(phrase) would change your mind."
      }
      // Their answer to it as a condition alone: "if a judge looked at it and found nothing".
      if words.sentences.count > 1,
        let given = givenBack(words, requiringWhole: false, framed: { $0 }),
        given.hasPrefix("if "),
        !given.contains(",")
      {
        return "So \(given), that would change your mind."
      }
      // What would change their mind, hedged ("if wages went up, I guess"): said back plainly.
      if words.answer.has(.concession) { return PartnerLines.somethingWouldChangeTheirMind }
    }
    // "fine ill go but ull hate it": a claim that names the listener as well as the speaker
    // cannot be turned without both becoming "you"; a plainer clause may still be given back.
    // "wow mr sensible has spoken", "sorry hun i thought …": said to the listener, never a
    // view they think.
    if let claim = words.claim, case let belief = Tokenizer.tokenize(claim.belief),
      FirstPersonReflector.shiftsCleanly(belief), !isSaidToTheListener(belief)
    {
      // "thats it, handed my pass back friday. im just a spare part now": what they carry (a
      // feeling, a change, their stake, a plan) outranks a claim that carries none of it.
      if ClauseCarrying.weight(of: belief) <= 0,
        let carried = givenBack(words, weighingAtLeast: 1, framed: { "So \($0)." })
      {
        return carried
      }
      // "handed my pass back friday", "its 600 a month": a fact or an event is no view they
      // think, and is given back as said. Read in their words: the claim read from them has
      // lost what they carry ("im gonna learn the drums at 50" plans; "learn the drums at 50"
      // only names a figure).
      // "i still set out two cups every morning": what they do is no view either.
      if ClauseCarrying.isFactOrEvent(belief) || ClauseCarrying.tellsWhatTheyDo(belief),
        let said = givenBack(words, framed: { "So \($0)." })
      {
        return said
      }
      // "I'm such a scorpio, I can't let it go": the tease is no point; what they mean is.
      let isNotThePoint = PartnerCueMatcher.notThePoint.matches(
        Tokenizer.tokenize(claim.claim).filter(\.isWord))
      if isNotThePoint, let meant = givenBack(words, framed: { "So \($0)." }),
        !PartnerCueMatcher.notThePoint.matches(Tokenizer.tokenize(meant).filter(\.isWord))
      {
        return meant
      }
      // "my scan is next thursday": a date set for them, in a talk of their life, is news.
      let isDated = PartnerCueMatcher.timeAhead.matches(words.wordTokens)
      return PartnerLines.claim(claim.claim, reason: claim.reason, isNews: isNews && isDated)
    }
    if words.asksToKeepItQuiet { return PartnerLines.keepingItBetweenUs }
    // "what's your view?": an honest, short answer, then the question handed back.
    if words.asksTheListener {
      return PartnerLines.givingYourView.first { !offered.contains($0) }
    }
    if words.isQuestion && words.answer.statement == nil {
      return PartnerLines.answeringTheirQuestion.first { !offered.contains($0) }
    }
    return givenBack(words) { "So \($0)." }
      ?? words.reason.flatMap(reasonGivenBack)
      ?? ReflectionWriter.reflection(of: words.answer)?.text
      // "why do you even care what I do with my money": a question of theirs, taken seriously.
      ?? (words.isQuestion
        ? PartnerLines.answeringTheirQuestion.first { !offered.contains($0) } : nil)
  }

  /// The reason they gave, given back when none of their clauses can be: "because you put 8
  /// grand into some coin your coworker swore by" → "So you put 8 grand into …". A thing they
  /// name ("because of FTX") is no clause to give back.
  private static func reasonGivenBack(_ reason: String) -> String? {
    let connective = "because "
    guard reason.hasPrefix(connective), !reason.hasPrefix(connective + "of ") else { return nil }
    return "So " + reason.dropFirst(connective.count) + "."
  }

  /// A wavering or a concession: that they are less sure than they were, when they say so,
  /// with the view they now give room to; what they granted ("I guess some coins are scams"),
  /// or what they said ("maybe it's not only that").
  private static func wavering(_ words: TheirWords) -> String? {
    var clauses = PartnerClauses.of(words)
    let unsure = clauses.firstIndex { PartnerCueMatcher.unsure.matches($0.filter(\.isWord)) }
    if let unsure {
      // "my neighbour reckons …. i dont know what to think": a view they report is not the
      // one they now give room to.
      let rest = clauses.indices.filter {
        $0 != unsure && !ClauseCarrying.reportsOthersView(clauses[$0])
      }.lazy
        .compactMap { PartnerClauses.secondPerson(clauses[$0], keepingMaybe: true) }.first
      return "It sounds like you're less sure than you were"
        + (rest.map { ": \($0)." } ?? ".")
    }
    let grants = PartnerCueMatcher.granting.matches(words.wordTokens)
    // "I'll admit FTX was a disaster" grants that FTX was a disaster.
    if grants {
      // "she did offer me a crisp once. I suppose they're not all bad": what they grant is the
      // sentence the granting words open, however late it comes, not the story before it.
      if let granting = words.sentences.prefix(TheirWords.sentenceLimit).firstIndex(where: {
        PartnerCueMatcher.granting.matchEnd(atStartOf: $0.filter(\.isWord)) != nil
      }) {
        clauses = PartnerClauses.of(words, from: granting)
      }
      clauses = clauses.map { PartnerClauses.dropping(PartnerCueMatcher.granting, atStartOf: $0) }
    }
    guard
      let (index, given) = clauses.indices.lazy
        .compactMap({ index in
          PartnerClauses.secondPerson(clauses[index], keepingMaybe: !grants).map { (index, $0) }
        })
        .first
    else { return nil }
    // "I suppose I went back for her birthday and felt like a stranger": a story told with a
    // hedge grants nothing; it is given back as what happened, in one clause.
    let tellsWhatHappened = words.reportsExperience || narrates(given)
    let grantsAView = grants && !tellsWhatHappened && !tellsTheirOwnLife(clauses[index])
    let next = clauses[(index + 1)...].lazy.compactMap { PartnerClauses.secondPerson($0) }.first
    let more = (tellsWhatHappened ? nil : next).map { "; \($0)" } ?? ""
    return (grantsAView ? "So you'd grant that " : "So ") + given + more + "."
  }

  /// Whether words given back tell what happened to them, one event after another: "you went
  /// back for her birthday and you felt like a stranger". A judgement granted ("you were
  /// wrong", "you overreacted") tells no events.
  private static func narrates(_ given: String) -> Bool {
    let tokens = Tokenizer.tokenize(given)
    guard let clause = ClauseParser.parse(tokens), clause.subject.first?.lowercased == "you",
      case .lexical(_, .past) = clause.verb
    else { return false }
    return clause.rest.contains { eventJoiners.contains($0.lowercased) }
  }

  /// Words that join one event told to the next.
  private static let eventJoiners: Set<String> = ["and", "then"]
}
