extension ReflectionWriter {
  /// The question that ends a mid-session recap.
  static let recapCheck = "Did I get that right?"

  /// The recap said mid-session to check what was heard: one or two short sentences in their
  /// words, in the second person (what they think and the reason they lean on), ending "Did I
  /// get that right?". Never a reason they set aside, what moved their rating nor the claim
  /// said again. Nil unless they leaned on a reason (said it
  /// was the main one, gave it again, or named it when asked what weighs most) and it reads
  /// well given back: the first or the last reason given is no main one.
  /// - Parameter afterReflection: whether a reflection of their last answer comes just before:
  ///   the recap then opens as the whole of it ("Putting it together, …"), never a second "So".
  static func recap(of map: BeliefMap, afterReflection: Bool = false) -> String? {
    // After "ok ive changed my mind", the claim they came with is no longer theirs to recap.
    guard map.changedView == nil else { return nil }
    let given = recapReasons(of: map)
    guard let lead = given.first, lead.index == map.strongest else { return nil }
    let first = lead.text
    let claim = thinking(map.claim)
    var sentence: String
    if claim == "so" {
      // "So you think so because …" opens on nothing: a long claim is left to be understood.
      sentence = "the main thing for you is " + asThing(first)
    } else {
      sentence = "you think " + claim + " mostly because " + first
    }
    // What they granted is left to the closing map: a recap checks the one thing they lean
    // on, and a complaint or a value read as a point granted is a presumption.
    return (afterReflection ? wholeOpening : partOpening) + sentence + ". " + recapCheck
  }

  /// The reasons a recap gives back, in the order it gives them, with their places on the
  /// map: the one they lean on first, then the others, each as `sureReason` gives it back.
  static func recapReasons(of map: BeliefMap) -> [(index: Int, text: String)] {
    var order = Array(map.reasons.indices)
    if let strongest = map.strongest, order.contains(strongest) {
      order.removeAll { $0 == strongest }
      order.insert(strongest, at: 0)
    }
    return order.compactMap { index in
      let reason = map.reasons[index]
      guard !BeliefMap.tellsWhatMoved(BeliefMap.plainWords(reason.text)),
        !BeliefMap.restatesClaim(reason.text, claim: map.claim ?? ""),
        let text = referred(reason, claim: map.claim).flatMap(sureReason),
        !namesOnlyTheClaim(text, claim: map.claim ?? "")
      else { return nil }
      return (index, text)
    }
  }

  /// Whether a reason given back names nothing the claim does not ("because of the party" for
  /// "every street should have a party"): the claim's own subject given as its reason is a
  /// tautology, no reason they lean on.
  static func namesOnlyTheClaim(_ reason: String, claim: String) -> Bool {
    let named = BeliefMap.plainWords(reason).filter {
      !FunctionWords.isFunctionWord($0) && !mattersWords.contains($0)
    }
    return !named.isEmpty && Set(named).isSubset(of: Set(BeliefMap.plainWords(claim)))
  }

  /// Words that say a thing is what matters, naming nothing of their own: "the party is the
  /// whole point".
  static let mattersWords: Set<String> = [
    "point", "whole", "thing", "main", "matters", "itself", "themselves", "is", "was", "be",
  ]

  /// A reason as the thing that matters to them: "of the free parking" → "the free parking";
  /// a clause → "that" and the clause; words with no verb that tells ("the fees going up") as
  /// they are.
  static func asThing(_ reason: String) -> String {
    if reason.hasPrefix("of ") { return String(reason.dropFirst(3)) }
    let tokens = Shorthand.expanded(Tokenizer.tokenize(reason))
    return ClauseParser.finiteVerbIndex(in: tokens) == nil ? reason : "that " + reason
  }

  /// What opens a recap: alone, or after a reflection of the answer just given.
  static let partOpening = "So "
  static let wholeOpening = "Putting it together, "

  /// What a recap says of what they think and lean on: its first sentence without its opening.
  /// Two recaps with the same gist say the same thing.
  static func recapGist(of recap: String) -> String {
    var gist = recap.prefix { $0 != "." }
    for opening in [wholeOpening, partOpening] where gist.hasPrefix(opening) {
      gist = gist.dropFirst(opening.count)
    }
    return String(gist)
  }

}
