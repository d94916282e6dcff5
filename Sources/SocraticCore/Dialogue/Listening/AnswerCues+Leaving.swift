// The cues by which an answer says the person is leaving, stopping or changing the subject.
extension AnswerCues {
  /// Words before a leave-taking phrase that make it a reason, not leaving: "bc i have to go
  /// back to work".
  static let leaveReasons: Set<String> = [
    "because", "bc", "cause", "cuz", "coz", "since", "if", "when", "whenever", "until",
  ]

  /// Words after a leave-taking phrase that put it later, not now: "i have to go back in
  /// march".
  static let laterTimes: Set<String> = TimeWords.monthsButMay.union([
    "next", "someday", "eventually", "weeks", "months", "years", "whether",
  ])

  /// Phrases in which the person says they want to stop, when they end a sentence ("can we
  /// stop", "I don't want to do this"; but "I don't want to do this to her" tells of something
  /// else): the session closes as it does for one who says goodbye.
  static let stopping: [String] = [
    "(can|could) we (just|please)? (stop|quit|be done) (here|there|now|for now|for today)?",
    "(let 's|lets) (just)? (stop|quit|be done) (here|there|now|for now|for today)?",
    // "I'd rather not talk about that" declines one question (`TurnCues.declines`); "this",
    // "anymore" or "do" say the talk is what they would stop.
    "i (don't|do not) (want|wanna) (to)? (do|keep doing|keep talking about) (this|it|that) (anymore|any more)?",
    "i (don't|do not) (want|wanna) (to)? (talk about|discuss) (this (anymore|any more)?|(it|that) (anymore|any more))",
    "i 'd rather not do (this|it|that) (anymore|any more)?",
    "i 'd rather not (talk about|discuss|go into) (this (anymore|any more)?|(it|that) (anymore|any more))",
    "i 'm (done|finished) with (this|it|that)",
    "(i)? (really)? (need to|have to|gotta|got to) (run|dash|bounce)",
    "(i 'm|i am) (kinda|kind of|pretty much|about|all) done (here|for now|for today)?",
    "(i 'm|i am) done (here|for now|for today)?",
    // "i think that's me done for now", "that's it from me for today".
    "(that 's|thats|that is) me (done|finished) (for (now|today|tonight|the day))?",
    "(that 's|thats|that is) (it|all) (from me|for me)? for (now|today|tonight|the day)",
    "(i 'll|i will|ill) (stop|leave it) (here|there|now)? (for now|for today|for tonight)?",
  ]

  /// Words that may follow a request to stop and leave it one: thanks, a name for the
  /// listener, a laugh ("nah im done mate", "thats me done, cheers").
  static let leaveWords: Set<String> = [
    "mate", "cheers", "thanks", "thx", "ta", "lol", "haha", "bro", "man", "dude", "pal", "love",
    "dear", "now", "then", "ok", "okay", "anyway",
  ]

  /// Words that open a stop as the speaker's own: "i need to run", "can we stop", "let's stop",
  /// "that's me done".
  static let ownStopOpeners: Set<String> = [
    "i", "we", "can", "could", "let", "lets", "that", "thats",
  ]

  /// Words between the speaker and a stop that say nothing of who stops: "i'll have to run",
  /// "we really must dash".
  static let stopModals: Set<String> = [
    "'ll", "will", "'d", "would", "might", "may", "must", "should", "just", "really", "probably",
    "actually", "honestly",
  ]

  /// Words before a stop that say nothing of who stops, so it is the speaker: "sorry, need to
  /// run", "right gotta dash", "nah im done".
  static let stopLeads: Set<String> = [
    "sorry", "soz", "right", "so", "well", "oh", "um", "erm", "uh", "eh", "nah", "no", "yeah",
    "yes", "and", "but", "honestly", "actually",
  ]

  /// Phrases in which the person asks to talk about something else: the belief is rated a
  /// last time and another one can be stated, as `/belief` does.
  static let changingSubject: [String] = [
    "(can|could) we (please)? (talk about|move on to|change to) (something|anything) else",
    "(can|could) we (please)? change the (subject|topic)",
    "let 's (change the (subject|topic)|talk about something else|move on)",
  ]

  /// Words that, closing a sentence of the person's, say goodbye ("ok, need to study now,
  /// bye"); inside one they tell of it ("I said bye to her").
  static let farewells: Set<String> = thanksWords.union([
    "bye", "goodbye", "goodnight", "ttyl", "cya", "later", "night", "nite", "cheerio", "tara",
  ])

  /// Words that thank: "thanks love", "ta", "cheers for that".
  static let thanksWords: Set<String> = ["thanks", "thank", "thx", "ty", "ta", "cheers"]

  /// Words that, right before thanks, turn something down or say it curtly: "no thanks", "nah
  /// ta", "fine, thank you very much". No goodbye: the talk goes on.
  static let decliningWords: Set<String> = ["no", "nah", "nope", "fine"]

  /// Goodbyes of two words that close a sentence as one farewell does ("ok ta ra", "right,
  /// see ya"): the last word alone says no goodbye ("ra") or says another thing ("care").
  static let farewellPairs: Set<String> = [
    "ta ra", "ta ta", "see ya", "see you", "see u", "take care", "bye bye",
  ]

  /// Words that may close a farewell after it: a kiss, those it is said to ("night all",
  /// "bye x", "night folks", "bye for now").
  static let farewellTails = addressees.union([
    "x", "xx", "xxx", "now", "then", "lol", "haha", "for",
  ])

  /// Words that name whom a greeting or a farewell is said to: "hello all", "night folks".
  static let addressees: Set<String> = [
    "all", "everyone", "everybody", "folks", "mate", "love", "dear", "friend",
  ]

  /// Farewells that say goodbye only after a break or a word of leave ("…, night", "ok
  /// night"): "we go out at night" tells when.
  static let farewellsAfterBreak: Set<String> = ["night", "nite"]

  /// Words that open such a farewell, after the break: "thank you, good night", "night night".
  static let farewellLeads: Set<String> = ["good", "night", "nighty", "nite"]

  /// Sentences that, said alone, say goodnight: "night." (but "I work at night" does not).
  /// Sentences of agreement alone, after which thanks is for being understood ("exactly. thank
  /// you").
  static let agreements: Set<String> = [
    "exactly", "finally", "precisely", "yes", "yeah", "yes exactly", "right", "that 's it",
    "thats it", "that 's right", "thats right",
  ]

  static let farewellSentences: Set<String> = [
    "night", "nite", "good night", "night night", "gn", "thanks", "thank you", "thx",
    "bye for now", "take care", "sleep well", "ta ra",
  ]
}
