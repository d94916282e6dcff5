/// Phrases that mark a line as a statement rather than a reflection, by the kind of statement
/// they mark and how strongly: what the speaker thinks or will do ("I think", "I'd"), what the
/// person should do ("you should", "you need to", "try"), facts about the world ("research",
/// "most people", a number), recognition of the person ("thanks for", "well done") or of their
/// right to choose ("it's your choice"), talk that steers the conversation ("let's", "next
/// time") or agrees to a plan ("sounds good"), and words that argue against what the other side said ("come on", "that's
/// not true", "isn't even"): a line that corrects them gives back nothing of theirs.
///
/// Read by `UtteranceReader` against `ReflectionCues`; a new cue is one entry here.
enum StatementCues {
  /// Each kind's cues, each phrase as the tokenizer splits it.
  static let entries: [(kind: StatementKind, cue: UtteranceCue)] =
    (opinion + disagreement + motiveDismissals).map { (.opinion, $0) }
    + (advice + messagesForOthers + perceivedNotAdvised).map { (.advice, $0) }
    + information.map { (.information, $0) } + affirmation.map { (.affirmation, $0) }
    + agreement.map { (.agreement, $0) } + autonomy.map { (.autonomy, $0) }
    + (structuring + smallTalk).map { (.structuring, $0) }
    + (warmth + doorsLeftOpen + backingOff).map { (.warmth, $0) }
    + (dismissal + repetitionComplaints).map { (.dismissal, $0) }

  /// The speaker's own view, plans or person: "I think", "I'd", "we", "my".
  private static let opinion: [UtteranceCue] = [
    .init("i think", 2), .init("i reckon", 2), .init("i would", 2), .init("i want", 2),
    .init("i 'm going", 2), .init("i can", 2), .init("i 'll", 2),
    .init("i have", 1), .init("i 've", 1), .init("i don't", 1), .init("i know", 1),
    .init("i see", 2), .init("i", 1), .init("i 'm", 1), .init("my", 1), .init("me", 1),
    .init("we", 2), .init("we 're", 2), .init("we 'll", 2), .init("we 've", 2),
    .init("let me", 2), .init("our", 2), .init("we can", 2), .init("i 'd like", 2),
    .init("i wanted to", 2),
    .init("i need to", 2), .init("i wonder if", 2), .init("i 'm wondering if", 2),
    .init("i 'm concerned", 3), .init("i 'm worried", 3), .init("let me tell", 3),
    .init("i can't", 2), .init("i have to", 2), .init("we 'd", 2), .init("we 're gonna", 2),
    .init("we 're going to", 2), .init("i believe", 2), .init("in my experience", 3),
    .init("i 'd say", 3), .init("i personally", 3), .init("i feel like", 2),
    .init("it 's highly", 2), .init("would be good", 2), .init("would be better", 2),
    .init("i 'd recommend", 3), .init("if i were you", 4), .init("i used to", 2),
    .init("when i", 2), .init("^ well", 1), .init("i thought", 2), .init("isn't a good", 3),
    // "Surely the gate is theirs to fix": the speaker's verdict, settled before anyone asks.
    .init("^ surely", 3), .init("surely", 2),
    // A verdict said to be what all know: "everyone knows the app is useless".
    .init("everyone knows", 4), .init("everybody knows", 4), .init("we all know", 4),
    .init("anyone can see", 4), .init("any idiot", 4),
    // A verdict on their plan, however framed: "that sounds really reasonable".
    .init("reasonable", 5), .init("sensible", 5),
  ]

  /// Words that contradict or correct the other side, or bring the speaker's own evidence
  /// against it: "come on", "that's not true", "he isn't even", "not anymore".
  private static let disagreement: [UtteranceCue] = [
    .init("come on", 3), .init("^ no", 1), .init("^ nope", 3), .init("^ nah", 3),
    .init("not true", 3), .init("that 's not true", 2), .init("that 's wrong", 4),
    .init("you 're wrong", 4), .init("not even", 2), .init("isn't even", 3),
    .init("wasn't even", 3), .init("aren't even", 3), .init("weren't even", 3),
    .init("didn't even", 2), .init("doesn't even", 2), .init("anymore", 1),
    .init("except that", 2), .init("the fact is", 3), .init("the truth is", 3),
    .init("in reality", 3), .init("that 's not how", 3), .init("but he", 2), .init("but she", 2),
    .init("that 's just", 2), .init("no way", 2), .init("to me", 2),
  ]

