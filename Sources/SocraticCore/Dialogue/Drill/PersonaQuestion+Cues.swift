/// The cues a drill's persona reads a question by: what it aims at, and what puts words in its
/// mouth (what it asks for whatever its kind is in `PersonaQuestion+KindCues.swift`).
extension PersonaQuestion {
  /// What puts words in the persona's mouth: "the promises you mention", "you said".
  static let attributionCues = [
    PhrasePattern(
      "(you|you've) (mention|mentioned|said|talk about|talked about|brought up|raised)"),
    PhrasePattern("your (point|claim|argument|story) about"),
  ]

  /// What a question says that aims at the persona's own story or at the other side, and that
  /// aim: the worded cues, then the cases a question supposes of its own.
  static let aimCues = wordedAimCues + supposingCues.map { ($0, Aim.hypothesis) }

  /// The times of a week or a day a question asks how the persona spends ("on a tuesday
  /// evening", "your weekends"), as a pattern's alternatives.
  private static let ownTimes = Set(
    TimeWords.weekdays.union(TimeWords.weekdayHabits).union(TimeWords.partsOfDay)
      .union(TimeWords.partsOfDay.map { $0 + "s" })
      .union(["weekend", "weekends", "nights", "free time", "spare time", "day off", "days off"])
  ).sorted().joined(separator: "|")

  /// The things of its home and round a question may ask about ("your garden"), as a
  /// pattern's alternatives.
  private static let homeThings = homeWords.sorted().joined(separator: "|")

  /// The words of `homeThings`: a home's things and the pets kept in it.
  private static let homeWords = HomeLifeWords.things.union(KinWords.pets)

  /// Whether a word names a thing of a home and its round, as `homeThings` reads it.
  static func isHomeThing(_ word: String) -> Bool { homeWords.contains(word) }

