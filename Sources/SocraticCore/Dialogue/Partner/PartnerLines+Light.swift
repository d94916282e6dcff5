/// Lines that answer lightly what is no part of the talk: a question about something of
/// theirs at home, or not following what the listener asked; the lines for what is said
/// lightly but is no joke: a moment of theirs laughed off; letting it be when asked to; and
/// hearing a hurt that others did them.
extension PartnerLines {
  /// The lines for a turn said lightly that a joke's line would wave off, or nil: "stood
  /// there ages. daft really lol": a laugh at themselves over what happened to them is what it
  /// meant to them, heard under the laugh.
  /// "lol its not that deep, im not crying about it": a feeling they deny is taken at their
  /// word, never found under the laugh.
  static func lightLines(for words: TheirWords) -> [String]? {
    let laughs = words.wordTokens.contains { PartnerCues.laughter.contains($0.lowercased) }
    let isLight = words.moment == .joke || words.moment == .ordinary && laughs
    guard isLight else { return nil }
    if PartnerCueMatcher.playingDown.matches(words.wordTokens) { return takenAtTheirWord }
    guard PartnerCueMatcher.laughingItOff.matches(words.wordTokens) else { return nil }
    return underTheLaugh
  }

  /// The lines to say when they play a feeling down: their word taken, and the talk left
  /// with them.
  static let takenAtTheirWord = [
    "Fair enough, not a big deal then. Go on.",
    "Okay, I'll take your word for it. What were you saying?",
  ]

  /// The lines to say when they laugh off a moment of theirs: what it meant is heard.
  static let underTheLaugh = [
    "You make light of it, but it sounds like it meant a lot to you.",
    "It sounds like it mattered more than you're letting on.",
  ]

  /// The line to say when they ask whether the listener had something of theirs ("did you
  /// finish my biscuits?"): a light answer, then back to them, never "It clearly matters".
  static let answeringAboutTheirThings = [
    "Ha, I'll own up to that later. Go on, I'd like to hear the rest.",
    "Ha, we'll sort that out after. I'd like to hear more of what you were saying.",
  ]

  /// The lines to say when they ask where something of theirs is ("have you seen my glasses
  /// by the way"): help offered for after, then back to them; nothing to own up to.
  static let helpingLookForTheirThings = [
    "I'll help you look in a minute. Go on, I'd like to hear the rest.",
    "Not sure, we can have a look after. I'd like to hear more of what you were saying.",
  ]

  /// The line to say when they did not follow what the listener asked ("what do you mean,
  /// which what?"): the fault taken on, and the question put plainly, never their words given
  /// back as a view.
  static let clearingUp = [
    "Sorry, I put that badly. I only mean I'd like to hear how you see it.",
    "My fault, that came out muddled. I'm just curious what you make of it yourself.",
  ]

  /// The lines to say when they ask not to be pressed ("dont get all deep on me lol"): it is
  /// let be, with no invitation to say more.
  static let lettingItBe = [
    "Fair enough, I won't push.",
    "Ok, no deep stuff. I'm around if you ever want it.",
  ]

  /// The lines to say when they ask to be heard out ("just listen ok"): the listener listens,
  /// and says so.
  static let listeningOn = [
    "Ok. I'm listening, go on.",
    "Go ahead, I won't jump in.",
  ]

  /// The lines to say when they ask to stop a subject ("can we not do the wedding stuff"): it
  /// is let be, and a way out offered.
  static let steeringClear = [
    "Of course, we can leave that. Want to talk about something else?",
    "Sure, we don't have to go there. Shall we talk about something else for a bit?",
  ]

  /// The lines to say to thanks for what the listener held back from ("thanks for not
  /// lecturing me"): taken lightly, and the talk handed back, never the thanks said back.
  static let takingThanksForRestraint = [
    "Of course. I'd much rather hear how you see it.",
    "No lecture from me. I'm here to listen.",
  ]

  /// The lines to say to a resigned "whatever. its fine": not taken at its word, the shift
  /// named gently, with a way to leave it.
  static let notQuiteFine = [
    "That doesn't sound quite fine. We can leave it, or you can tell me what's up.",
    "You sound a bit fed up. Did something I said land wrong?",
  ]

  /// The lines to say when they wave away their own hurt ("honestly im fine, all good"): taken
  /// gently, never examined, with room left to not be fine.
  static let roomToNotBeFine = [
    "Okay. You don't have to be fine, though. I'm here if you want to talk about it.",
    "Alright, I won't push. If it stops feeling fine, I'm around.",
    "Okay. I'm glad to just be here with you, whatever it turns out to be.",
  ]

  /// The lines to say when they settle on a plan the two share ("ok maybe we ring him and buy
  /// the stuff"): the agreement reflected, never weighed, and the talk moved towards its close.
  static let agreeingAPlan = [
    "Sounds like a plan we're both happy with. Anything else on your mind about it?",
    "Good, so we've got a plan. How are you feeling about it now?",
  ]

  /// The lines to say when they soften ("i suppose asking doesnt hurt"): the shift heard,
  /// never the old view probed, and the talk moved towards its close.
  static let hearingTheShift = [
    "So you're a bit more open to it than you were. How does that feel?",
    "Sounds like you're coming round to giving it a go. Anything else on your mind about it?",
  ]

  /// The lines to say when they close a matter the listener pressed ("before you start", "not
  /// yet anyway"): their "not now" honoured, with no question that reopens it.
  static let leavingTheMatter = [
    "Fair enough. No rush at all.",
    "Okay, I'll leave it there. Your call.",
  ]

  /// The same, when they were exasperated at being pressed ("oh here we go … give it a
  /// rest"): an apology first.
  static let sorryForPressing = [
    "Sorry, you're right, I pushed. I'll leave it.",
    "Fair enough, that was too quick of me. I'll leave it there.",
  ]

  /// The lines to say when they are caught out by their own words ("oh no... me and my big
  /// mouth"): they are put at ease, and the talk may go on.
  static let reassuringASlip = [
    "Honestly, no offence taken. I'd still like to hear what you think.",
    "Don't worry, it's fine. I know what you meant.",
  ]

  /// The lines to say when they tell of a hurt others did them ("my brother did his soft
  /// voice"): heard, and nothing to apologise for.
  static let hurtByOthers = [
    "It sounds like you're tired of being treated as if you can't manage.",
    "It sounds like you just want to be treated as yourself.",
  ]

  /// The lines to say when they mock the matter with a plan they do not mean ("oh i'll just
  /// park it on the roof then"): the frustration under it, never the plan.
  static let underSarcasm = [
    "It sounds like you're fed up with the whole thing.",
    "That sounds like it's really getting to you.",
  ]

  /// The lines to say when they say the listener asked that already: the slip owned, no
  /// defence.
  static let owningTheRepeat = [
    "Fair enough, you did answer that already.",
    "You're right, you've told me that. Let me ask something else.",
  ]

  /// The questions after they say the listener asked that already: of another kind than
  /// what they answered, looking ahead or from another side.
  static let afterAskedAlready = [
    QuestionTemplate(kind: .implications, text: "If you're right about it, what follows for you?"),
    QuestionTemplate(kind: .viewpoints, text: "How do you think I see it?"),
  ]
}
