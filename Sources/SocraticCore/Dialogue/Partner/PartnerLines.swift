/// Partner mode's own lines for the moments that call for something before a question: the
/// calm line to say, and the questions that take the moment up. "You" is the other person.
enum PartnerLines {
  /// Lines to say when there is no reflection of their words to give: calm, never a defence,
  /// never advice. The first not offered yet in the session is offered.
  static func calmLines(for moment: PartnerMoment) -> [String] {
    switch moment {
    case .hostile:
      [
        "I'm not on the other side here. I'm not trying to win anything; I want to understand "
          + "how you see it.",
        "I can hear how strongly you feel about this. I'm not here to argue you out of it, just "
          + "to understand it.",
        "Fair enough to be annoyed with me. I'm asking because your view matters to me, not to "
          + "score a point.",
      ]
    case .unheard:
      [
        "It sounds like you feel I haven't really been listening. I want to get this right.",
        "I hear that I've missed something that matters to you.",
        "You're right, I put that in my own words, not yours. How would you put it?",
      ]
    case .blockage:
      [
        "That's an honest thing to notice about yourself, and it can't be easy to say.",
        "It sounds like part of this is hard to look at, and you're looking at it anyway.",
      ]
    case .openedUp:
      [
        "That sounds hard, and it makes sense that it weighs on you.",
        "It sounds like this goes deeper for you than it might look.",
      ]
    case .conceded:
      acknowledgingAConcession
    case .wavering:
      [
        "So it's not all one way or the other for you.",
        "So there's more than one side to it for you.",
      ]
    case .aside:
      [
        "Going back to what you were saying before, I'd like to understand it better.",
        "Before we lose the thread, I'd like to hear more of what you were saying.",
      ]
    case .request:
      [
        "Sure. And I'd like to hear more of what you were saying.",
        "Of course. Where were we? I'd like to understand how you see it.",
      ]
    case .repeated:
      [
        "You've come back to that more than once; it sounds like it carries a lot of weight for "
          + "you.",
        "I hear that this is the heart of it for you.",
      ]
    case .heard:
      [
        "I'm glad I've got it. It clearly matters to you.",
        "Good. I think I see what you mean now.",
      ]
    case .warm:
      [
        "That's nice to hear. I'm glad we're talking.",
        "That means a lot. I'm enjoying talking this through with you.",
      ]
    case .joke:
      [
        "Ha. Joking aside, I'd like to hear more.",
        "Ha. And seriously, I'm interested in what you make of it.",
      ]
    case .noise:
      [
        "Take your time; I'd really like to hear what you think.",
        "No rush. I'm curious how you see it.",
      ]
    case .leaving:
      [
        "Thanks for talking it through with me. I get where you're coming from a lot better now.",
        "I'm glad we talked. I'd like to hear more another time, if you're up for it.",
      ]
    case .ordinary:
      []
    }
  }

  /// The calm lines for a turn: for a loss, sympathy first; for growing old, that it is on
  /// their mind; for a hardship pictured under a condition, that they have thought it through;
  /// for sorry for pouring it out ("sorry for ranting"), that they are welcome to; for warmth
  /// that makes up for how they spoke ("sorry I snapped"), no harm done; for good news,
  /// gladness; for a yes to what was offered, that yes; otherwise those of its moment.
  static func calmLines(for words: TheirWords) -> [String] {
    if words.moment == .openedUp, case .loss(let pronoun, _, _)? = words.disclosure {
      return sympathy(pronoun: pronoun)
    }
    if words.moment == .openedUp, words.disclosure == .ageing { return growingOld }
    if words.moment == .openedUp, PartnerCueMatcher.needAfterAChange.matches(words.wordTokens) {
      return needAfterAChange
    }
    // "if i was broke by june, or lonely": a what-if is no hardship that weighs on them yet.
    if words.moment == .openedUp, words.isImagined { return imaginingHowItGoes }
    if words.moment == .warm, PartnerCueMatcher.sorryForPouringOut.matches(words.wordTokens) {
      return gladYouSaidIt
    }
    if words.moment == .warm, PartnerCueMatcher.apology.matches(words.wordTokens) {
      return noHarmDone
    }
    if words.moment == .warm, PartnerCueMatcher.lovingThem.matches(words.wordTokens) {
      return lovingBack
    }
    if words.moment == .warm, PartnerCueMatcher.tellsGoodNews(words.wordTokens) {
      return words.wordTokens.contains { $0.lowercased == "proud" } ? proudNews : gladNews
    }
    if words.moment == .warm, TheirWords.acceptsAnOffer(words.typed) {
      return TheirWords.acceptsGrudgingly(words.typed) ? takingItUpGrudgingly : takingItUp
    }
    if words.findsTheListenerWentAhead {
      return owningGoingAhead
    }
    if words.moment == .hostile, PartnerCueMatcher.angerAtTheListener.matches(words.wordTokens) {
      return owningWhatAngeredThem
    }
    if words.moment == .hostile, PartnerCueMatcher.chargeOfHabit.matches(words.wordTokens) {
      return owningThePushing
    }
    return lightLines(for: words) ?? calmLines(for: words.moment)
  }

