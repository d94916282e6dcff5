/// What a clause of an answer carries, weighed for giving it back: a feeling or an image of
/// one, a concession or a change of mind, their own stake or loss, or a plan outweighs a plain
/// clause, which outweighs a side fact (a figure, an item in a list, logistics). Explore's
/// reflection and partner's suggested one pick the clause to give back by this one weighing.
enum ClauseCarrying {
  /// Phrases, as `TokenPattern`s over a clause's words (shorthand expanded: "im" → "i 'm"),
  /// that say what it carries, with its weight; a clause weighs its heaviest phrase.
  static let carried: [(pattern: String, weight: Int)] = [
    // A feeling, or an image of one: "like a coat nobody came back for", "a spare part".
    ("like (a|an|some) _{0,3} (nobody|noone|no one)", feelingWeight),
    ("(a|an) (spare part|burden|nuisance|fool|idiot|failure|ghost|passenger)", feelingWeight),
    ("(i|we) (feel|felt|feeling)", feelingWeight),
    // "still feels like giving up": the "it" left off is the same feeling.
    ("(it|that|this)? (still|just|really|kinda)? (feels|felt) like", feelingWeight),
    ("(makes|made|make|making) (me|my)", feelingWeight),
    ("(knot in my|my blood|my heart|my stomach|breaks my|broke my)", feelingWeight),
    ("(i|we) (really|still|just)? (miss|missed)", feelingWeight),
    // A concession or a change of mind: "fair, that's true", "now i'm not so sure".
    ("not (so|that|as|really) sure", feelingWeight),
    ("now i (get|see|think|reckon|know|wonder)", feelingWeight),
    ("(changed|changing|change) my mind", feelingWeight),
    ("i (was|might be|could be|may be|might have been) wrong", feelingWeight),
    ("i used to (think|laugh|say|believe|dismiss|reckon|scoff)", feelingWeight),
    // A regret: "i regret not staying", "i wish we'd waited", "i should never have said it".
    ("(i|we) (regret|wish)", feelingWeight),
    ("(i|we) (should|shouldn't|should n't) (never)? (have|'ve)", feelingWeight),
    // A doubt about what they know, from how little they saw: "i only ever knew drivers".
    ("(i|we) only (ever)? (know|knew|saw|seen|met|worked|heard|hired|had|been)", feelingWeight),
    // Their own stake or loss: "that's all gone", "since jim went", "i paid for it".
    ("(all|it 's|that 's|they 're) gone", stakeWeight),
    ("(i|we) (lost|lose|'ve lost|have lost)", stakeWeight),
    ("(since|after) _{1,2} (went|died|passed|left|got ill)", stakeWeight),
    ("(my|our|his|her) _{1,2} (died|passed)", stakeWeight),
    ("(something|somewhere|anything) (that 's|of|for) (mine|my own|me)", stakeWeight),
    ("(that 's|thats|it 's) mine", stakeWeight),
    ("(i|we) paid for (it|that|them)", stakeWeight),
    // What they live by or for: "that was my thing", "she's the only reason i get up".
    ("(that|it|this) (was|is|'s) (my|our) (thing|life|world|everything)", stakeWeight),
    ("the only (reason|thing) (i|we|that keeps|that gets)", stakeWeight),
    ("(i 'm|i am|we 're|we are) the only (one|ones) (who|that|left)", stakeWeight),
    // Money that strains them: "thats a lot for us", "i cant afford it now".
    (
      "(that 's|it 's|that is|it is) (a lot|a fortune|too much|loads) (for|to) (us|me)", stakeWeight
    ),
    ("(i|we) (can't|cannot|ca n't|couldn't|could n't) afford", stakeWeight),
    (
      "(do n't|don't|dont) know how (i|we) (will|'ll|would|'d|can|are|'re)? (manage|cope|pay)",
      stakeWeight
    ),
    // A plan or a commitment: "i'll ring the surgery monday", "i could ask him".
    ("(i 'll|i will|i 'm going to|i 'm gonna|i am going to) !(be|have|never|not)", stakeWeight),
    ("i (could|might) (ask|ring|phone|call|try|tell|talk|text|go|book)", stakeWeight),
    // "ill ring him": "ill" is "I'll" only before a verb of doing.
    (
      "ill (ring|phone|call|ask|tell|text|bring|take|book|sort|pop|speak|talk|pay|try)", stakeWeight
    ),
  ]

  /// The weight of a feeling, an image of one, a concession or a change of mind.
  static let feelingWeight = 4
  /// The weight of their own stake or loss, or a plan of theirs.
  static let stakeWeight = 3
  /// What a side fact (a figure, an item in a list, logistics) takes off a clause's weight.
  static let sideFactWeight = -2

  /// `carried`, compiled once.
  private static let patterns = carried.map { (pattern: TokenPattern($0.pattern), $0.weight) }

  /// Words that name a sum or a figure: "9 quid", "50p", "a grand".
  static let figureWords: Set<String> = [
    "quid", "pence", "pound", "pounds", "grand", "dollars", "bucks", "euros", "percent",
  ]

  /// How an item in a list opens: "its the allotment", "it's tuesdays at the club".
  private static let itemOpening = TokenPattern("(it 's|it is|that 's) (the|a|an|my|our)?")