  /// Whether a cue argues against the other side in words they used themselves ("but he still
  /// brings it" after "he's grumpy but he still brings it"): said back, their own turn of
  /// thought argues nothing. Helper verbs are passed over and every negator reads as "not", so
  /// "he doesn't even ring" keeps their "not even". What is said with the cue must be theirs
  /// too: "but he lets the bins overflow" after "… but he still cuts the grass" uses their
  /// "but he" to argue.
  /// - Parameter words: the line's words, in lowercase.
  static func isTheirCounter(_ cue: UtteranceCue, in words: [String], heard: [String]) -> Bool {
    guard counterPhrases.contains(cue.words) else { return false }
    let said = Self.comparable(cue.words)
    guard !said.isEmpty, Self.comparable(heard).contains(said) else { return false }
    guard let cueEnd = words.firstRange(of: cue.words)?.upperBound else { return true }
    let heardForms = Set(heard.flatMap(forms(of:)))
    return words[cueEnd...].prefix { !clauseEnds.contains($0) }
      .filter { $0.first?.isLetter == true && !FunctionWords.isFunctionWord($0) }
      .allSatisfy { !heardForms.isDisjoint(with: forms(of: $0)) }
  }

  /// A word with the base of every verb it may be and the noun it may be the plural of:
  /// "replies" is "reply".
  private static func forms(of word: String) -> [String] {
    [word] + Lexicon.verbReadings(of: word).map(\.base)
      + [Lexicon.singular(of: word)].compactMap { $0 }
  }

  /// The marks that end the clause a counter cue opens.
  private static let clauseEnds: Set<String> = [".", ",", "!", "?", ";", "…"]

  /// The phrases of `disagreement`, which `isTheirCounter` looks up.
  private static let counterPhrases = Set(disagreement.map(\.words))

  /// Words as a counter is compared: negators as "not", helper verbs left out.
  private static func comparable(_ words: [String]) -> [String] {
    words.compactMap { word in
      if WordClass.negation.contains(word) { return "not" }
      return FunctionWords.auxiliary(word) == nil ? word : nil
    }
  }

  /// What they said put down to a motive of theirs the speaker names for them ("you just don't
  /// like change", "you're just scared of it"): it argues with them by reading their mind, and
  /// gives nothing they said back. Each outweighs a line's cues of speaking to "you".
  private static let motiveDismissals: [UtteranceCue] = [
    "you just don't like", "you just don't want to hear", "you just don't get",
    "you just can't handle", "you just can't stand", "you just hate", "you just like to",
    "you just want to win", "you just want attention", "you 're just scared",
    "you 're just jealous", "you 're just saying that", "you just say that", "you only say that",
  ].map { UtteranceCue($0, 6) }

  /// Words that wave away what the person said, within a longer line: "fine, if you say so".
  /// A line that is nothing but a retort ("whatever", "big deal", "get over it") is
  /// `DismissiveRetort`'s: inside a line those say something else ("moving is a big deal").
  private static let dismissal: [UtteranceCue] = [
    .init("if you say so", 4), .init("suit yourself", 4),
  ]

  /// A complaint that they are going over old ground ("you already said that", "you're
  /// repeating yourself"): it hears their words only to wave them off as said before. Each outweighs a
  /// line's cues and shapes of giving back ("you said", "^ you", "you", a clause about them).
  /// "You keep saying that you're fine" points at a pattern of theirs, and is no complaint.
  private static let repetitionComplaints: [UtteranceCue] = [
    "already said that", "already said it", "already said this",
    "said that already", "said it already", "said that before", "said this before",
    "told me that already", "told me already", "keep saying the same", "repeating yourself",
    "said that twice",
    "heard that already", "heard it already", "heard all this", "heard all that",
  ].map { UtteranceCue($0, 10) }

  /// What the person should say to someone else: "tell him you're not coming", "just ask your
  /// boss". Each outweighs the "you" of the message they are to pass on.
  private static let messagesForOthers: [UtteranceCue] = MessageVerbs.verbs.flatMap {
    verb in (MessageVerbs.thirdParties + ["your"]).map { "\(verb) \($0)" }
  }.flatMap { [UtteranceCue("^ " + $0, 6), UtteranceCue("just " + $0, 6)] }

