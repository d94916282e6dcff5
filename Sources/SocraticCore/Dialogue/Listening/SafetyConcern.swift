/// A danger to life told in a turn, which comes before any question: the tool steps out of
/// the dialogue and says plainly where help is, once a session, whatever else it does next.
/// Read from a person's own words in explore, and from the other person's in partner.
enum SafetyConcern: Sendable, Hashable {
  /// Pain that spreads to an arm, the jaw or the neck, with the chest or the heart named.
  case heart
  /// A face drooping or speech slurring.
  case stroke
  /// Thoughts of ending their life or hurting themselves.
  case ownHarm

  /// The concern a turn tells, if any; `context` is the talk just before it (the belief, the
  /// last answers), where the chest may have been named before the pain that spreads from it.
  static func find(in text: String, context: String = "") -> SafetyConcern? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(String(text.prefix(readLimit))))
    if says(Cues.ownHarm, in: tokens) { return .ownHarm }
    if says(Cues.stroke, in: tokens),
      !tokens.contains(where: { SafetyCues.drinkWords.contains($0.lowercased) })
    {
      return .stroke
    }
    guard says(Cues.spreadingPain, in: tokens) else { return nil }
    let talk = Tokenizer.tokenize(String((context + " " + text).suffix(readLimit * 2)))
    return Cues.chestTalk.matches(talk) ? .heart : nil
  }

  /// What is said: where help is, plainly, before anything else.
  var line: String {
    switch self {
    case .heart:
      "Before anything else: chest pain that spreads to an arm, the jaw or the neck can be the "
        + "heart, and it needs a doctor today. If it comes on now or gets worse, call an "
        + "ambulance (999 in the UK, 112 in Europe, 911 in the US)."
    case .stroke:
      "Before anything else: a face drooping or speech slurring can be a stroke. Call an "
        + "ambulance now (999 in the UK, 112 in Europe, 911 in the US)."
    case .ownHarm:
      "Thank you for telling me that. If you are thinking of ending your life or hurting "
        + "yourself, please talk to someone today: Samaritans on 116 123 (UK and Ireland, any "
        + "hour), 988 in the US, or your local emergency number. We can stop here whenever you "
        + "like."
    }
  }

  /// What partner tells the listener when the other person says it: say it plainly, before
  /// any question, and where help is.
  var partnerLine: String {
    switch self {
    case .heart:
      "What they said may be urgent: chest pain that spreads to an arm, the jaw or the neck can "
        + "be the heart. Before any question, tell them so plainly and help them see a doctor "
        + "today; if it comes on now, call an ambulance (999 in the UK, 112 in Europe, 911 in "
        + "the US)."
    case .stroke:
      "What they said may be urgent: a face drooping or speech slurring can be a stroke. Call "
        + "an ambulance now (999 in the UK, 112 in Europe, 911 in the US)."
    case .ownHarm:
      "What they said may mean they are thinking of ending their life or hurting themselves. "
        + "Before any question, ask them plainly and kindly, stay with them, and help them reach "
        + "someone: Samaritans on 116 123 (UK and Ireland, any hour), 988 in the US, or the "
        + "local emergency number."
    }
  }

  /// How much of a turn is read.
  static let readLimit = 600

  /// Whether a phrase of the table is said and not denied: a denial counts only in the words
  /// just before it, within its clause, and never before a cue that opens on the speaker.
  private static func says(_ cues: PartnerCueMatcher, in tokens: [Token]) -> Bool {
    tokens.indices.contains { start in
      guard tokens[start].isWord, cues.matchEnd(atStartOf: Array(tokens[start...])) != nil
      else { return false }
      if SafetyCues.speakerOpeners.contains(tokens[start].lowercased) { return true }
      let before = tokens[max(0, start - SafetyCues.denialReach)..<start]
      let clause = before.reversed().prefix { $0.isWord }
      return !clause.contains { SafetyCues.denies($0.lowercased) }
    }
  }

  private enum Cues {
    static let spreadingPain = PartnerCueMatcher(SafetyCues.spreadingPain)
    static let chestTalk = PartnerCueMatcher(SafetyCues.chestTalk)
    static let stroke = PartnerCueMatcher(SafetyCues.stroke)
    static let ownHarm = PartnerCueMatcher(SafetyCues.ownHarm)
  }
}