  /// The cues of `aimCues` written out, in the order they are read.
  private static let wordedAimCues: [(cue: PhrasePattern, aim: Aim)] = [
    // A price or a condition put on the belief is asked in words that an exception's cues
    // share ("ever"): read before them.
    (
      PhrasePattern(
        "(would|will|could) you still (think|feel|believe|say|hold|want|support|back|agree) _{0,3} if"
      ), .condition
    ),
    (PhrasePattern("(even|still) if it (meant|means|cost|costs)"), .condition),
    // Whether it has checked what it said: "is that something you've looked at?".
    (
      PhrasePattern(
        "(have|did) you (ever)? (actually|really|personally)? (looked|look|checked|check|researched|research|read up|gone into|dug|fact-checked|verified|verify)"
      ), .checking
    ),
    (
      PhrasePattern(
        "something you ('ve|have)? (looked|checked|researched|read up|gone into|dug|verified)"),
      .checking
    ),
    // A case put to it that it did not change its mind over: "why didn't X change your view?",
    // "why did that not make you rethink it?".
    (
      PhrasePattern(
        "why (didn't|didnt|doesn't|doesnt|hasn't|hasnt|haven't|havent|wouldn't|wouldnt|did not|does not|has not|have not) _{1,6} (change|changed|shake|shaken|alter|altered|dent|dented|move|moved|shift|shifted|sway|swayed) your (mind|view|views|opinion|belief|thinking)"
      ), .counterCase
    ),
    (
      PhrasePattern(
        "why (didn't|didnt|doesn't|doesnt|hasn't|hasnt|haven't|havent|wouldn't|wouldnt|did not|does not|has not|have not) _{1,6} (make|made) you (rethink|doubt|reconsider|think again)"
      ), .counterCase
    ),
    (
      PhrasePattern(
        "why (did|does|has|have|would) _{1,6} not (change|changed|shake|shaken|alter|altered|make|made) (your|you)"
      ), .counterCase
    ),
    // A case of the asker's own, told, then put to it: "my uncle never … , how does that
    // fit?".
    (
      PhrasePattern("_{3,40} how (does|do|would) (that|this|it) (fit|square|sit)"), .counterCase
    ),
    // Why what it backs has not worked yet: "why didn't the fines stop it already?", "why
    // hasn't it worked by now?"; read after a case put to it, which names its mind.
    (
      PhrasePattern(
        "why (didn't|didnt|doesn't|doesnt|hasn't|hasnt|haven't|havent|isn't|isnt|aren't|arent|won't|wont|did not|has not|have not|is not|are not) _{1,8} (already|yet|by now)"
      ), .shortfall
    ),
    // What it measures against: "compared to what?", "cheaper than what?".
    (PhrasePattern("(compared|comparing|relative|as opposed) (to|with) what"), .comparison),
    (PhrasePattern("than what"), .comparison),
    // Another reason than one set aside, the set-aside phrase before or after the ask: "apart
    // from the cost, is there anything else?", "what else, besides the cost?", "any other
    // reasons besides the cost?".
    (PhrasePattern("(\(settingAside)) _{1,8} (\(askingMore))"), .another),
    (PhrasePattern("(\(askingMore)) _{0,2} (\(settingAside))"), .another),
    // What it is to the persona itself is asked in words other aims' cues share ("in your
    // own life", "day to day"): read first.
    (PhrasePattern("you (really|actually|honestly|personally)? (trust|trusted)"), .trust),
    // How it spends a time of its own ("what do you do on a tuesday evening?") is read before
    // its own life, whose cues it shares ("in your day").
    (
      PhrasePattern(
        "(you|u) (usually|normally|tend to|even|actually)? (do|spend|get up to) _{0,3} (\(ownTimes))"
      ), .ownTime
    ),
    (
      PhrasePattern(
        "(what|how|whats|hows) (does|do|is|'s|are|was)? (your|ur) (typical|usual|normal|average)? (week|\(ownTimes))"
      ), .ownTime
    ),
    // A plain thing of its everyday life ("what's in your garden?", "who else lives with
    // you?") is read before its own life, whose cue "in your" it shares.
    (PhrasePattern("(live|lives|living|lived) with (you|u)"), .ownThings),
    (PhrasePattern("where (do|did) (you|u) (live|grow up|work)"), .ownThings),
    (
      PhrasePattern(
        "(what|how|who|whats|hows|whos) (is|'s|are|'re|was|were|does|do)? (in|on|at)? (your|ur) (own)? (\(homeThings))"
      ),
      .ownThings
    ),
    (PhrasePattern("tell me (about|more about) (your|ur) (own)? (\(homeThings))"), .ownThings),
    (
      PhrasePattern(
        "(you|u) (usually|normally)? (have|eat|cook|grow|keep) (for|in|on|at) (your|ur)? (\(homeThings))"
      ), .ownThings
    ),
    (PhrasePattern("in your (own)? (life|day|days|work|job|daily|everyday|world)"), .ownLife),
    (PhrasePattern("like for you"), .ownLife),
    (PhrasePattern("(affect|affects|affected|touch|touches|touched) you"), .ownLife),
    (PhrasePattern("(for|to) you personally"), .ownLife),
    // "and what about your own bike?", "what do you ride yourself?": its own life, never the
    // other side of a point ("what about …").
    (PhrasePattern("(what|how) about (you|u|yourself|yours|your own)"), .ownLife),
    (PhrasePattern("what (do|did) (you|u) _{1,2} yourself"), .ownLife),
    (PhrasePattern("your (own)? (experience|experiences)"), .ownLife),
    // What it pays or uses itself ("what's your own bill like?", "how much do you spend on
    // it?"): a fact of its life, never a measure of how much it has seen; "how much do you
    // make of it?" asks its view.
    (PhrasePattern("your own _{1,2} (like|been)"), .ownLife),
    (
      PhrasePattern(
        "how much (do|did|does) (you|u) (pay|spend|save|owe|earn|use|lose|make) !of"),
      .ownLife
    ),
    // How much of it it has seen or done itself ("how many have you actually met?"), not what
    // it thinks of a number ("how many do you think agree?"); read after the cues of its own
    // life ("in your own life, how often …?" asks what the matter is to it).
    (
      PhrasePattern(
        "how (many|much|often) _{0,4} (have|did|do|has) (you|u) (actually|really|personally|ever|even)? !(make|think|believe|reckon|suppose|guess|expect|feel|imagine|say|mean|want|need|care|like|agree|worry|trust|weigh|value|see)"
      ), .extent
    ),
    // "Is there a story that brought it home for you?" asks for the story, not for a yes.
    (PhrasePattern("(is|was) there (a|any|one) (story|experience|moment)"), .story),
    // A story or a mechanism is asked for in words that other aims' cues share ("your own
    // life", "what happens"): they are read first.
    (PhrasePattern("(a|one|the) time (when)? you"), .story),
    (PhrasePattern("(think of|remember|recall|name) (a|one|any) time"), .story),
    (PhrasePattern("(was|is) there (a|one|any) time"), .story),
    (PhrasePattern("(a|any|one) (story|experience|moment) (from|in|of) your"), .story),
    (
      PhrasePattern("(someone|somebody|anyone|anybody|a person|people) you (know|knew|met)"), .story
    ),
    (PhrasePattern("tell me (a|the)? story"), .story),
    // One person of those it spoke of: "tell me about one of them, a specific person".
    (PhrasePattern("(a|one) (specific|particular|real|actual) (person|individual)"), .story),
    (PhrasePattern("(tell me|talk) about (one|some|any) of (them|those|these)"), .story),
    (PhrasePattern("(their|his|her) story"), .story),
    (PhrasePattern("what happened (to|with) (them|him|her)"), .story),
    // The persona as the one who lived or saw something: "the first fake you remember going
    // viral", "a time when you saw savings eaten".
    (PhrasePattern("you (remember|recall|saw|witnessed|watched|noticed|experienced)"), .story),
    // "the worst thing you've actually seen it do" asks for a case it saw, not why it cares.
    (
      PhrasePattern(
        "(worst|best|scariest|biggest) (thing|case|example) (you 've|you have|youve|you) (actually|ever|personally)? (seen|heard of|come across|witnessed)"
      ), .story
    ),
    (PhrasePattern("tell me about (a|one|the) time"), .story),
    (
      PhrasePattern(
        "(a|an|one|the) (visit|moment|day|conversation|encounter) (that|which) (stuck|stays|stayed|changed|shaped)"
      ), .story
    ),
    (
      PhrasePattern(
        "(do|did) you (personally)? know (anyone|anybody|someone|somebody|people) (who|that|whose)"),
      .story
    ),
    // "Do you know any yourself?": a yes or no about whom it knows, answered with one of them.
    (
      PhrasePattern(
        "(do|did|have) you (personally|actually|really|ever)? (know|knew|met|meet) (any|many|some|one|a few|a lot|lots)"
      ), .story
    ),
    (PhrasePattern("step by step"), .mechanism),
    (PhrasePattern("(walk|take|talk) me through"), .mechanism),
    (PhrasePattern("how (exactly|precisely)"), .mechanism),
    (PhrasePattern("what (is|was|would be) the mechanism"), .mechanism),
    // "How does working hard turn into success?" asks for the steps between the two.
    (
      PhrasePattern(
        "how (does|do|did|would|will|could|can) _{1,6} (turn|lead|translate|grow) (into|to)"),
      .mechanism
    ),
    (PhrasePattern("how (does|would|will|could) !you _{1,6} (actually|really)? work"), .mechanism),
    (
      PhrasePattern(
        "how (does|do|did|would|will|could|can) !you _{1,6} (become|becomes|end up as)"),
      .mechanism
    ),
    (
      PhrasePattern(
        "where (did|do|does|would) (you|that|this|it|the idea|the claim) (first)? (learn|hear|read|get|find|see|come)"
      ),
      .source
    ),
    (PhrasePattern("what (is|was|are|were) your (source|sources)"), .source),
    // Whom it goes by asks for its sources: "who do you trust most on this?".
    (
      PhrasePattern("who (do|did|would) (you|u) (trust|believe|listen to|follow|read|rely on)"),
      .source
    ),
    (
      PhrasePattern("where (do|did) you get (your|this|that|the) (info|news|information|facts)"),
      .source
    ),
    (PhrasePattern("(come|comes|came) from"), .source),
    // What it has read or watched on the matter asks where its view comes from: "what have
    // you been reading about it?".
    (
      PhrasePattern(
        "what (have|do|did) (you|u) (been)? (read|reading|watch|watched|watching|follow|followed|following|listen to|listened to|listening to)"
      ), .reading
    ),
    (PhrasePattern("(end|ended) up (thinking|believing|seeing)"), .origin),
    // "What was the moment you first started feeling this way?" asks how it came to the belief.
    (PhrasePattern("(the|a) (moment|point) (when)? you"), .origin),
    (
      PhrasePattern("you (first)? (started|start|began|begin) (feeling|thinking|believing|to)"),
      .origin
    ),
    (PhrasePattern("(come|came) (around|round) to"), .origin),
    (PhrasePattern("that (first)? made you (think|believe|feel|decide)"), .origin),
    (
      PhrasePattern(
        "how (did|do) you (first)? (come|get|arrive|become) (to|at|into|interested|involved)"),
      .origin
    ),
    (PhrasePattern("(do|did) you (work|live|use|try)"), .origin),
    (
      PhrasePattern("what (first)? (got|led|brought|drew|turned) you (to|into|onto|on to)"), .origin
    ),
    (PhrasePattern("what made you (first)? (think|believe|decide|start)"), .origin),
    // "What's happened that put you off it?" asks what turned it against the thing.
    (PhrasePattern("(put|puts|turned|turns|set) (you|u) (off|against)"), .origin),
    (
      PhrasePattern(
        "what (first)? (got|made|drew) you (personally)? (care|caring|invested|interested|involved|into)"
      ), .origin
    ),
    (
      PhrasePattern(
        "(how|when|where|why) did you (first)? (start|begin|come|get|learn|hear|pick)"),
      .origin
    ),
    (
      PhrasePattern(
        "(how long|since when) have (you|u) (been)? (thought|thinking|believed|believing|felt|feeling|held|holding|seen|said|saying)"
      ), .origin
    ),
    // "When did you first notice it?": when it first met what it believes.
    (PhrasePattern("(when|where) (did|were|was) (you|u) first"), .origin),
    (
      PhrasePattern("what (first)? (started|sparked|triggered|shaped) (this|it|that|your)"), .origin
    ),
    (PhrasePattern("your own (experience|experiences|life|story)"), .origin),
    (
      PhrasePattern(
        "have you ever (actually|really|personally)? (seen|been|had|kept|held|owned|bought|sold|sent|lost|voted)"
      ),
      .origin
    ),
    (
      PhrasePattern(
        "(have|did) you (ever)? (used|use|tried|try|met|meet|lived|live|worked|work|experienced)"
      ), .origin
    ),
    (
      PhrasePattern("what (first)? (got|made|left) you (worried|interested|thinking|started|sure)"),
      .origin
    ),
    (PhrasePattern("(what|who) (first)? (convinced|persuaded) you"), .origin),
    (PhrasePattern("(what|who) was it that (first)? (convinced|persuaded|got) you"), .origin),
    (
      PhrasePattern(
        "(a|an|one|some|any|another) (more|other|real|actual|concrete|specific|single|good|clear|historical)? (example|examples|instance|instances|case|cases)"
      ), .example
    ),
    (
      PhrasePattern(
        "what (do|does|would|did) (the)? (people|critics|opponents|sceptics|skeptics|others|those|someone|anyone) (who disagree|who disagrees|who oppose|who opposes)? (with you)? (usually|normally|typically|mostly)? (say|argue|think|object)"
      ), .opposition
    ),
    (
      PhrasePattern("(the other side|your critics|your opponents) (say|says|argue|argues)"),
      .opposition
    ),
    (PhrasePattern("(example|examples|instance) of"), .example),
    (PhrasePattern("(are|were) you thinking (of|about)"), .example),
    // "What kind of jobs are you picturing?" asks for cases of a word, not what it means.
    (
      PhrasePattern(
        "what (kind|kinds|sort|sorts|type|types) of _{1,3} (are|were|do|did) you (picturing|imagining|thinking|mean|have in mind)"
      ), .example
    ),
    (PhrasePattern("(can|could) you (name|point to)"), .example),
    (PhrasePattern("day to day"), .detail),
    (PhrasePattern("in (practice|real life|your own life|your life)"), .detail),
    (PhrasePattern("(look|looks|looked) like (for|in|to|at|day|when)"), .detail),
    (PhrasePattern("what do you know about"), .detail),
    (PhrasePattern("(play|plays|played) out"), .detail),
    (PhrasePattern("(get|got|gets|getting) (it|that|this|things)? (wrong|right)"), .detail),
    (PhrasePattern("(did|do|does) (people|they|anyone|someone) (there)? actually"), .detail),
    // A picture of what it would take asks for a case it can point to, made up by nobody:
    // "what would a fair one look like?", "can you picture it working anywhere?".
    (PhrasePattern("what (would|could|should|might) _{1,4} look like"), .example),
    (PhrasePattern("(can|could) you (picture|imagine) (it|that|this|one|a|an|any|some)"), .example),
    // "Has it ever happened to you?" asks for a story of its own, though it asks "ever".
    (
      PhrasePattern(
        "(has|have|did|does) (it|that|this|something like that|anything like that) (ever)? (happen|happened) to (you|u|yours)"
      ), .story
    ),
    (PhrasePattern("(ever|at all)"), .exception),
    // "… even a bit?" asks whether any of it holds, at the edges.
    (PhrasePattern("even (a bit|a little|slightly|once|partly|in part|a few)"), .exception),
    (PhrasePattern("(is|was|are|were) there (any|a single)"), .exception),
    (PhrasePattern("(matters|matter|counts|count|weighs|weigh) (the)? most"), .weighing),
    (PhrasePattern("(most important|strongest|biggest|main|best|heaviest) reason"), .weighing),
    // "is that the main thing for you?"; "the biggest issue with it" asks about a problem.
    (PhrasePattern("the (main|biggest) (thing|one) !(wrong|with|about)"), .weighing),
    (
      PhrasePattern("which (one|reason|of those|of these|of them) (is|matters|counts|weighs)"),
      .weighing
    ),
    (PhrasePattern("(what|how) about"), .counterPoint),
    (PhrasePattern("but (what|how) (if|about)"), .counterPoint),
    (PhrasePattern("(happen|happens|happened) (to|if|when|once)"), .hypothesis),
    (PhrasePattern("what if"), .hypothesis),
    (PhrasePattern("(would|will|could|might) happen"), .hypothesis),
    (PhrasePattern("(follow|follows) (if|when|once)"), .hypothesis),
  ]

