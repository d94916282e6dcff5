/// A reflection to say: what the person said or meant, given back.
public struct Reflection: Sendable, Equatable {
  /// The reflection, a sentence or two.
  public var text: String
  /// Whether it only gives back their words or adds what lies underneath.
  public var depth: ReflectionDepth

  public init(text: String, depth: ReflectionDepth) {
    self.text = text
    self.depth = depth
  }
}

/// Writes reflections of answers, in plain English for any input.
///
/// A reflection gives back the moment that matters most in an answer, in this order: a blockage
/// the person names in themselves, a feeling, a concession or wavering, what would change their
/// mind, else what they said, in their words. Their words are turned to the second person ("my
/// team" → "your team", "I'm" → "you're", "I was" → "you were"), without the hedges that only
/// open or close them. A complex reflection adds only what the answer shows: the other side of
/// their ambivalence, a feeling they showed without naming it, a blockage they named. When
/// their words would not read well given back (too long, no verb, odd symbols), there is no
/// reflection: the dialogue asks instead of faking one.
public enum ReflectionWriter {
  /// The most words of theirs a reflection quotes.
  static let quoteWordLimit = AnswerMoveReader.gistWordLimit

  /// The reflection of an answer, or nil when it gives nothing to reflect (noise, a repeat, a
  /// question back, leaving the topic) or only a stock line said before.
  /// - Parameters:
  ///   - turn: how many reflections came before, so the ways of saying it vary.
  ///   - hasSaidStock: whether the session gave a stock line (`isStock`) already: one is said
  ///     at most once a session, and after that the question comes alone.
  ///   - line: the answer as typed, whose sentences are weighed clause by clause for the one
  ///     that carries the point (`weightiestClause`).
  public static func reflection(
    of answer: ReadAnswer, turn: Int = 0, hasSaidStock: Bool = false, saying line: String? = nil
  ) -> Reflection? {
    guard let reflection = composed(of: answer, turn: turn, saying: line),
      reflection.text.split(separator: " ").count <= wordLimit,
      // "You're saying still think it counts.": a frame's slot holds what it is made for.
      // A stock line gives back no words of theirs, and has no slot to fill.
      isStock(reflection.text) || isWordingPoint(reflection.text)
        || ReflectionCheck.isFramedWell(reflection.text),
      !(line.map { assertsWhatWasHeldBack(reflection.text, in: $0) } ?? false)
    else { return nil }
    guard !(hasSaidStock && isStock(reflection.text)) else { return nil }
    // "4 or 5 a day … actually more like 8": given back as they last put it.
    return Reflection(
      text: line.map { settingAmountRight(reflection.text, in: $0) } ?? reflection.text,
      depth: reflection.depth)
  }

  /// The most words a reflection has: longer, it is a recital, and the question comes alone.
  static let wordLimit = 25

  /// Whether a reflection is a stock line, the same whatever was said.
  public static func isStock(_ text: String) -> Bool { stockLines.contains(text) }

  /// The lines that give back no words of theirs.
  static let stockLines: Set<String> = [
    firmLine, notSureLine, bothSidesLine,
  ]
  static let firmLine = "So your mind is made up on this, and it feels settled to you."
  static let notSureLine = "It sounds like you're not sure yet."
  static let bothSidesLine = "It sounds like you see something on both sides now."

