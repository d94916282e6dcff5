/// The phrases that show what an answer does: the knowledge the answer reader applies, as
/// tables. A new cue is one line here; `AnswerMoveReader` is the one matcher that reads them.
///
/// Patterns are `PhrasePattern`s over lowercased words (clitics are words of their own: "i 'm",
/// "that 's"; negated forms are whole: "don't"); shorthand ("im", "bc", "dont") is read as the
/// words it stands for before matching. A pattern starting with "^ " only matches at the start of
/// a sentence, after words that only open it ("ok", "well", "yeah").
enum AnswerCues {
  /// Phrases that give a move wherever they stand in a sentence of the person's own words.
  static let moves: [(move: AnswerMove, pattern: String)] = [
    (.reason, "because"),
    (.reason, "'cause"),
    (.reason, "cuz"),
    (.reason, "(that 's|thats|that is) (why|the reason)"),
    (.reason, "the (main|real|only)? reason (is|being)"),
    (.reason, "(given|seeing|considering) that"),
    (.reason, "due to"),
    (.reason, "it 's (mostly|mainly|just|all)? (about|down to)"),
    (.example, "for (example|instance)"),
    (.example, "e.g."),
    (.example, "(like|take) (when|the time|last (year|week|month|time))"),
    (.example, "in my (experience|job|work|family|town|company|team|office|school)"),
    (.example, "(at|on) my (job|work|company|team|school)"),
    (.example, "(i|we) ('ve|have)? (seen|saw|watched|lost|worked|lived|grew up|went through)"),
    (.example, "i remember"),
    (
      .example,
      "one of (them|us|mine|ours|my _|our _|the _) (told|was|got|lost|cried|quit|had|left)"
    ),
    (
      .example,
      "(my|our) (cousin|brother|sister|brother-in-law|sister-in-law|uncle|aunt|friend|dad|mom|mum|father|mother|neighbour|neighbor|coworker|colleague|boss|grandma|grandpa|nephew|niece) (lost|got|went|had|was|tried|bought|worked|saw|made|paid|moved|put|served|spent|used)"
    ),
    (
      .example,
      "(my|our) (team|company|office|school|kids|son|daughter|family|town|neighbourhood|neighborhood) (was|were|got|went|lost|had|did|slowed|stopped|started|moved|became|spent|used)"
    ),
    (.example, "(last|this) (year|week|month|summer|winter|christmas|thanksgiving)"),
    (.example, "(when|once) (i|we) (was|were|worked|lived|tried)"),
    (.example, "i know (someone|a guy|a woman|people|a lot of people|a few people)"),
    (.example, "(a|one) (friend|colleague|coworker|neighbour|neighbor) of (mine|ours)"),
    (.example, "happened to (me|us|my)"),
    (.source, "according to"),
    (
      .source,
      "(report|study|survey|poll|article|paper|documentary) (said|says|found|finds|shows|showed)"
    ),
    (.source, "(the|on the) (news|media|papers)"),
    (.source, "i (read|heard|saw) (it|that|somewhere|online|on|in|a|an|about)"),
    (
      .source,
      "(studies|research|the data|the numbers|statistics|stats|polls|experts) (show|shows|say|says|suggest|suggests)"
    ),
    // "I saw a documentary", "a study about …": a study or a paper named bare ("allotment,
    // the paper") is a pastime, no source.
    (
      .source,
      "(in|on|from|saw|seen|read|watched|heard|listened to|showed me|sent me) (a|the|this|that) (study|report|article|book|podcast|documentary|video|survey|poll|paper)"
    ),
    (
      .source,
      "(a|the|this|that) (study|report|article|book|podcast|documentary|video|survey|poll|paper) (about|on|that|where|which|from|by|i|we|he|she|they|my)"
    ),
    (.source, "'s (book|article|podcast|study|paper|video|channel|show|research)"),
    (.source, "on (tiktok|youtube|twitter|reddit|facebook|instagram|fox|cnn|the radio|tv)"),
    (.concession, "^ (ok|okay|alright|all right)? fair (enough|point)?"),
    (.concession, "(good|valid|that 's a good|that 's a fair) point"),
    (.concession, "you ('re|are|might be|may be|could be) right"),
    (.concession, "^ (that 's|that is|it 's) (true|fair)"),
    (.concession, "to be fair"),
    (.concession, "i (could|might|may) be wrong"),
    (.concession, "i don't know (anymore|any more)"),
    (.concession, "i (don't|do not) (really|actually|even)? know (what|if|whether|who|where)"),
    // "I don't know how it works" doubts; "I don't know how anyone can see it otherwise" is
    // certainty, said in disbelief at the other side.
    (
      .concession,
      "i (don't|do not) (really|actually|even)? know how (to|i|it|much|many|this|that|we|the)"
    ),
    (.concession, "i ('m|am) not (so|that|totally|entirely|really)? sure (anymore|any more)?"),
    (.concession, "(then again|on the other hand|admittedly|i have to admit|i 'll admit|i admit)"),
    (.concession, "(not|isn't) (always|true|really true|that simple|the whole story)"),
    (.concession, "(both|partly|sort of|kind of) (true|right)"),
    (.concession, "^ (true|granted)"),
    (.concession, "(ok|okay|sure) but"),
    (.concession, "(and|which) (that 's|that is|is|seems|sounds) (true|fair|a fair point)"),
    (.concession, "(that 's|thats|it 's|that is) (kind of|kinda|sort of|pretty|actually)? fair"),
    (.concession, "i (kind of|kinda|sort of)? hear (it|that|you|what you 're saying)"),
    (.concession, "i know (she|he|they) (is|are|does|do|has|have|was|were)"),
    (.concession, "i (kind of|kinda|sort of)? (see|get) (your|the|that) point"),
    // "ill give you that": the "ill" can only be "I'll".
    (.concession, "(i|ill) ('ll|will|can)? (give|grant) you (that|this|one|the)"),
    // "the parking I'll give them": what they grant stands before the grant.
    (.concession, "_ \(frontedGrant)"),
    // "some of it came true I grant you": granted, after what it grants.
    // "i'll grant you nothing" refuses.
    (.concession, "i ('ll|will|must|have to)? grant you !(nothing|none|zero)"),
    (
      .concession,
      "(he|she|they|you|son|daughter|mom|mum|dad|wife|husband|friend|sister|brother) (has|have|had|'s got|'ve got) a (fair|good)? point"
    ),
    (.concession, "(hard|tough) to argue with"),
    (.concession, "(a|is a|'s a) (decent|good|fair|solid) argument"),
    (.concession, "(that|it|which) (kind of|kinda|sort of|actually)? makes sense"),
    (
      .concession,
      "^ i mean (the|their|his|her|its|some of the|some)? _ _? _? (is|are|was|were|'s) (real|true|legit|genuine|valid|useful|helpful|impressive|nice|good|great|fine|a thing)"
    ),
    // "ok it did crash hard": after a yes, an emphatic "did" grants what was put to them.
    (
      .concession,
      "(ok|okay|yeah|yes|sure|alright|fine) ,? (it|they|he|she|that|this) (did|does|do)"
    ),
    (.wouldChangeMind, "change my (mind|view|opinion)"),
    (.wouldChangeMind, "(i 'd|i would|would) (rethink|reconsider|think again)"),
    (.wouldChangeMind, "(convince|persuade) me"),
    (
      .wouldChangeMind,
      "if (i|someone|somebody|they|you) (saw|see|showed|show|could show|proved|prove)"
    ),
    (.wouldChangeMind, "if it turned out"),
    (.wouldChangeMind, "(i 'd|i would) (believe|accept|be convinced|change)"),
    (.wouldChangeMind, "would make me"),
    (
      .wouldChangeMind,
      "(i 'd|i would|id|i 'll) (drop|abandon|budge|come around|back off|walk it back|take it back|give it up|let it go)"
    ),
    // "show me one country where it worked and sure", "it'd take seeing …", "unless …".
    (
      .wouldChangeMind, "^ (show|give|find|bring) me (one|a|an|some|any|proof|evidence|real|actual)"
    ),
    (.wouldChangeMind, "(it 'd|it would|itd|it 'll|what it would|all it would) take"),
    (.wouldChangeMind, "unless"),
    (.asksBack, "what do you think"),
    (.asksBack, "(don't|do) you (think|agree)"),
    (.asksBack, "(what|how) about you"),
    (.asksBack, "(can|could|would|will) you (just|please)? (tell|give|show) me"),
    (.asksBack, "^ (just|please) (tell|give) me"),
    (.asksBack, "^ what (would|do|should) you (do|think|say)"),
    (.concession, "(she|he|they|you) (might|may|could) (be right|have a point)"),
    (.concession, "(you|she|he|they) (have|has) a point"),
    (.concession, "^ (well)? not (everyone|everybody|all of them|always|every time)"),
    (.repeat, "same as (i said)? (before|earlier|above|last time)"),
    (.repeat, "(like|as) i (said|told you|already said|mentioned)"),
    (.repeat, "i already (said|told you|answered|explained)"),
    (.repeat, "i just (told you|answered|explained)"),
    (.repeat, "i just said (that|this|it|so)"),
    (.repeat, "i (already)? told you"),
    (.repeat, "(third|second|fourth) time"),
    (.repeat, "see (above|my last answer|what i said)"),
    (.offTopic, "pass (me)? the"),
    (.offTopic, "(can|could) we (talk about|change|move on)"),
    (.offTopic, "let 's (change the subject|talk about something else|move on|stop)"),

    // "can we talk about something else"; not "its the phone and not something else".
    (.offTopic, "(change the subject|(talk|chat) about something else|do something else)"),
    (.offTopic, "what 's for (dinner|lunch)"),
  ]