  /// How a question asks for another reason than one it sets aside (`wordedAimCues`): a yes or
  /// no put so ("is there anything else?") asks for the reason.
  static let anotherCues = wordedAimCues.filter { $0.aim == .another }.map(\.cue)

  /// Lines that ask only for more, as `DrillDialogue.key(of:)` gives them: "what else?",
  /// "and then what?". The persona gives its next reason, or says it has none left.
  static let moreAsks: Set<String> = [
    "what else", "and what else", "so what else", "anything else", "and anything else",
    "is there anything else", "anything more", "what more", "then what", "and then what",
    "what then", "and what then", "what else is there", "any more",
    "what else you got", "what else have you got",
  ]

  /// Lines that ask only for a case of what was just said, as `DrillDialogue.key(of:)` gives
  /// them: "like what?", "such as who?", "for instance?". The persona gives a case of it, or
  /// says it has none; never takes the "what" for puzzlement, nor "who" for someone named.
  static let caseAsks: Set<String> = Set(
    caseAskOpenings.flatMap { opening in
      caseAskWords.flatMap { asked in
        caseAskEnds.map { end in
          [opening, asked, end].filter { !$0.isEmpty }.joined(separator: " ")
        }
      }
    })

  /// How a line asking only for a case opens.
  private static let caseAskOpenings = [
    "like", "such as", "for example", "for instance", "eg", "e g", "so like", "ok like",
  ]