  /// Facts about the world and what will happen: "research", "most people", "you will".
  private static let information: [UtteranceCue] = [
    .init("research", 2), .init("studies", 2), .init("study", 2), .init("percent", 2),
    // What a source reports, passed on: "the parish newsletter says …", "apparently …".
    .init("website says", 3), .init("leaflet says", 3), .init("newsletter says", 3),
    .init("paper says", 3), .init("papers say", 3), .init("on the news", 3),
    .init("^ apparently", 3),
    .init("guidelines", 2), .init("people who", 2),
    .init("most people", 2), .init("a lot of people", 2), .init("some people", 2),
    .init("there are", 1), .init("here 's", 2),
    .init("can cause", 2), .init("risk", 1), .init("called", 1),
    .init("you 'll", 2), .init("you will", 2),
    .init("if you", 1), .init("side effects", 3), .init("effects", 1),
    // A result set against its norm is feedback, even on their own numbers: "your cholesterol
    // is on the high side".
    .init("on the high side", 6), .init("on the low side", 6), .init("medication", 2),
    .init("medications", 2), .init("a day", 2), .init("a week", 2),
    .init("per day", 2), .init("per week", 2), .init("it will", 2), .init("will be", 1),
    // A thing's set times, said of it: "the club meets on the last friday of every month".
    .init("per month", 2), .init("every month", 2), .init("of every month", 2),
    .init("of the month", 2), .init("every year", 2),
    // A line that opens by saying what a thing will do or does tells, as "it will" does: "It's
    // gonna be hard to …", "It'll take …", "It shows you …".
    .init("^ it 's gonna", 2), .init("^ it 's going to", 2), .init("^ it 'll", 2),
    .init("^ it shows", 3), .init("^ it tells", 3),
    .init("we call", 2), .init("it 's called", 2), .init("can lead", 2),
    .init("more likely", 2), .init("your body", 2), .init("the body", 2),
    .init("research shows", 3), .init("on average", 3), .init("the good news", 3),
    .init("typically", 1), .init("usually", 1), .init("generally", 2), .init("tends to", 2),
    .init("tend to", 2), .init("which means", 2), .init("it means", 2), .init("shows that", 2),
    .init("the evidence", 2), .init("evidence", 1), .init("recommended", 2), .init("is called", 2),
    .init("affects", 2), .init("causes", 2), .init("increases", 2), .init("reduces", 2),
    .init("the risk", 2), .init("a lot of folks", 2), .init("folks", 1), .init("in fact", 2),
    .init("the reason", 1),
    .init("per cent", 2), .init("i noticed", 2), .init("i see you", 2), .init("i notice", 2),
    .init("as i said", 3), .init("like i said", 3),
    .init("is that", 1),
    // How things work, said of people in general or of a thing: "they can", "it allows".
    .init("they can", 2), .init("it allows", 3), .init("can be", 1), .init("their", 1),
    .init("most people find", 3), .init("allowed to", 2),
    // The speaker setting out what they want the person to know: "I want to point out that".
    .init("point out", 3), .init("let you know", 3),
    // News passed on, marked as such: "the bins are thursday now fyi", "heads up, it's shut".
    .init("fyi", 6), .init("btw", 4), .init("by the way", 3), .init("heads up", 5),
    .init("just so you know", 6), .init("just so u know", 6),
  ]

  /// Recognition of the person: their effort, strength or feelings.
  private static let affirmation: [UtteranceCue] = [
    .init("thank", 3), .init("thanks", 3), .init("thanks for", 4), .init("thank you for", 4),
    .init("i appreciate", 4), .init("appreciate", 2), .init("great", 1), .init("that 's great", 3),
    .init("good for you", 4), .init("well done", 4), .init("^ good job", 4),
    .init("congratulations", 4), .init("impressive", 3), .init("i 'm glad", 4),
    .init("glad to hear", 4), .init("good to hear", 4), .init("great to hear", 4),
    .init("i 'm sorry", 4), .init("sorry to hear", 4), .init("i 'm proud", 4),
    .init("you should be proud", 5), .init("took courage", 4), .init("takes courage", 4),
    .init("took a lot", 2), .init("brave", 2), .init("you 're welcome", 4), .init("fantastic", 2),
    .init("wonderful", 2), .init("awesome", 2), .init("excellent", 2), .init("that 's a great", 3),
    .init("what a great", 3), .init("done well", 6), .init("you 've done well", 4),
    .init("did well", 6), .init("nice work", 3), .init("proud of you", 6),
    .init("credit to you", 4), .init("a big step", 3), .init("achievement", 2),
    .init("done really well", 6), .init("done so well", 6), .init("doing really well", 6),
    .init("doing so well", 6), .init("doing great", 5), .init("done brilliantly", 6),
    .init("really well to", 6), .init("so well to", 6), .init("well done for", 6),
    // Praise of who they are, or a fear of theirs answered: "you're the kindest dad I know",
    // "you're not failing anyone".
    .init("you 're the most", 5), .init("you 're literally the most", 5),
    .init("you 're the best", 5), .init("you 're a great", 5), .init("you 're a good", 4),
    .init("you 're not failing", 6), .init("doing your best", 5), .init("doing a great job", 5),
    // The speaker's own word of them, offered as such: "for what it's worth, you're not lazy".
    .init("for what it 's worth", 6), .init("for what its worth", 6),
    // A strength they have shown, named: "you've held down nights for years".
    .init("you 've held down", 5), .init("you held down", 5), .init("you 've stuck with", 4),
    .init("you 've come a long way", 6), .init("you 've got through", 4),
    .init("you 've worked so hard", 5), .init("you 've worked really hard", 5),
    // Normalising: what they feel is what anyone would ("I'd be the same", "no wonder").
    .init("i 'd be the same", 6), .init("i would be the same", 6), .init("i 'd feel the same", 6),
    .init("i 'd be exactly the same", 6), .init("anyone would", 5), .init("anybody would", 5),
    .init("who wouldn't", 5), .init("no wonder", 4), .init("only natural", 5),
    .init("only human", 5),
    // Comfort from someone they love: "your nan would be chuffed that you still bake".
    .init("would be proud", 6), .init("would be so proud", 6), .init("would be chuffed", 6),
    .init("would be made up", 6), .init("would be pleased", 5), .init("would love that you", 6),
    .init("would have loved", 5), .init("would 've loved", 5), .init("would have been proud", 6),
  ]