  /// The line for a cry and nothing else ("ugh. what am I even doing").
  static func cry(_ cry: SaidSentences.Cry) -> String {
    switch cry {
    case .despair: "It sounds like it's hard to see the point of it right now."
    case .disbelief: "It sounds like that makes no sense to you."
    }
  }

  /// What a cry adds to a reflection of what they said with it: "So nobody got arrested, and
  /// that makes no sense to you."
  static func withCry(_ reflection: String, _ cry: SaidSentences.Cry) -> String {
    let said = reflection.hasSuffix(".") ? String(reflection.dropLast()) : reflection
    switch cry {
    case .despair: return said + ", and it's hard to see the point of it."
    case .disbelief: return said + ", and that makes no sense to you."
    }
  }

  /// The coaching of a line the person said to them at the close that is no question: fitting,
  /// never "an opinion" nor a reason to keep them talking.
  static let closingLineVerdict =
    "a closing line: when they want to stop, thanking them and letting them go is right"

  /// Whether a line of the person's is a warm close whatever its form: thanks, a goodbye ("anyway
  /// i'd better go, lovely to see you"), or an invitation to talk or meet again ("can we talk
  /// again at the weekend?", "coffee again friday?"). Leave-taking words that go on with the
  /// topic ("i have to go with you on that one") are no goodbye.
  static func isClosingLine(_ text: String) -> Bool {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(text))
    let words = tokens.filter(\.isWord)
    let pieces = SentenceSplitter.sentences(in: tokens).flatMap { $0.split { $0.text == "," } }
    return PartnerCueMatcher.invitation.matches(words)
      || pieces.contains { TheirWords.endsOnLeaveWithThanks($0.filter(\.isWord)) }
      || words.contains { TheirWords.closingWords.contains($0.lowercased) }
  }

  /// The reflection of what would change their mind, when their words for it are not clear
  /// enough to give back.
  static let somethingWouldChangeTheirMind =
    "So there is something that could make you think again about it."

  /// The line to say when they ask you something ("what do you think?", "why do you even
  /// care?"): it takes the question seriously and turns back to them, never an argument.
  static let answeringTheirQuestion = [
    "Fair question. I'm happy to say where I stand, but first I'd like to understand how you "
      + "see it.",
    "I'll tell you what I think, and I'm curious which way you're leaning first.",
  ]

  /// The line to say when they ask where the listener stands ("what's your view?"): an honest,
  /// short answer, then the question handed back; never a dodge.
  static let givingYourView = [
    "Honest answer: I'm somewhere in the middle and still making up my mind. What matters most "
      + "to you in it?",
    "I'll be straight with you: I can see more than one side of it. Which part weighs most for "
      + "you?",
  ]

  /// Lines to say when they ask the listener to wait ("give me a sec", "hang on"): short, and
  /// nothing asked.
  static let waiting = ["Sure, take your time.", "No rush."]

  /// Lines that invite them to go on, when nothing else fits: a turn is never left without
  /// something to say.
  static let goingOn = [
    "I'm listening. Go on.", "I'd like to hear more about that.",
  ]

  /// The reflection of how sure they said they are.
  static func rating(_ rating: Int) -> String {
    rating >= 100
      ? "So you're completely sure of it." : "So you'd put it at about \(rating) out of 100."
  }

  /// The line to say when they ask that something stay between you ("don't tell mom").
  static let keepingItBetweenUs = "Of course. This stays between us."

  /// The line to say after they open up and then want to stop: what they shared is
  /// acknowledged before the close.
  static let acknowledgingWhatTheyShared =
    "Thank you for telling me that; I know it isn't easy to say. We can leave it there for now."

  /// The calm answer to a challenge put as a question ("are you calling me a dinosaur?"): the
  /// plain no it asks for, then back to their view; no apology, as nothing hurt them.
  static func denying(_ denial: String) -> [String] {
    [denial + " I want to understand how you see it."]
  }

  /// What to say when they object to the listener: own the manner, or say plainly that you
  /// don't think what they say you think, and turn back to their view; a charge gets the calm
  /// line of its moment.
  static func repairs(for objection: TheirWords.Objection) -> [String] {
    switch objection {
    case .charge:
      []
    case .manner:
      [
        "Sorry, you're right, I didn't mean it to come out like that. I'm just interested in "
          + "how you see it.",
        "Fair enough, I'll drop that.",
      ]
    case .hurt:
      [
        "I'm sorry, I didn't mean to make you feel that way.",
        "I'm sorry, that came out wrong. What you think matters to me.",
      ]
    case .unhelped:
      [
        "Fair enough, that wasn't much help.",
        "Fair enough, I haven't been much help. What would help right now?",
      ]
    case .attributedThought:
      [
        "No, I don't think that at all. I'm asking because I want to hear how you see it.",
        "That's not what I meant, and I'm sorry it sounded like it. Your view matters to me.",
      ]
    }
  }

  /// Questions that take the moment up, before the stage's.
  static func questions(for moment: PartnerMoment) -> [QuestionTemplate] {
    switch moment {
    case .hostile:
      [
        QuestionTemplate(kind: .viewpoints, text: "How does it look from where you're sitting?"),
        QuestionTemplate(kind: .clarification, text: "What do you wish I understood?"),
        QuestionTemplate(kind: .meta, text: "What would make this feel less like an argument?"),
      ]
    case .unheard:
      PartnerWordings.aboutNotBeingHeard
    case .blockage:
      [
        QuestionTemplate(
          kind: .assumptions, text: "What makes that hard to look at?", register: .therapeutic),
        QuestionTemplate(
          kind: .meta, text: "What would help you look at it with less at stake?",
          register: .therapeutic),
      ]
    case .openedUp:
      [
        QuestionTemplate(
          kind: .clarification, text: "What is the hardest part of it for you?",
          register: .therapeutic),
        QuestionTemplate(kind: .evidence, text: "What happened that made you feel this way?"),
        QuestionTemplate(
          kind: .assumptions, text: "What is behind that feeling for you?", register: .therapeutic),
        QuestionTemplate(
          kind: .implications, text: "What would make it a little easier?", register: .therapeutic),
        QuestionTemplate(
          kind: .meta, text: "What would you most want me to understand about that?"),
      ]
    case .conceded:
      afterAConcession
    // No stock weighing of parts ("which part still seems right …?"): they said where they
    // are, and are asked where that leaves them.
    case .wavering:
      [
        QuestionTemplate(kind: .clarification, text: "How do you mean?"),
        QuestionTemplate(kind: .clarification, text: "How do you see it now?"),
        QuestionTemplate(kind: .evidence, text: "What makes you see it that way now?"),
        QuestionTemplate(kind: .meta, text: "What's your sense of it right now?"),
        QuestionTemplate(kind: .clarification, text: "Where does that leave you now?"),
        QuestionTemplate(
          kind: .implications, text: "What would change for you if that turned out to be true?"),
      ]
    case .heard:
      [
        QuestionTemplate(kind: .clarification, text: "What else is on your mind about it?"),
        QuestionTemplate(
          kind: .viewpoints, text: "What do you most wish other people got about it?"),
        QuestionTemplate(kind: .meta, text: "What makes it matter so much to you?"),
      ]
    case .noise:
      [
        QuestionTemplate(kind: .viewpoints, text: "What's your own take on it?"),
        QuestionTemplate(
          kind: .clarification, text: "What comes to mind first when you think of it?"),
      ]
    case .aside, .request, .repeated, .joke, .leaving, .ordinary, .warm:
      []
    }
  }
}
