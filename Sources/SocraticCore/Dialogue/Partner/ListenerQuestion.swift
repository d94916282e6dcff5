/// A question they put straight to the listener ("what would change YOUR mind then?", "what
/// would you do in my shoes?", "do u think im mad?", "what time friday?", "will you come with
/// me?"): it asks for the listener's own answer, or for the listener's word on a plan the two
/// of them share. Partner offers help to give it briefly and to hand the talk
/// back (`PartnerSuggestion.answer`), never a dodge, and the answer the listener then gives is
/// coached as one (`ListenerCourtesy.Kind.answer`).
enum ListenerQuestion: Sendable, Equatable, CaseIterable {
  /// What would change the listener's mind, or what they would need to be shown.
  case changeOfMind
  /// What the listener would do in their place.
  case whatYouWouldDo
  /// What the listener thinks of them: "do you think i'm mad?".
  case aboutThem
  /// Whose side the listener is on: "are you on her side?", "so you agree with him then?".
  case whoseSide
  /// When or where the two of them meet, or whether it stands: "what time sunday", "where are
  /// we meeting", "friday still ok?" (`ListenerQuestion+Arrangement.swift`).
  case arrangement
  /// Whether the listener will be there for them, or do something with or for them: "will you
  /// come with me?", "could u drive me".
  case joiningThem
  /// The listener's yes, or their leave: "so is that a yes??", "can i pick it myself?", "am i
  /// allowed". Theirs to answer straight: yes, no, or what they need to know first.
  case permission
  /// Something practical about the house, asked in passing: "is there any soup left or did
  /// your brother have it", "did you lock the car". An aside, never a question about the
  /// listener's view (`ListenerQuestion+Arrangement.swift`).
  case householdAside
  /// Asking the listener to go on with what they were saying: "then what?", "and then?".
  case goOn
  /// Asking the listener to say it plainly: "say it properly", "spit it out", "what are you
  /// getting at?".
  case sayItPlainly
  /// Not having heard the listener: "eh? what?", "sorry, come again?", "didn't catch that".
  /// A request to say it again, never pushback.
  case notHeard
  /// A yes-or-no question about the listener's own doing or intent: "did you write to them?",
  /// "you'd do that?", "are you the one who signed it?" (`ListenerQuestion+Straight.swift`).
  case aboutTheListener

  /// The phrases that ask it, anywhere in a turn.
  var cues: [String] {
    switch self {
    case .changeOfMind:
      [
        "(what|wat) (would|'d|will|could) (change|changes) (your|ur|yours) (mind|view)",
        "what (would|'d|do) i (have|need|got) to (show|prove to|tell|give) (you|u)",
        "what (would|'d) it take (for|to convince) (you|u)",
      ]
    case .whatYouWouldDo:
      [
        "(what|wat) (would|'d|will) (you|u) do (then|instead|in my|if you were|if u were)?",
        "(would|'d) (you|u) (do|buy|take|risk|go for) it (yourself|then|if)?",
      ]
    case .aboutThem:
      [
        "(do|d'|did|would) (you|u|ya) (think|reckon) (i 'm|i am|im|i was|that i 'm) (being)? (mad|crazy|nuts|stupid|an idiot|a fool|silly|daft|mental|insane|ridiculous|selfish|naive|dumb|bonkers|irresponsible)",
        "(am|m) i (being)? (mad|crazy|nuts|stupid|an idiot|silly|daft|mental|insane|ridiculous|selfish|naive|dumb|bonkers|irresponsible)",
      ]
    case .whoseSide:
      [
        "(are|r) (you|u) (on|taking) (her|his|their|my|the other|dad 's|mum 's|mom 's|_ 's) side",
        "whose side (are|r) (you|u) on",
        "(are|r|do|so) (you|u) (agree|agreeing) with (her|him|them)",
        "(you 're|youre|you are|ur) (on|taking) (her|his|their) side",
      ]
    case .arrangement: Self.arrangementCues
    case .joiningThem: Self.joiningCues
    case .householdAside: Self.householdCues
    case .permission: Self.permissionCues
    case .sayItPlainly: Self.sayItPlainlyCues
    // Read from the whole turn, or from how a question opens (`read(_:)`).
    case .goOn, .notHeard, .aboutTheListener: []
    }
  }

  /// What partner offers: how to answer it briefly and honestly, and the question that hands
  /// the talk back.
  var guidance: String {
    switch self {
    case .changeOfMind:
      "Say honestly, in a line or two, what would change your mind; then hand it back: "
        + "\"What would it take for you?\""
    case .whatYouWouldDo:
      "Say briefly and honestly what you'd do, and that it's their call; then hand it back: "
        + "\"What feels right to you?\""
    case .aboutThem:
      "Answer honestly and kindly in a line, about them rather than the plan; then hand it "
        + "back: \"What makes you ask?\""
    case .whoseSide:
      "Answer it straight: you're on their side as the one they're talking to, and you're "
        + "trying to understand, not to judge anyone; then hand it back: \"What made it feel "
        + "like I was?\""
    case .arrangement:
      "Answer it plainly first: the day, the time or the place, or when you'll know. "
        + "That is all it asks; no question needed."
    case .joiningThem:
      "Say honestly whether you will, yes or no or what you can do, before anything else; "
        + "then hand it back: \"What would help most?\""
    case .householdAside:
      "It's an aside: answer it in a word, then let them carry on with what they were saying. "
        + "No question needed."
    case .permission:
      "Give them a straight answer first: yes, no, or not yet and what you'd need to know to "
        + "decide. Then hand it back: \"What would it look like, if it's a yes?\""
    case .goOn:
      "They asked you to go on: finish what you were saying plainly, in a sentence or two; "
        + "then hand it back: \"What do you make of that?\""
    case .sayItPlainly:
      "They want it straight: say plainly what you think, in one sentence, with no question "
        + "wrapped round it; then ask how it lands."
    case .notHeard:
      "They didn't hear you: say it again, plainly and a little slower, in fewer words. "
        + "Nothing new; no question needed."
    case .aboutTheListener:
      "They asked you straight: answer honestly first, yes or no and a word of why; then "
        + "hand it back: \"What made you wonder?\""
    }
  }

  /// The question a turn's words put to the listener, if they put one of these anywhere.
  static func read(_ words: [Token]) -> ListenerQuestion? {
    allCases.first { matchers[$0]?.matches(words) == true }
  }

  /// The question a turn puts to the listener, if it puts one of these: by its words, by a
  /// day or a time checked with a tag ("saturday yeah?"), by nothing but not having heard
  /// ("eh? what?") or asking them to go on ("then what?"), or by a yes-or-no question about
  /// the listener ("you'd do that?").
  static func read(_ words: TheirWords) -> ListenerQuestion? {
    if let bid = wholeTurnBid(words.wordTokens) { return bid }
    if let asked = read(words.wordTokens) { return asked }
    if checksATime(words.typed) { return .arrangement }
    return asksAboutTheListener(words.typed) ? .aboutTheListener : nil
  }

  /// The cues of each question, compiled once.
  private static let matchers: [ListenerQuestion: PartnerCueMatcher] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0, PartnerCueMatcher($0.cues)) })
}