  /// Telling the person they are right: "you're right".
  private static let agreement: [UtteranceCue] = [
    .init("you 're right", 3), .init("you are right", 3), .init("that 's true", 3),
    .init("are true", 3), .init("so true", 3),
    // A point granted, and nothing given back: "lol fair", "fair enough", "ok fair point".
    .init("fair enough", 6), .init("fair point", 6), .init("^ fair", 5), .init("that 's fair", 5),
  ]

  /// The choice left with the person: "it's your decision", "up to you".
  private static let autonomy: [UtteranceCue] = [
    .init("your choice", 4), .init("your decision", 4), .init("up to you", 4),
    .init("your call", 4), .init("you know yourself", 4), .init("you 're the expert", 4),
    // An offer made with no claim on them: "only if you want, no pressure".
    .init("no pressure", 5), .init("only if you want", 5), .init("only if you fancy", 5),
    .init("no worries if not", 5), .init("fine if not", 4), .init("whatever you decide", 4),
    .init("in your own time", 4), .init("no rush", 3),
    // Leave to say no to the speaker's own word: "you can ignore me if you want", "you don't
    // have to answer".
    .init("you can ignore", 6), .init("ignore me", 5), .init("you don't have to", 5),
    .init("you dont have to", 5), .init("feel free", 4), .init("totally fine if", 4),
  ]

  /// Talk that steers the conversation: what comes next, the time, the session's plan.
  private static let structuring: [UtteranceCue] = [
    .init("let 's", 3), .init("let 's talk", 4), .init("let 's start", 4),
    .init("next time", 4), .init("see you", 4), .init("talk to you", 3), .init("next week", 3),
    .init("appointment", 3), .init("session", 2), .init("today", 1), .init("i look forward", 4),
    .init("before we", 2), .init("we 'll", 1), .init("i 'd like to ask", 4),
    .init("a few questions", 4), .init("ask you a few", 4), .init("i wanted to ask", 3),
    .init("the reason i 'm asking", 4), .init("i 'm going to ask", 4), .init("first step", 2),
    .init("what we 'll do", 4), .init("we talked about", 2), .init("as we discussed", 3),
    .init("come back", 2), .init("i 'm hoping", 2),
    .init("our time", 3), .init("minutes", 2), .init("i promise", 3),
    .init("gonna ask", 3), .init("going to ask", 3), .init("why i asked", 4),
    .init("why i 'm asking", 4), .init("the reason i asked", 4),
  ]

