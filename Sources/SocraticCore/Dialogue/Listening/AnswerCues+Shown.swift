/// Feelings shown rather than named: a face typed beside the words, looking away from it, a
/// place or a living lost said starkly, blame taken on themselves, the people who bear it said
/// as a bare list. Each is named tentatively, under what they told, before any question
/// (`ImpliedFeeling`).
extension AnswerCues {
  /// The feelings shown without their name, the most telling first.
  static let shownFeelings: [FeltFeeling] = [
    // Self-blame: "i let them down", "im the one who signed it", "its my own fault".
    FeltFeeling(
      feeling: "to blame", said: "you hold yourself responsible for some of it",
      effects: [
        "i (really|kind of|kinda|sort of|totally|just|feel like i|feel i)? let (him|her|them|us|you|everyone|everybody|my _|my _ _|our _|the _) down",
        "i (really|kind of|kinda|sort of|totally|just|feel like i|feel i)? failed (him|her|them|us|you|everyone|everybody|(my|our) \(lovedOnes))",
        "(i 'm|im|i am|i was|it was me|it 's me) (literally|actually)? the one (who|that|what) (signed|put|voted|agreed|chose|picked|moved|sold|sent|pushed|talked|made|let|said yes|brought|started)",
        "(it 's|its|it is|it was) (all|partly|kind of|kinda|half)? my (own)? fault",
        "i (still)? (blame|blamed|kick|kicked) myself",
        "i (should have|should 've|shouldve|shoulda) (known|seen it coming|listened|stopped it|said something|done more|been there|fought harder)",
      ],
      asked: ["What weighs on you most about your own part in it?"]),
    // Looking away from it: "easier to just not look", "i try not to think about it", "i
    // don't like to think about that one". Met gently, never passed over for a detail beside it.
    FeltFeeling(
      feeling: "avoiding it", said: "it's painful to look at too closely",
      effects: [
        "(easier|simpler|safer) (to)? (just)? (not|to not) (look|think|know|check|ask|read|watch|open)",
        "i (just)? (try|tried|trying) (really hard)? not to (think about|look at|read about|dwell on) (it|that|this|them)",
        "i (just)? (switch|switched|turn|turned) (it|the news|the telly|the tv) off",
        "i (do n't|don't|dont|do not) (really)? (like|want|wanna) (to)? (think|thinking) (about|of) (it|that|this|that one|this one)",
        "i ('d|d|would) (rather|sooner) not (think|thinking) (about|of) (it|that|this)",
      ],
      asked: ["What do you think you'd see if you did look at it?"]),
    // A place lost, said starkly as the whole of a sentence: "the mill shut", "the street
    // never came back"; inside a longer point ("since the plant closed", "the shop shut at
    // six") it is a fact, for a word past the phrase that is no filler fails the whole.
    FeltFeeling(
      feeling: "a loss", said: "losing that left a real hole",
      effects: [
        "(the|our|my|his|her|their) (mill|pit|factory|plant|works|mine|yard|shipyard|steelworks|docks|foundry|shop|shops|pub|library|branch|depot|farm|business|firm) (just)? (shut|closed|got shut|was shut|was closed|shut down|closed down|went under|went bust|got knocked down|was knocked down)",
        "(the|our|this|that|my) (town|street|high street|village|area|place|estate|valley|community|city|neighbourhood|neighborhood) (has)? (never|n't|not|hasn't|has n't|didn't|did n't) (really|ever)? (recovered|came back|come back|got over it|been the same|was the same|the same)",
      ],
      isWholeSentence: true,
      asked: ["What was it like there before?"]),
    // Their own living lost: "we lost the farm", "i lost my job over it".
    FeltFeeling(
      feeling: "a loss", said: "losing that left a real hole",
      effects: [
        "(i|we) lost (the|our|my) (job|jobs|business|shop|livelihood|farm|pension|house|home|trade) !(keys|key|number|match|game|bet|deposit|plant|plants)"
      ],
      asked: ["What did losing it mean for you?"]),
    // Still carried: a thing of theirs kept where it was ("i kept his mug on the shelf"), a
    // habit kept for them or a moment gone back to ("i still feed her fish every morning", "i
    // still think about it before every match"), a place or an act left alone since a loss
    // ("i haven't been up the allotment since the funeral").
    FeltFeeling(
      feeling: "still carrying it", said: stillCarried,
      effects: [
        "i (still)? (kept|'ve kept|have kept|ve kept|still keep) (his|her|their|our|my|the|me) (old)? _ _{0,2} (on|in|by|under|above|behind|beside) (the|my|our|his|her|their)",
        "i (still)? (kept|'ve kept|have kept|ve kept|still keep) (his|her|their|our|my) (old)? _ _{0,2} (even)? (after|since)",
        "i still _{1,2} (his|her|their) _ _{0,2} (every|each|whenever)",
        "i still (look at|stare at|check|glance at|think about|think of|touch) _{0,4} (before|after|every|each|whenever)",
        // A place still visited for what it held: "I still go past the old pitch on a Friday",
        // "I still sit in his car some Sundays"; "I still walk past the shop" is a route.
        "i still (go|walk|drive|pass|wander|cycle|stroll) (past|by) (the old _|their _|our _|his _|her _|where)",
        "i still (sit|sleep) in (his _|her _|their _|our _)",
        "\(notDoneSince) (then|that day|it happened|(the|his|her|my|our) (funeral|accident|divorce|crash|fire|flood|break-in|burglary|attack|diagnosis|operation|stroke|redundancy|layoffs)|(he|she|they) (went|left|died|passed|moved out|got ill|got sick|fell ill|was diagnosed|were diagnosed))",
      ],
      asked: [stillCarriedQuestion]),
    // "i haven't opened his shed since": "since" closing the whole sentence is since then; "i
    // haven't been since it opened" tells a date.
    FeltFeeling(
      feeling: "still carrying it", said: stillCarried,
      effects: ["\(notDoneSince)"], isWholeSentence: true, asked: [stillCarriedQuestion]),
    // A face typed beside the words: sorrow, unease, a nervous laugh, resignation, a sigh.
    FeltFeeling(
      feeling: "sad", said: "that gets to you",
      effects: ["(😢|😭|😞|😔|💔|😿|🥺)"]),
    FeltFeeling(
      feeling: "uneasy", said: "that makes you uneasy",
      effects: ["(😬|😟|😰|😨|😧|😥|😓)"]),
    FeltFeeling(
      feeling: "uneasy", said: "you're laughing, but it isn't easy",
      effects: ["(😅|🥲)"]),
    FeltFeeling(
      feeling: "resigned", said: "you've more or less resigned yourself to it",
      effects: ["(🙃|😑|😐|🫠)"]),
    FeltFeeling(
      feeling: "fed up", said: "it gets on your nerves",
      effects: ["(🙄|😤|😒|😡|😠|🤬)"]),
  ]

