/// A line that steers the listener instead of giving back what they said, whatever words of
/// theirs it shares: a step put to them with a modal of advice ("you should phone the vet",
/// "you could go round tonight"), what they may not do ("you can't give it away"), the
/// speaker's own wish for them ("I just don't want you out of pocket"), or the speaker's offer
/// ("I'd drive you").
///
/// Each clause is read from its start, past words that open a turn ("so", "but", "honestly").
enum ListenerSteer {
  /// The kind of statement a line is when one of its clauses steers the listener, or nil.
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  static func kind(of words: [String]) -> StatementKind? {
    for clause in words.split(whereSeparator: FunctionWords.clauseEndingMarks.contains) {
      var said = clause.drop(while: openers.contains)
      // "I think you should …": a frame of the speaker's view, read through.
      if let frame = viewFrames.first(where: { said.starts(with: $0) }) {
        said = said.dropFirst(frame.count).drop(while: openers.contains)
      }
      if let kind = kind(ofClause: Array(said)) { return kind }
    }
    return nil
  }

  /// Whether words open with a step put to the listener as theirs to take: "you can just
  /// cancel it", "you could ask her"; not "you can see why", which gives back.
  static func putsStep(_ words: [String]) -> Bool {
    guard words.first == "you", let modal = words.dropFirst().first,
      ["can", "could"].contains(modal)
    else { return false }
    let verb = words.dropFirst(2).first(where: { !softeners.contains($0) }) ?? ""
    return isStep(verb, unless: perceivingVerbs)
  }

  /// The kind of one clause that steers, or nil.
  private static func kind(ofClause words: [String]) -> StatementKind? {
    guard let subject = words.first else { return nil }
    let afterSubject = words.dropFirst().drop(while: softeners.contains)
    guard let modal = afterSubject.first else { return nil }
    let rest = Array(afterSubject.dropFirst().drop(while: softeners.contains))
    let verb = rest.first ?? ""
    switch subject {
    case "you" where adviceModals.contains(modal):
      return isStep(verb, unless: beingVerbs) ? .advice : nil
    case "you" where possibleModals.contains(modal):
      return isStep(verb, unless: perceivingVerbs) ? .advice : nil
    case "you" where forbiddingModals.contains(modal):
      // "you can't sell it" forbids a deed; "you can't win" gives back how stuck they feel.
      return isStep(verb, unless: perceivingVerbs.union(copingVerbs))
        && rest.dropFirst().first.map(deedObjects.contains) == true ? .advice : nil
    case "i" where modal == "want" || negations.contains(modal):
      let wish = modal == "want" ? Array(afterSubject) : rest
      return wish.starts(with: ["want", "you"]) ? .opinion : nil
    case "id", "ill":
      return offeredDeeds.contains(modal) ? .warmth : nil
    case "i" where offeringModals.contains(modal):
      return offeredDeeds.contains(verb) ? .warmth : nil
    default:
      return nil
    }
  }

  /// Whether a word after the modal is a deed put to them: a verb, not one that `unless`
  /// holds ("you should be proud", "you could see it coming"), which grants or gives back.
  private static func isStep(_ word: String, unless kept: Set<String>) -> Bool {
    !kept.contains(word) && Lexicon.verbReadings(of: word).contains(where: { $0.form == .base })
  }

  /// Words that open a clause without saying anything, with the hedges that soften a step put
  /// to them ("maybe you should", "still, you could").
  private static let openers = CritiqueVocabulary.turnOpeners.union(["maybe", "still"])
  /// Frames of the speaker's view before the clause they frame: "I think you should …".
  private static let viewFrames: [[String]] = [
    ["i", "think"], ["i", "reckon"], ["i", "guess"], ["i", "mean"], ["i", "feel", "like"],
  ]
  /// Words between the modal and its verb that soften it: "you could just ask".
  private static let softeners: Set<String> = [
    "just", "always", "really", "maybe", "still", "even", "probably", "easily", "to", "not",
  ]
  /// Modals that put a step to the listener: "you should", "you ought to".
  private static let adviceModals: Set<String> = [
    "should", "shouldn't", "shouldnt", "ought", "oughta",
  ]
  /// Modals that put a step to the listener as a possibility: "you could go round".
  private static let possibleModals: Set<String> = ["could"]
  /// Modals that tell the listener what they may not do: "you can't".
  private static let forbiddingModals: Set<String> = ["can't", "cant", "cannot", "mustn't"]
  /// What "can't" is done to when it forbids a deed: "you can't sell it".
  private static let deedObjects: Set<String> = [
    "it", "that", "this", "them", "him", "her", "those", "these", "the", "your",
  ]
  /// Verbs after "should" that grant or give back: "you should be proud", "you shouldn't have
  /// to", "you shouldn't feel bad".
  private static let beingVerbs: Set<String> = ["be", "have", "feel"]
  /// Verbs after "could" or "can't" that perceive, feel or are, which a reflection says of
  /// them: "you could see it coming", "you can't stand him".
  private static let perceivingVerbs: Set<String> = beingVerbs.union([
    "see", "tell", "hear", "sense", "imagine", "understand", "say", "think", "know", "guess",
    "picture", "relate", "believe", "stand", "bear", "face", "win", "help",
  ])
  /// Verbs after "can't" that judge how long they can cope, a verdict on them rather than a
  /// deed forbidden: "you can't keep that going", "you can't carry on like this".
  private static let copingVerbs: Set<String> = [
    "keep", "carry", "go", "last", "cope", "manage", "handle", "sustain",
  ]
  /// Negations before "want you": "I don't want you hurt".
  private static let negations: Set<String> = ["don't", "dont", "do", "didn't", "didnt"]
  /// Modals after "I" that offer: "I'd help", "I'll come with you", "I can drive".
  private static let offeringModals: Set<String> = ["'d", "'ll", "will", "would", "can", "could"]
  /// What the speaker offers to do for them: "I'd help".
  private static let offeredDeeds: Set<String> = [
    "help", "come", "drive", "take", "lend", "pay", "bring", "sort", "cover", "chip", "carry",
    "mind", "babysit", "ring", "call",
  ]
}