  /// Hedges that concede only when what follows them reads as a view ("maybe it's more mixed
  /// than I think"); before a number, a date, a plan or a "when …" they only soften it ("maybe
  /// 55 now", "2022 maybe", "I guess when dad died").
  static let hedgedConcessions: [String] = [
    "i (guess|suppose)", "maybe", "(probably|possibly) not",
  ]

  /// The words that open a phrase setting the scene before a clause: "at my company …".
  static let scenePrepositions: Set<String> = ["at", "in", "on"]
  static let sceneDeterminers: Set<String> = ["my", "our", "the", "his", "her", "their"]

  /// Nouns that name a source and say what it found: "the city council report said …".
  static let sourceNouns: Set<String> = [
    "report", "study", "survey", "poll", "article", "paper", "documentary",
  ]

  /// Words that, opening a sentence, turn back to the person's own side.
  static let turnOpeners = ContrastReader.sentenceOpeners

  /// Words that open a clause that is no view of its own: a time, a condition, a cause.
  static let notViewOpeners: Set<String> = [
    "when", "if", "since", "after", "before", "while", "because", "until", "once",
  ]

  /// Answers that say nothing to build on, said alone: the whole answer, its words in
  /// lowercase, is one of these.
  static let noContent: Set<String> = Set([
    "yes", "yeah", "yep", "yup", "ya", "y", "no", "nope", "nah", "n", "ok", "okay", "k", "kk",
    "sure", "fine", "idk", "dunno", "hmm", "hm", "mm", "mmm", "um", "uh", "lol", "lmao",
    "whatever",
    "i don't know", "don't know", "not sure", "no idea", "i 'm not sure", "no clue", "who knows",
    "i guess", "meh", "eh", "pass",
    "nothing", "same", "true", "right", "i dunno", "hard to say",
  ]).union(greetings)

