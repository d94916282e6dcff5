/// What partner's end summary makes of the conversation as a whole: the inversion it shows,
/// the plan they took up, and whether the talk argued a view at all.
extension SessionSummary {
  /// Partner: the inversion of the belief they opened with, when it negates the whole of it:
  /// "christmas is not for family and family means here" negates one of two clauses, and says
  /// nothing they would have to weigh.
  var partnerInversion: String? {
    guard let said = theySaid.first, let claim = said.claim, let inverted = said.inverted,
      Self.negatesWhole(claim: claim, inverted: inverted)
    else { return nil }
    return inverted
  }

  /// Whether an inversion reaches every clause of a claim: false when the claim joins a second
  /// clause of its own (a subject and a verb after "and", "but", "or" or a comma) and the
  /// inversion leaves one of the two word for word as it was: "ready meals are not a rip off and
  /// everyone should cook" negates half, and "it's free money, gen z are not obsessed" the
  /// other half. A clause that opens with "if" or "when" is the condition of the one after it,
  /// and stays as it was in a whole inversion.
  static func negatesWhole(claim: String, inverted: String) -> Bool {
    let claimTokens = Tokenizer.tokenize(claim)
    let invertedWords = Tokenizer.tokenize(inverted).filter(\.isWord).map(\.lowercased)
    for index in claimTokens.indices.dropFirst() where joinsClauses(claimTokens[index]) {
      let rest = Array(claimTokens[(index + 1)...])
      guard ClauseParser.finiteVerbIndex(in: rest) != nil else { continue }
      let tail = claimTokens[index...].filter(\.isWord).map(\.lowercased)
      if invertedWords.count > tail.count, invertedWords.suffix(tail.count).elementsEqual(tail) {
        return false
      }
      let head = Array(claimTokens[..<index])
      let headWords = head.filter(\.isWord).map(\.lowercased)
      let isClause =
        ClauseParser.finiteVerbIndex(in: head) != nil
        && !FunctionWords.subordinators.contains(headWords.first ?? "")
      if isClause, invertedWords.count > headWords.count, invertedWords.starts(with: headWords) {
        return false
      }
    }
    return true
  }

  /// Whether a token can join two clauses of a claim: "and", "but", "or", a comma or a
  /// semicolon.
  private static func joinsClauses(_ token: Token) -> Bool {
    token.isWord ? clauseJoiners.contains(token.lowercased) : clauseMarks.contains(token.text)
  }

  /// Words that join two clauses of a claim.
  private static let clauseJoiners: Set<String> = ["and", "but", "or"]

  /// Marks that splice two clauses of a claim in chat.
  private static let clauseMarks: Set<String> = [",", ";"]

  /// Partner: each line of theirs that says how sure they are ("im 80% sure"), as typed, with
  /// the rating it gives, in order.
  var partnerRatings: [(rating: Int, said: String)] {
    theySaid.compactMap { said in
      TheirWords.statedRating(in: TheirWords.typedTokens(of: said.text)).map { ($0, said.text) }
    }
  }

  /// Partner: the map's sections as the summary shows them; when they took up a plan the
  /// listener put to them, that plan is where they got to, not their last word on the claim.
  var partnerDigest: [BeliefMap.DigestSection] {
    let shown = Set(notes.map(\.note.text))
    var sections = map?.theirDigest(excludingNotes: shown) ?? []
    if !partnerRatings.isEmpty {
      let sure = BeliefMap.DigestSection(
        heading: "How sure they said they were",
        items: partnerRatings.map { BeliefMap.quotedTheirs($0.said) })
      let after = sections.firstIndex { $0.heading == BeliefMap.whereTheyGotTo }
      sections.insert(sure, at: after.map { $0 + 1 } ?? 0)
    }
    guard let agreedPlan else { return sections }
    let agreed = BeliefMap.DigestSection(
      heading: BeliefMap.whereTheyGotTo,
      items: ["they took up your plan: " + BeliefMap.quotedTheirs(agreedPlan)])
    sections.removeAll { $0.heading == BeliefMap.whereTheyGotTo }
    return [agreed] + sections
  }