  /// Care, love, apologies, grief shared, backing off, thanks, promises, keeping in touch,
  /// invitations to speak and goodbyes: "love you", "take care", "sorry", "I miss her too", "I'll put the kettle on",
  /// "I'll leave it there", "ta", "promise", "text me after".
  private static let warmth: [UtteranceCue] = [
    .init("love you", 6), .init("love ya", 6), .init("miss you", 5), .init("take care", 5),
    .init("kettle", 5), .init("cuppa", 5), .init("a cup of tea", 5), .init("^ bye", 5),
    .init("goodnight", 6), .init("good night", 6), .init("night night", 6),
    .init("sleep well", 6), .init("sweet dreams", 6), .init("big hug", 6), .init("hugs", 5),
    .init("look after yourself", 6), .init("safe trip", 5), .init("drive safe", 5),
    .init("here for you", 5), .init("i 'm here if", 5),
    // An invitation to speak: "ok I'm listening, go", "go on then".
    .init("i 'm listening", 6), .init("im listening", 6), .init("i am listening", 6),
    .init("all ears", 6), .init("go on then", 5), .init("^ go ahead", 5), .init("^ go on", 4),
    // Leave to pause, and a "sorry" waved away: "take your time", "don't be sorry", "no need
    // to apologise". They put no step to them: the time is theirs.
    .init("take your time", 6), .init("take all the time", 6), .init("don't be sorry", 6),
    .init("no need to be sorry", 6), .init("no need to apologise", 6),
    .init("no need to apologize", 6), .init("don't apologise", 6), .init("don't apologize", 6),
    .init("nothing to be sorry", 6), .init("nothing to apologise", 6),
    // An apology: "sorry, I didn't mean to push", "my bad".
    .init("^ sorry", 6), .init("i apologise", 6), .init("i apologize", 6), .init("my bad", 6),
    .init("didn't mean to", 5), .init("i shouldn't have", 4),
    // Regret owned: "i should have been there more", "i should've listened".
    .init("i should have been there", 6), .init("i should 've been there", 6),
    .init("i should have listened", 6), .init("i should 've listened", 6),
    // Grief or longing shared: "I miss her too", "me too".
    .init("i miss", 6), .init("miss her too", 6), .init("miss him too", 6),
    .init("miss them too", 6), .init("^ me too", 5),
    // Saying the talk is to understand, not to win: "I'm not trying to win, I just want to
    // understand where you're coming from".
    .init("i 'm not trying to", 5), .init("not trying to win", 5), .init("want to understand", 6),
    .init("wanna understand", 6), .init("interested in how you", 6),
    .init("want to get how", 6), .init("wanna get how", 6), .init("want to hear how", 6),
    .init("like to hear it from you", 6), .init("i 'd like to hear", 5),
    .init("i 'd love to hear", 5),
    // Backing off, and leaving the door open: "I'll leave it there for now", "you can always
    // tell me".
    .init("leave it there", 6), .init("leave it at that", 6), .init("leave it for now", 6),
    .init("won't push", 6), .init("not gonna push", 6),
    .init("not going to push", 6), .init("you can tell me", 6),
    .init("you can talk to me", 6), .init("you can come to me", 6), .init("you can ring me", 6),
    .init("you can call me", 6), .init("door 's always open", 6),
    // Letting them go: "I'll let you get to your shift", "I'll let you go".
    .init("i 'll let you go", 6), .init("i 'll let you get", 6), .init("let you get on", 5),
    // Asking them to keep in touch: "ring me after", "text me when you're home".
    .init("ring me", 5), .init("call me after", 5), .init("call me when", 5),
    .init("call me later", 5), .init("call me tomorrow", 5), .init("text me", 5),
    .init("message me", 5),
    .init("keep me posted", 6), .init("let me know how", 5), .init("tell me how it goes", 6),
    // A promise or an offer to do something for them: "i won't tell, promise", "i'll bring
    // the cake", "i'll pick you up".
    .init("promise", 5), .init("i won't tell", 5), .init("i 'll bring", 5),
    .init("i 'll pick you up", 6), .init("i 'll drive you", 6), .init("i 'll come with", 6),
    .init("i 'll be there", 5),
    // A goodbye for now: "see you in a bit", "see ya later", "laters".
    .init("see you in a bit", 6), .init("see you later", 6), .init("see you soon", 6),
    .init("see ya", 6), .init("catch you later", 6), .init("^ laters", 6), .init("^ later", 4),
    .init("in a bit", 3),
    // Good wishes said as a bidding: "enjoy your tea", "have a good shift", "good luck".
    .init("^ enjoy", 5), .init("have a good", 5), .init("have a nice", 5), .init("have fun", 5),
    .init("good luck", 5), .init("get well soon", 6), .init("feel better soon", 6),
    .init("mind how you go", 6),
    // Thanks: "ta", "cheers for that", "thanks love".
    .init("^ thanks", 5), .init("^ thank you", 5), .init("^ cheers", 5), .init("^ ta", 5),
  ]

  /// Small talk and agreeing to a plan: "yeah let's go", "sounds good", "I'm in".
  private static let smallTalk: [UtteranceCue] = [
    .init("lets", 3), .init("let 's go", 2), .init("lets go", 2), .init("sounds good", 4),
    .init("sounds great", 4), .init("sounds like a plan", 6), .init("i 'm in", 3),
    .init("count me in", 4), .init("i 'm down", 3), .init("see you there", 2),
  ]
}