  /// Greetings: said alone ("hello?", "hiya") they check the talk is there; before a question
  /// ("howdy, what makes …") they lead into it. Either way they name nothing.
  static let greetings: Set<String> = [
    "hello", "hi", "hey", "hiya", "heya", "hullo", "yo", "oi", "howdy", "hello there", "hi there",
  ]

  /// Words of `noContent` that say a flat no ("nope", "nah no"): the question did not fit
  /// them, which is given back, never met as if nothing was said.
  static let flatNos: Set<String> = ["no", "nope", "nah", "n"]

  /// Whether an answer is a flat no and nothing else: "nope", "no.", "nah no".
  static func isFlatNo(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    return !words.isEmpty && words.count <= noContentRunLimit && words.allSatisfy(flatNos.contains)
  }

  /// The most words of `noContent` said together that still say nothing ("yeah ok sure").
  static let noContentRunLimit = 3

  /// Words of `noContent` that, said with others, grant a point: "true, true", "yeah right".
  static let grantingWords: Set<String> = ["true", "right", "fine"]

  /// Someone other than the person, whose words follow a reporting verb ("my mom says …"): what
  /// follows is theirs, never the person's own claim.
  static let reportedSpeech: [String] = [
    "(my|our) _ _? (always|just|keeps|kept)? (says|said|say|thinks|thought|think|believes|believed|tells me|told me|keeps saying|claims|claimed|argues|swears|saying)",
    "(he|she|they|people|everyone|everybody|experts|scientists|economists|politicians|the government|the media|the experts|some people|a lot of people|many people) (always|just|keep)? (say|says|said|claim|claims|claimed|think|thinks|tell me|told me|keep saying|keeps saying|argue|argues)",
    "(the|this|that|a|some|one|my|our) _? (guy|man|woman|lady|person|doctor|expert|advisor|adviser|teacher|banker|lawyer|priest|pastor|officer|agent) (always|just)? (says|said|told me|tells me|thinks|claims|claimed)",
    "according to",
  ]

  /// The words that say an answer is said again, left out when finding what it repeats.
  static let repeatWords: Set<String> = [
    "said", "say", "told", "tell", "already", "before", "earlier", "like", "same", "mentioned",
    "time", "third", "second", "answered", "explained", "above",
  ]

  /// Speakers that name no one in particular: what they say is reported, but they are no
  /// source to give back ("people say …", "he says …": who he is was said before).
  static let unnamedSpeakers: Set<String> = [
    "he", "she", "they", "people", "everyone", "everybody", "some people", "a lot of people",
    "many people",
  ]