  /// The question word a line asking only for a case may go on with, or none.
  private static let caseAskWords = [
    "", "who", "what", "which", "where", "when", "whom", "which ones", "what kind",
    "what sort", "what things",
  ]

  /// How a line asking only for a case may end.
  private static let caseAskEnds = ["", "exactly", "then", "say", "for example", "for instance"]

  /// What sets a reason aside, as a pattern's alternatives.
  private static let settingAside = "apart from|aside from|besides|other than|except for"

  /// What asks for more than was set aside, as a pattern's alternatives.
  private static let askingMore =
    "what else|anything else|something else|any other|other (reason|reasons|thing|things)"

  /// How a question supposes a case of its own, before or after what it would mean: "if you
  /// lost it all, what would that mean for you?", "what would it look like if one of them got
  /// it wrong?", "what if you were wrong?". Its opener and its line for the belief's own case
  /// ("If I'm right, …") do not answer it.
  static let supposingCues = [
    PhrasePattern("what if"),
    PhrasePattern(
      "(suppose|supposing|say) (you|u|it|that|they|we) (were|was|are|'re|re|turned|turns|had|got)"),
    PhrasePattern("(if|suppose|supposing|imagine) _+ (what|how) (would|will|could|might)"),
    PhrasePattern("(what|how) (would|will|could|might) _{0,4} if"),
  ]
}
