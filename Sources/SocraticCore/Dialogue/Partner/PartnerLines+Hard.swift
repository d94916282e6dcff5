/// Partner's lines for the hard moments: an apology made, a loss told, a dig taken, a mind made
/// up, a goodbye.
extension PartnerLines {
  /// Lines to say when they make up for how they spoke ("sorry I bit your head off").
  static let noHarmDone = [
    "No harm done; I'm glad we're talking.", "That's alright. I'm glad you said it.",
  ]

  /// Lines to say when they apologise for pouring it out ("sorry for ranting"): the apology
  /// received warmly, and the door left open.
  static let gladYouSaidIt = [
    "Don't be sorry. I'm glad you told me, and you can go on as long as you like.",
    "No need to apologise. That's what I'm here for.",
    "Honestly, don't apologise. Go on, I'm listening.",
  ]

  /// Lines to say to love said to the listener ("love you"): the same back.
  static let lovingBack = ["Love you too.", "Love you too. Take care of yourself."]

  /// Lines to say to good news of theirs ("our lad passed his driving test").
  static let gladNews = [
    "That's lovely news. I'm really glad for you.",
    "That's wonderful; I can hear how pleased you are.",
  ]

  /// Lines to say to good news they say they are proud of ("it went really well, proud of him").
  static let proudNews = [
    "That's lovely news. It sounds like you're really proud.",
    "That's wonderful; I can hear how proud you are.",
  ]

  /// Lines to say when they take up what the listener offered ("go on then, but bring
  /// biscuits"): their yes given back plainly.
  static let takingItUp = ["Great, so you're up for it.", "Good, so you'll give it a go."]

  /// Lines to say when a shrug hedges their yes ("go on then, can't hurt i suppose"): the yes,
  /// and how keen they are.
  static let takingItUpGrudgingly = [
    "So you'll give it a go, even if you're not sold on it yet.",
    "So you're willing to try it, without expecting much.",
  ]

  /// Lines to say to someone who told of a loss: sympathy, and room to say more, of the one
  /// who died as they spoke of them ("her", not "them", for their nan).
  static func sympathy(pronoun: String?) -> [String] {
    [
      "I'm so sorry. That's a big loss, and it sounds like you still feel it.",
      "I'm sorry. It sounds like you miss \(PartnerDisclosure.object(of: pronoun)) a great deal.",
    ]
  }

  /// Lines to say when they run themselves down ("i'm wasting it, i know", "me being
  /// useless"): how hard they are on themselves, never their verdict given back.
  static let hardOnThemselves = [
    "It sounds like you're being really hard on yourself about it.",
    "That sounds like a hard thing to feel about yourself.",
  ]

  /// Lines to say to someone in low mood ("no reason to get up some days"): that it is heavy,
  /// and that it was good to say it; never cheering up, never a reason to discuss.
  static let lowMood = [
    "That sounds really heavy. I'm glad you told me.",
    "That sounds like a lot to carry on your own. I'm really glad you said it.",
  ]

  /// Lines to say to someone who feels the years ("I'm not a spring chicken. you start
  /// counting"): that it is on their mind, never reassurance that they are young yet.
  static let growingOld = [
    "It sounds like getting older has been on your mind.",
    "It sounds like you've been feeling the years lately.",
  ]

  /// Lines to say when they picture how something could go wrong ("if i was skint by june, or
  /// lonely"): that they have thought about it, never that it weighs on them now.
  static let imaginingHowItGoes = [
    "It sounds like you've thought about how it could go wrong.",
    "So you've pictured what would make it not worth it.",
  ]

  /// Lines to say when all they say is that they are no fool ("cos im not an idiot"): the doubt
  /// they heard in the question is owned, never their words given back.
  static let notDoubtingThem = [
    "I'm not doubting you. I'd just like to hear how you see it.",
    "Fair enough, I didn't mean you'd not thought of it. How do you see it?",
  ]