  /// Whether a line of theirs takes up what was put to them: one of its sentences opens with a
  /// yes ("go on then", "ok", "that'd be lovely"), after a first thought maybe ("hm. he'd make
  /// a mess of it. go on then") but after no refusal, and turns on no "but" or "no" straight
  /// after it; or its "but" sets the terms of the yes ("go on then, but bring cake":
  /// `TheirWords.acceptsAnOffer`).
  static func takesUp(_ reply: String) -> Bool {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(reply))
    if TheirWords.acceptsAnOffer(tokens) { return true }
    let sentences = Self.thoughts(in: tokens)
    for (index, words) in sentences.enumerated() {
      if let first = words.first, refusals.contains(first.lowercased) { return false }
      guard let end = PartnerCueMatcher.takingUpAPlan.matchEnd(atStartOf: words) else {
        continue
      }
      let after = words.dropFirst(end) + sentences.dropFirst(index + 1).joined()
      return after.first.map { !["but", "no", "not"].contains($0.lowercased) } ?? true
    }
    return false
  }

  /// The words of each thought in a reply: split where a sentence ends and where a pause
  /// ("...", "…") sets off what follows ("he'd make a mess of it. ...go on then").
  private static func thoughts(in tokens: [Token]) -> [[Token]] {
    var thoughts: [[Token]] = [[]]
    for token in tokens {
      if token.isWord {
        thoughts[thoughts.count - 1].append(token)
      } else if thoughtEnds.contains(token.text), !thoughts[thoughts.count - 1].isEmpty {
        thoughts.append([])
      }
    }
    return thoughts.filter { !$0.isEmpty }
  }

  /// Marks that end a thought in a reply.
  private static let thoughtEnds: Set<String> = [".", "!", "?", "...", "\u{2026}"]

  /// Words that open a refusal: no yes after them takes a plan up.
  private static let refusals: Set<String> = ["no", "nah", "nope", "not", "never"]

  /// Partner: whether what they said argued a view: they gave a reason for it that the map
  /// keeps, the talk went on to a stage of a belief (how sure, why, what would change it), or, never saying how they feel, they put a belief on the table as a whole statement
  /// (`TheirWords.putsABeliefOnTheTable`). News of their life, a plan, a worry or grief argues
  /// none, and such a talk is not one to hold to street epistemology's checklist of kinds of
  /// question nor to the stages of a belief.
  public var arguedAView: Bool {
    if let map, !map.theirReasons.isEmpty { return true }
    // The live talk went on to how sure they are or why: it was read as a view then, and a
    // worry said later ("I worry. That's my job") does not take that back.
    if stages.contains(where: { !Self.stagesOfAnyTalk.contains($0) }) { return true }
    let spokeOfFeelings = theySaid.contains {
      $0.moves?.contains(AnswerMove.feeling.rawValue) == true
    }
    guard !spokeOfFeelings, let stated = theySaid.first(where: { $0.claim != nil }),
      let claim = stated.claim, BeliefMap.statesWhole(claim)
    else { return false }
    return TheirWords.putsABeliefOnTheTable(
      typed: TheirWords.typedTokens(of: stated.text), moves: stated.moves ?? [])
  }

  /// The stages every talk has, a view argued or not: where it opens and where it closes.
  private static let stagesOfAnyTalk: Set<String> = [
    ConversationStage.claim.rawValue, ConversationStage.close.rawValue,
  ]

  /// Partner: the stages of a belief the talk reached, each once and in the order of the arc,
  /// as the end shows them; none after a talk that argued no view, which the stages of a belief
  /// do not measure. A talk that went back to its claim reached it once.
  public var shownStages: [String] {
    guard mode != .partner || arguedAView else { return [] }
    let reached = Set(stages)
    return ConversationStage.allCases.map(\.rawValue).filter(reached.contains)
  }
}

extension PartnerCueMatcher {
  /// A yes to what was put to them, at the start of their reply.
  static let takingUpAPlan = PartnerCueMatcher([
    "(oh|aw|well|alright|ok|okay)* (go on then|go on|ok then|okay then|alright then|yes|yeah|yep|ok|okay|alright|deal|fine|sounds good|that sounds good|that 'd be (nice|lovely|good|great)|i 'd like that|lovely)"
  ])
}