  private static func composed(of answer: ReadAnswer, turn: Int, saying line: String?)
    -> Reflection?
  {
    // "that's not what I said": the miss is owned first; what they say next is given back.
    if answer.isMisheard {
      var rest = answer
      rest.isMisheard = false
      let said = composed(of: rest, turn: turn, saying: nil)
      return Reflection(
        text: said.map { repair + " " + $0.text } ?? misheardAlone,
        depth: said?.depth ?? .simple)
    }
    // "can we not do the feelings thing": heard, and not given back as their view.
    guard answer.isAnswer, !answer.declinesFeelings else { return nil }
    // "the days are long now", "he's gone now": the feeling under the effect, named, never the
    // effect given back as a point, and before any point made beside it; a loss is owned even
    // when they move on from it ("my mum died in 2019. anyway.").
    if let implied = answer.impliedFeeling {
      return Reflection(text: implied.reflection, depth: .complex)
    }
    // "… work keeps me busy. anyway, back to the question": what they move on from is not
    // held up to them.
    if let line, closesByMovingOn(line) { return nil }
    // "it makes me read everything he does as a snub": what they see of themselves is the
    // moment, before the feeling or the point around it.
    if let line, let reading = selfReading(in: line) { return reading }
    // "ok fine its not all of them, its the two i worry about": the narrowing they grant is
    // given back whole, what they mean before what they set aside.
    if answer.has(.concession),
      let narrowed = [answer.keyParts.first, line].lazy.compactMap({ $0.flatMap(refinement) })
        .first
    {
      return Reflection(text: "So \(narrowed).", depth: .complex)
    }
    // "its not the tipping i hate, its the screen": the turn they take is the point.
    // "not exasperated really, more uneasy": the feeling as they now name it.
    if let correction = answer.correction, correction.isFeeling {
      let kept = correction.kept.map(\.lowercased).joined(separator: " ")
      let dropped = correction.dropped.map(\.lowercased).joined(separator: " ")
      return Reflection(
        text: "So you're feeling more \(kept) than \(dropped).", depth: .complex)
    }
    // "'never' is maybe a bit much": a point about a word, not a view or an experience.
    if let line, let wording = wordingPoint(in: line) {
      return Reflection(text: wording, depth: .simple)
    }
    if let correction = answer.correction, let text = given(correction) {
      return Reflection(text: "So \(text).", depth: .complex)
    }
    if let blockage = answer.blockage, let clauses = givenClauses(blockage) {
      let rest = clauses.rest.map { " \u{2014} " + $0 } ?? ""
      return Reflection(
        text: "It sounds like you're wondering whether \(clauses.first)\(rest).", depth: .complex)
    }
    // "maybe I'll text her this week": what they might do is given back before all else.
    if let plan = answer.plan.map(AnswerMoveReader.planWithSpeaker),
      let text = givenDoubt(plan) ?? firstPart(plan).flatMap(givenDoubt)
    {
      return Reflection(text: "So \(text).", depth: .simple)
    }
    // "the snow worries me … so maybe not everywhere??": the turn they took last outranks the
    // feeling or reason before it.
    if answer.endsOnDoubt, let conceding = conceding(answer),
      let reflection = concession(conceding) ?? lessSure(conceding)
    {
      return reflection
    }
    // "ok fair, the fees are small next to the risk": what they grant outranks a feeling, a
    // story or who they are.
    // "ok fair, not literally everyone. but …": a narrowing said without a verb is the
    // moment, given back as what they are now less sure of.
    // "… ok fair thats a decent point": a grant that names nothing is still the moment.
    if let conceding = conceding(answer) {
      if let reflection = concession(conceding) ?? lessSure(conceding)
        ?? line.flatMap({ lessSure(conceding, saying: $0) })
      {
        return naming(answer.feelings, before: reflection)
      }
      switch bareGrant(conceding, saying: line) {
      case .given(let reflection): return reflection
      case .unsaid: return nil
      case nil: break
      }
    }
    if !answer.feelings.isEmpty {
      // "… and then the board pays itself more. makes me sick": the feeling, and what it is
      // about.
      let feelings = listed(Array(answer.feelings.prefix(2)))
      if let line, let contrast = contrast(in: line) {
        let text = "It sounds like you're feeling \(feelings), and \(contrast)."
        if text.split(separator: " ").count <= wordLimit {
          return Reflection(text: text, depth: .complex)
        }
      }
      return feeling(answer)
    }
    // "nothing would change my mind": the firmness, given back without pushing on it.
    if answer.isFirm {
      return Reflection(text: firmLine, depth: .complex)
    }
    if let change = answer.wouldChangeMind.first, let text = wouldChangeMind(change) {
      return Reflection(text: text, depth: .simple)
    }
    // "yeah it's cheaper, but the quality's gone": what they grant, and the point it gives way
    // to.
    if let line, let granted = grantedTurn(in: line) { return granted }
    // "… the small shops went under. that's the harm": the point as they name it.
    if let line, let named = namedPoint(in: line) {
      return Reflection(text: named, depth: .complex)
    }
    // "… and then you got X?? its a joke": the contrast that outrages them is the point, never
    // the scene set before it.
    if let line, let contrast = contrast(in: line) {
      return Reflection(text: "So \(contrast).", depth: .complex)
    }
    // "my manager says productivity is up but I don't buy it": the view and where they stand.
    if let view = answer.views.first(where: { $0.stance != nil }), let text = givenView(view) {
      return Reflection(text: "So \(text).", depth: .complex)
    }
    if let reason = answer.reasons.first, let thing = ofPhrase(reason) {
      return Reflection(text: "So for you it comes down to \(thing).", depth: .simple)
    }
    // The part that matters most first: "my grandpa was from …" is never given back before
    // "every deal they sign, they break".
    // A set-up or an aside is never given back in place of what weighs more.
    let saysMore = line.map { SentenceSplitter.sentences(in: $0).count > 1 } ?? false
    let candidates =
      (answer.keyParts
      + [answer.gist, answer.reasons.first, answer.examples.first, answer.statement].compactMap {
        $0
      }).filter { candidate in
        let key = LowercasedText(candidate)
        // "it's like 5 mins away. I want them free", "I do the late shift. so what":
        // logistics said beside anything else are never the point.
        return !answer.asides.contains { LowercasedText($0).contains(key) }
          && !(saysMore && ClauseRole.isOnlyLogistics(Tokenizer.tokenize(candidate)))
          // "… anyway it's gone 9 and I've got marking, night": what they leave on.
          && !(saysMore && leavesOn(candidate))
      }
    // Every answer with something in it is reflected: a part too long to give back whole is
    // given back up to its first "and" or comma.
    // "who'd even check it": a question asked to make a point gives back its point, or
    // nothing.
    // "the left out thing": a fragment is never given back as their point; a whole clause
    // of theirs further on is.
    // "my gran says …, but she cries": a "she" cut from whom it points at is no one's.
    // "they nod", "it's no secret": words that lean on what came before, or say nothing of
    // theirs, are never the point.
    // "to do there online forms": a clause with a slip of spelling is not pasted back.
    let named = { (text: String) in
      losesItsPerson(text, in: line) || !readsWithoutWhatCameBefore(text)
        || ReflectionCheck.swapsThereForTheir(text)
        // "off for a month with, my knee the lads …": never cut at a slip of typing.
        || line.map { ReflectionCheck.opensAtStrayComma(text, in: $0) } ?? false
        // "i cancel the gym, buy a bike and …": never a plan cut to its first item.
        || line.map { cutsSeries(text, in: $0) } ?? false ? nil : text
    }
    let isMoment = !answer.doubts.isEmpty || answer.isWavering || answer.has(.concession)
    // "everyone else copes. i never did": the sentence that turns is the point.
    let turned: String? = isMoment ? nil : line.flatMap { turningPoint(in: $0) }
    let refined: String? = answer.keyParts.first.flatMap(refinement).flatMap(named) ?? turned
    // "it's 2 quid a go. i feel like a mug": what a clause carries (a feeling, a change of
    // mind, their stake, a plan) outweighs the side fact before it.
    let carriedPoint: String? = line.flatMap(carried).flatMap(named)
    // "the forms are admin, the real issue is …": the clause that carries the point.
    let pointed: String? = line.flatMap { point(of: answer, saying: $0) }.flatMap(named)
    let early: String? = refined ?? carriedPoint ?? pointed
    let said =
      early
      ?? candidates.lazy.compactMap({ candidate in
        (wholeStatement(candidate) ?? rhetoricalPoint(candidate)).flatMap(named)
          .map { keepingThatClause(candidate, given: $0) }
      }).first
      ?? candidates.lazy.compactMap(firstPart).compactMap({ part in
        wholeStatement(part).flatMap(named).map { keepingThatClause(part, given: $0) }
      }).first
    // "the news mostly": where it comes from, when that is all it says.
    // Someone whose view they only report ("my aunt told me …") is no source of theirs.
    if said == nil,
      let source = answer.sources.lazy.filter({ !answer.speakers.contains($0) })
        .compactMap(sourcePhrase).first
    {
      return Reflection(text: "So a lot of it comes from \(source).", depth: .simple)
    }
    // "idk maybe" and nothing else: they are not sure, and nothing more is presumed.
    if said == nil, answer.isWavering {
      return Reflection(text: notSureLine, depth: .simple)
    }
    // "like I said, …" before something new: the new is given back.
    guard let said, !answer.has(.repeat) || answer.moves.count > 1 || answer.gist != nil else {
      return nil
    }
    return Reflection(text: led(said, by: lead(turn)) + ".", depth: .simple)
  }

  /// What a reflection opens with when the person says the last one missed them.
  public static let repair = "Sorry, I got that wrong."
  /// The repair when the person says only that it missed them.
  static let misheardAlone = "Sorry, I got that wrong \u{2014} what did you mean?"

  /// The ways a simple reflection begins, taken in turn.
  private static let leads = ["So ", "You're saying "]

  private static func lead(_ turn: Int) -> String { leads[turn % leads.count] }
}