  /// How much a clause carries: its heaviest phrase of `carried` (none weighs 0), less
  /// `sideFactWeight` for a figure, an item named in a list, logistics or laughter in it.
  static func weight(of clause: [Token]) -> Int {
    let tokens = Shorthand.expanded(clause)
    let words = tokens.filter(\.isWord)
    var weight = 0
    for (pattern, carried) in patterns where carried > weight {
      // Most words cannot start a phrase: the first-word test rules them out before a match.
      let starts = words.indices.lazy.filter { pattern.mayStart(with: words[$0].lowercased) }
      if starts.contains(where: { !pattern.matchEnds(in: words, from: $0).isEmpty }) {
        weight = carried
      }
    }
    guard weight == 0 else { return weight }
    // "quicker is it lol": an aside laughed off weighs as little as a side fact, though it
    // may still state a view ("crypto's a casino and i was one of the idiots lol").
    let isLaughedOff = tokens.contains { AnswerCues.laughs.contains($0.lowercased) }
    return isSideFact(tokens) || isLaughedOff ? sideFactWeight : 0
  }

  /// Whether a clause only names a side fact: a figure ("it's 2 quid now"), an item in a list
  /// ("its the allotment") or logistics ("the bus is every 20 mins").
  static func isSideFact(_ tokens: [Token]) -> Bool {
    if tokens.contains(where: isFigure) || ClauseRole.isLogistics(tokens) { return true }
    let words = tokens.filter(\.isWord)
    guard let end = itemOpening.matchEnds(in: words, from: 0).max(), end < words.count else {
      return false
    }
    return ClauseParser.finiteVerbIndex(in: Array(words[end...])) == nil
  }

  /// Whether a clause tells a fact or an event, not a view: a side fact, or something they did,
  /// said in the past with them as its subject or with none ("handed my pass back on friday"),
  /// with nothing it carries. "So you think" never frames it; "the mill closed because …"
  /// explains, and stays a view.
  static func isFactOrEvent(_ clause: [Token]) -> Bool {
    let tokens = Shorthand.expanded(clause)
    guard weight(of: tokens) <= 0,
      !tokens.contains(where: { AnswerCues.reasonOpeners.contains($0.lowercased) })
    else { return false }
    if isSideFact(tokens) { return true }
    return tokens.split(whereSeparator: { $0.kind == .punctuation }).contains { piece in
      let words = piece.filter(\.isWord).map(\.lowercased)
      let verb = words.first.map(doers.contains) == true ? words.dropFirst().first : words.first
      return verb.map(isOnlyPast) ?? false
    }
  }

  /// Whether a clause tells what they do, as a habit or an act: "i still set out two cups",
  /// "we walk him every night", "i keep putting his dish down". "So you think" never frames
  /// it, as it is no view: "i think …", "i can't see …" open on a view or a modal, and are not.
  static func tellsWhatTheyDo(_ clause: [Token]) -> Bool {
    let words = Shorthand.expanded(clause).filter(\.isWord).map(\.lowercased)
    guard let first = words.first, doers.contains(first),
      let verb = words.dropFirst().first(where: { !habitAdverbs.contains($0) })
    else { return false }
    return !opinionVerbs.contains(verb) && FunctionWords.auxiliary(verb) == nil
      && Lexicon.isVerb(verb)
  }

  /// Adverbs between a doer and what they do: "i still …", "we always …".
  private static let habitAdverbs: Set<String> = [
    "still", "always", "usually", "often", "sometimes", "never", "just", "even", "also", "only",
    "literally", "really", "actually", "normally", "generally",
  ]

  /// Verbs that frame a view or a want, not something done: "i think …", "i reckon …", "we
  /// need to scrap it", "i hate how they run it".
  private static let opinionVerbs: Set<String> = [
    "think", "believe", "reckon", "guess", "suppose", "know", "mean", "feel", "doubt", "agree",
    "disagree", "bet", "say", "figure", "assume", "reckoned", "thought", "believed", "knew",
    "felt", "said", "spose", "imagine", "expect", "hope", "wonder", "want", "need", "hate",
    "love", "like", "prefer", "wish",
  ]

  /// Subjects of what they did themselves, turned or not: "you handed …", "i handed …".
  private static let doers: Set<String> = ["i", "we", "you"]

  /// Whether a word reads only as a verb in the past: "handed", "gave", not "put" or "read".
  private static func isOnlyPast(_ word: String) -> Bool {
    let readings = Lexicon.verbReadings(of: word)
    return readings.contains { $0.form == .past } && !readings.contains { $0.form == .base }
  }

  /// How a clause opens that reports someone else's view: "my neighbour reckons …".
  private static let othersView = TokenPattern(
    "(my|his|her|their|our|the) _{1,2} (reckons|says|said|thinks|thought|claims|told me)")

  /// Whether a clause reports someone else's view, which is never given back as the person's
  /// own doubt or experience.
  static func reportsOthersView(_ clause: [Token]) -> Bool {
    !othersView.matchEnds(in: clause.filter(\.isWord), from: 0).isEmpty
  }

  /// Whether a token is a figure: a number, a sum ("£8", "50p") or a word for one.
  private static func isFigure(_ token: Token) -> Bool {
    token.kind == .number || token.text.contains(where: \.isNumber)
      || figureWords.contains(token.lowercased)
  }
}