  /// A thing still carried, as a reflection says it after "It sounds like".
  private static let stillCarried = "it's still with you"
  /// The gentle question that stays with a thing still carried.
  private static let stillCarriedQuestion = "What does it bring back for you?"
  /// A place or an act left alone since a time, as a cue phrase: "i haven't opened his shed
  /// since".
  private static let notDoneSince =
    "i (have n't|haven't|havent|have not|'ve not|ve not|have never|'ve never) (been|gone|walked|opened|touched|played|sung|driven|set foot|looked|listened|cooked|sat|worn|used|ridden|baked|fished|danced|swum) _{0,5} since"

  /// One of the people closest to them, as a cue phrase: "my mum", "our two lads", "me nan".
  private static let closePerson =
    "(my|our|me) (little|big|older|younger|eldest|youngest|two|three|baby|wee|old)? (\(lovedOnes)|kids|lads|girls|boys|sons|daughters|grandkids|parents|family|folks|mates|friends|sisters|brothers)"

  /// The people who bear it, said as a bare list across sentences ("my mum. my kids"): the
  /// answer is the list, so what it shows is that it lands on them.
  static let bearers: [FeltFeeling] = [
    FeltFeeling(
      feeling: "worried for them", said: "it lands on the people closest to you",
      effects: [
        "\(closePerson) (.|,|and|&) (and)? \(closePerson)"
      ],
      isWholeSentence: true,
      asked: ["What does it mean for them?"])
  ]
}
