/// A line that only feels with the persona, or says the learner was not arguing: "oh what a
/// nightmare", "poor little ones", "tell me about it", "oh no i wasn't arguing, just having a
/// moan, sorry!", and warmth for what it said: "thanks for explaining", "that's a really
/// thoughtful way to put it". Sympathy and warmth are no argument: the persona takes it warmly, its confidence unmoved,
/// and the coach counts it as neither a question nor a reflection, never as an opinion.
enum LearnerSympathy: Sendable, Equatable {
  /// A word of sympathy or a moan shared with the persona.
  case sympathy
  /// The learner says what their last line was: a moan or a word of sympathy, not an argument.
  case notArguing
  /// Thanks or praise for what the persona said: "I appreciate you explaining that".
  case appreciation

  /// Reads a line; nil unless, past chat and "sorry", every part of it is a cue of `cues`
  /// (a cue of `notArguingCues` makes it `notArguing`). A line that asks is no sympathy.
  init?(_ line: String) {
    guard let kind = Self.reader.kind(of: line) else { return nil }
    self = kind
  }

  /// What the persona says, a fresh line each time: thanks for sympathy, and for a line
  /// explained, that it read it wrong.
  var replies: [String] {
    switch self {
    case .sympathy:
      [
        "Thanks, it does wear you down.", "It is, isn't it; thanks for saying so.",
        "I appreciate that.",
      ]
    case .notArguing:
      [
        "Ah, I took you wrong then; moan away, I know the feeling.",
        "Fair enough, I read too much into it.",
      ]
    case .appreciation:
      [
        "Thank you; I've given it a fair bit of thought.", "Kind of you to say so.",
        "Thanks, I'm glad it came across.",
      ]
    }
  }

  /// The persona's reply: the first of `replies` not said yet, else the first.
  /// - Parameter saidSentences: the sentences said so far (`PersonaVoice.sentenceKeys(of:)`).
  func reply(saidSentences: Set<String>) -> String {
    replies.first { !saidSentences.contains(PersonaVoice.key(of: $0)) } ?? replies[0]
  }

  /// What the coach says of it.
  var note: String {
    switch self {
    case .sympathy:
      "Sympathy, not an argument: fair to say, and the persona's confidence does not move. It "
        + "uses up this turn and counts as neither a question nor a reflection."
    case .notArguing:
      "You said what your last line meant: fair to say, and the persona takes it so; its "
        + "confidence does not move. It uses up this turn and counts as neither a question nor "
        + "a reflection."
    case .appreciation:
      "Warmth for what they said, not an argument: fair to say, and the persona's confidence "
        + "does not move. It uses up this turn and counts as neither a question nor a reflection."
    }
  }

  /// The reader of a line: a not-arguing cue names it wherever it stands, thanks or sympathy
  /// only when read first; chat, "sorry", "just" are passed over.
  private static let reader = WholeLineCues<Self>(
    kinds: [(.notArguing, notArguingCues), (.appreciation, appreciationCues), (.sympathy, cues)],
    passedOver: ChatWords.lead.union(["sorry", "soz", "just", "really", "so"]),
    overrides: { $0 == .notArguing })

  /// What feels with the persona or moans along with it.
  private static let cues: [PhrasePattern] = [
    PhrasePattern(
      "(oh|ah|ugh)? what a (nightmare|pain|mess|faff|shame|pity|drag|palaver|headache|slog|carry on|hassle)"
    ),
    PhrasePattern("(oh|ah) (no|dear|god|lord|man|blimey|heck)"),
    PhrasePattern("(the)? poor (things|kids|mites|souls|lot|you|little ones|little things|them)"),
    PhrasePattern(
      "(that|it|this) (sounds|must be|must have been|'s|is) (so|really|pretty|a bit)? (rough|awful|horrible|grim|hard|tough|miserable|rubbish|exhausting|frustrating|a nightmare|a pain)"
    ),
    PhrasePattern("(tell me about it|i know the feeling|been there|same here|i feel you)"),
    PhrasePattern("i (feel|felt) for (you|them|the kids|the little ones)"),
  ]

  /// What thanks the persona or praises what it said.
  private static let appreciationCues: [PhrasePattern] = [
    PhrasePattern(
      "(thanks|thank you|cheers|ta) (for|very much|so much|a lot)? (explaining|sharing|that|being honest|your honesty|telling me|the answer|answering)? (that|it|this)?"
    ),
    PhrasePattern(
      "i (really)? (appreciate|respect|value) (that|it|this|you explaining|you sharing|you saying so|your honesty|you being honest|the answer|how you put it) (that|it|this)?"
    ),
    PhrasePattern(
      "(that|that 's|thats|that is|it 's|its|it is|what a) (was)? (a|an)? (really|very|such a|so)? (thoughtful|fair|good|great|interesting|honest|clear|nice|lovely|helpful|kind) (way to put it|way of putting it|way to see it|way of seeing it|point|answer|thing to say|question|reply|explanation)?"
    ),
    PhrasePattern("(well put|well said|nicely put|good point|fair point|great point|i like that)"),
  ]

  /// What says the line before was not an argument: "i wasn't arguing", "just having a moan".
  private static let notArguingCues: [PhrasePattern] = [
    PhrasePattern(
      "i (was n't|wasn't|wasnt|was not|'m not|m not|am not) (arguing|disagreeing|having a go|getting at you|trying to argue|picking a fight)"
    ),
    PhrasePattern("(i was|i 'm|im)? having a (bit of a)? (moan|rant|whinge|grumble|vent)"),
    PhrasePattern(
      "(i was|i 'm|im)? (moaning|venting|ranting|whinging|grumbling|sympathising) (along)?"),
  ]
}