  /// Lines to say when they dig at the listener ("you've been in three jobs yourself"): it is
  /// granted without defence, and the talk turns back to them.
  static let takingAJab = [
    "That's fair, it's true of me too. What do you make of that?",
    "Fair point, I'm no different. What's on your mind about it?",
  ]

  /// Lines to say when they liken the listener to their family ("you're as bad as your
  /// father for …"): owned from the listener's side, never given back as "So you're …".
  static let takingALikening = [
    "Fair enough, maybe I am a bit like that. What's it like for you when I do it?",
    "That's fair, I can be like that. What would you rather I did?",
  ]

  /// Lines to say when they dig at what the listener has lived or can know ("you wouldn't
  /// know, you've never had a proper job"): granted without defence, and their view invited.
  static let takingADigAtStanding = [
    "Fair enough, I haven't lived it the way you have. That's why I'd like to hear it from you.",
    "You may be right that I can't know it like you do. I'd still like to understand it.",
  ]

  /// Lines to say when they close the question ("I've made my mind up", "we'll agree to
  /// differ"): their choice respected, thanks, and the door left open; no question pushes on.
  static let respectingTheirMind = [
    "Fair enough, it's your call, and I respect that.",
    "Thanks for telling me how you see it.",
    "If you ever want to talk it over again, I'm happy to.",
  ]

  /// Lines to say when they leave with a charge at the listener ("gotta go, you always do
  /// this"): the pushing owned without defence, and the door left open.
  static let leavingStung = [
    "Sorry, I didn't mean to push. Let's leave it there for now.",
    "I'd like to pick it up another time, if you're up for it.",
  ]

  /// Lines to say when they charge the listener with a habit ("you always do this"): the
  /// pushing owned without defence, and the floor given back to them.
  static let owningThePushing = [
    "Fair enough, I do keep pushing. I'm not trying to catch you out; I'd like to understand it.",
    "Sorry, I know I keep coming back to it. What would you like me to get about it?",
  ]

  /// Lines to say when they are angry at something the listener does ("i hate it when you do
  /// that"): it is owned, and what it does to them asked about; no sympathy for anything else.
  static let owningWhatAngeredThem = [
    "Sorry, that's on me. What is it about it that gets to you?",
    "Fair enough, I didn't realise I was doing that. What would you rather I did?",
  ]

  /// Lines to say when they find the listener did something without them ("you told her
  /// already? without asking me?"): it is owned, and what it was like for them asked.
  static let owningGoingAhead = [
    "You're right, I should have asked you first. How did it feel to find out that way?",
    "That's fair, I went ahead without you. What would you have wanted me to do?",
  ]

  /// Goodbyes to say once they have taken their leave: no question keeps them. "Anytime"
  /// answers thanks, and is said only to thanks; after a loss or a lonely stretch told, the
  /// goodbye keeps the door open for them.
  /// - Parameters:
  ///   - thanked: whether they thanked the listener just now.
  ///   - sharedSomething: whether they opened up in the talk's last turns.
  static func farewells(thanked: Bool, sharedSomething: Bool) -> [String] {
    if sharedSomething {
      return ["Take care of yourself. I'm here whenever you want to talk.", "Take care."]
    }
    return ["Take care; I'm glad we talked."] + (thanked ? ["Anytime. Talk soon."] : ["Talk soon."])
  }

  /// The thanks as they leave a talk of their own life: for telling it, never for talking a
  /// view through.
  static let leavingTheirNews = [
    "Thanks for filling me in. I'm glad you told me.",
    "I'm glad you told me all this.",
  ]

  /// One thing they said, in their words turned to the listener's, named as they leave, with
  /// the door left open: of a plan or a thing they must do ("you've got to tell her by
  /// friday"), how it goes asked after; of a view, another talk offered.
  static func understood(_ claim: String) -> String {
    isPlan(claim) || isObligation(claim)
      ? "I'll remember what you said, that \(claim). Let me know how it goes."
      : "I'll keep thinking about what you said, that \(claim). We can pick it up again any time."
  }
}