  /// Where someone else's reported words end and the person's own voice comes back: "my mom
  /// says it doesn't matter but I think …", "people say Hamas started it and that's true".
  static let ownVoice: [String] = [
    "but", "though", "although", "which (is|isn't|seems|sounds)", "(and|but) (i|that 's|that is)",
  ]

  /// A grant whose object stands before it ("the parking I'll give them"): nothing of its own
  /// follows the one it grants to, so "I'll give them a ring" grants nothing.
  static let frontedGrant =
    "(i ('ll|will|can|'d|would|must|have to)|ill) (give|grant) (them|him|her|em|'em|it|the council|the government) (that|this|that one|this one|one)? !@determiner !@possessive !@quantifier !#noun !(back|up|away|out|credit|some|any|more|time)"

  /// Words that only say a sentence concedes, left out of the doubt kept from it: "ok fair, …",
  /// "I suppose …", "that's a fair point".
  static let concessionOpeners: [String] = [
    "(ok|okay|alright)? fair (enough|point)?", "(ok|okay|sure|fine|yeah) but",
    "(that 's|that is|it 's)? (a)? (good|valid|fair) point",
    "(that 's|thats|that is|it 's)? (kind of|kinda|sort of|pretty|actually)? (true|fair)",
    "which", "you ('re|are|might be|may be|could be) right (that)?",
    "(you|she|he|they) (might|may|could)? (have|has) a point (that)?",
    "i (guess|suppose|mean)", "to be (fair|honest)", "(then again|admittedly|granted|true)",
    "(i have to|i 'll)? admit", "(on the other hand)", "honestly",
    "i ('ll|will|can)? (give|grant) you (that|this|one)",
    "(i don't know|idk|dunno|i dunno|i 'm not sure|not sure)",
  ]

  /// The concession openers that frame a doubt about what follows them: "i'm not sure i agree
  /// with her", "idk if it can". Before a clause of its own they are part of what is said, and
  /// left off they would turn the doubt into its opposite ("you agree with her").
  static let doubtFrames: [String] = [
    "(i don't know|idk|dunno|i dunno|i 'm not sure|not sure) (if|whether|that)?"
  ]

  /// Phrases that say what would follow in a sentence with "if": "if the small labs could
  /// still compete, I'd be fine with it".
  static let conditionalOutcomes: [String] = [
    "(i 'd|id|i would) (be|feel|support|accept|vote|go along|back)",
    "(i 'd|id|i would) (probably|just|definitely|happily)* (go along|go for it|change|agree)",
    "(i 'd|i would) (think|see it|see things) differently",
    "(i 'd|id|i would|i 'll) (drop|abandon|budge|come around|back off|give up|let go|rethink|reconsider)",
    "then (maybe|probably|i guess)? (not|no|fine|sure|ok|okay)",
    // "if they let the locals in free then fair enough id say leave them be": the if-clause
    // is what would change their mind, the grant after "then" only what would follow.
    "then (maybe|probably|i guess)? (fair enough|fair play|good luck to them|all good|no problem)",
    "(i 'd|id|i would) (probably|maybe)? (say|let|leave) (it|them|that|him|her|keep|fine|ok|okay|fair)",
    "i (should|would|'d|'ll) (just|probably|happily|gladly)? (pay|buy|accept|support|agree|switch|stop)",
  ]

  /// Words that name both sides at once: "maybe both" is a view, where "maybe 55" is not.
  static let twoSidedWords: Set<String> = ["both", "either"]

  /// Phrases in which a person names what may be in their own way: the blockage itself. "If
  /// I'm honest" only vouches for what it is said with, and names nothing.
  static let blockages: [String] = [
    "maybe i ('m|am) (just|really)?",
    "maybe i (say|said|tell myself|pretend|act like|keep saying) (it|that|this|its)",
    "(maybe|perhaps) (the real|part of the) (reason|issue|problem) is",
    "(the real|part of the) (reason|issue|problem) is (that)? i",
    "i (think|guess|suppose|wonder if) i ('m|am) (just|really)? (trying|avoiding|using|pushing|looking|hiding|holding)",
    "i don't want to (admit|face|look at|think about)",
    "(it|that|this|arguing|pushing) (just)? (makes|made) me (dig in|double down|more stubborn|more defensive|push back|push harder|get louder)",
    // "makes me wonder if I'm angry at the riders": a question they put to themselves.
    "(it|that|this)? (makes|made|got|gets) me (wonder|wondering|asking myself|ask myself|question|questioning) (if|whether)",
    "i ('m|am|was)? (wonder|wondering|ask myself|asking myself) (if|whether)",
  ]
}
