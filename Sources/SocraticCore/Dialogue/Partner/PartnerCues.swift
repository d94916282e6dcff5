/// The phrases that show a turn calls for something before any question: they turned on the
/// listener, named what stands in their way, or want to stop. The knowledge partner mode adds
/// to the answer moves, as tables read by `PartnerMoment.read`; a new cue is one line here.
///
/// Patterns are `PhrasePattern`s over lowercased words, clitics apart ("you 're"), shorthand
/// expanded first.
enum PartnerCues {
  /// Turning on the listener: a charge about whose side they are on, what they are, or how they
  /// talk. Answered with a calm line, never a defence.
  static let hostile: [String] = [
    "you (sound|sound like|talk like|are just like|'re just like) (you|one of|them|a)",
    "(you|u) (tech|rich|city|young|college|educated|coastal|liberal|woke|crypto|media)? (people|guys|types|folks|lot) (never|always|just|all|don't|dont|can't|cant|won't|wont)",
    "(you|u) (sound|talk|act|are|'re) (just|exactly)? like (your|a|an|one of|them|those|every|the)",
    "(telling|tell|tellin) me what i (saw|see|know|think|feel|lived)",
    "(you|u) (work|working) for (them|him|her|the)",
    // "you sound just like grandma": likened to someone at home.
    "(you|u) (sound|talk|act) (just|exactly|so much)? like (grandma|grandpa|granny|mom|mum|dad|my|our|an old|old|a boomer|boomers)",
    "whose side are you on",
    // "don't look at me like that": the listener's face taken as a charge.
    "(don't|dont|do not|stop) (look|looking) at me (like|that way)",
    "(are|r) (you|u) (serious|kidding|for real|joking)",
    "(you 're|you are|ur|you) (brainwashed|naive|clueless|delusional|an idiot|a sheep|so naive)",
    "(you 've|you have) been brainwashed",
    "(get|give me) a (grip|break)",
    "(that 's|thats|that is|this is) (ridiculous|insane|absurd|nonsense|bullshit|crap|stupid)",
    "(what|how) would you know",
    "don't (lecture|patronize|patronise) me",
    "(stop|quit) (lecturing|preaching|interrogating)",
    "who (are you|asked you)",
    "(easy|nice) for you to say",
    "(of course|typical) you (would|'d) say",
    "(why|how) do you (always|even) (defend|side with|take)",
    "(you 're|you are) (defending|taking) (them|his|her|their)",
    "(you|u) (always|just|only ever) (side with|defend|stick up for)",
    "(you|u) (always|just|only ever) take (their|his|her|the other) side",
    // Commands at the listener about how they talk: "don't talk down to me".
    "(don't|dont|do not|stop) (talk|talking|speak|speaking) (down)? to me like",
    "(don't|dont|do not|stop) (talk|talking) down to me",
    // "don't you dare lecture me"; "don't you dare be nice to me" is teasing (`jokeMarkers`).
    "(don't|dont|do not) (you)? (dare)? (lecture|patronize|patronise|preach at|shout at|yell at|mansplain)",
    // Jabs at who the listener is: "spoken like someone who …", "says the guy who …".
    "spoken like (someone|somebody|a|an|one|a person|the)",
    "(says|said) the (person|guy|girl|man|woman|one|lad|bloke) (who|that)",
    "(you 're|you are|ur) (such|so|being)? (a|an)? (hypocrite|hypocritical|judgy|judgmental|preachy|smug|condescending)",
    "(you 're|you are|ur) (such|so|being|just)? (a|an)? (normie|sheep|shill|snowflake|npc|boomer|nerd)",
  ]

  /// Saying where a view came from with words that can name a feeling ("that's what got me
  /// thinking", "it's what got me started"): an origin, never a feeling shared.
  static let origin: [String] = [
    "(that|this|it) ('s|is|was) what (gets|got) me (going|thinking|started|wondering|looking|reading|into|onto|interested)"
  ]

  /// Mild exasperation at being asked ("here we go", "oh come on", "eh?"): a sigh, not a
  /// charge. Said with an answer, the answer is what they mean; said alone, it is met calmly.
  static let exasperation: [String] = [
    "(here|there) we go (again)?", "oh (please|come on)", "(ugh|urgh|sigh|jeez|blimey|eh)",
  ]

  /// Telling the listener they cannot know what it is like, anywhere in a turn: "you have no
  /// idea", "you don't know what it's like chasing people", or that they wish they had not
  /// told them ("forget i said anything"). Said of the listener, never a view of theirs to
  /// give back: answered by asking what is missed, and the stage waits.
  static let unheard: [String] = [
    "(you|u|ya) (just|really|simply)? (have|'ve got|got) no (idea|clue)",
    // "whatever, you don't get it": anywhere in a turn, after any tag.
    "(you|u|ya) (just|really|simply|still)? (don't|dont|do not|never) (get it|get me|get what)",
    "(you|u|ya) (just|really|simply)? (don't|dont|do not|can't|cant|cannot) (know|imagine|understand) what (it 's|its|it is|it was) like",
    // "dont do that therapist voice on me": the listener's manner objected to.
    "(don't|dont|do not|stop) (do|doing|use|using|give|giving) (that|the|your|me) (therapist|therapy|shrink|counsellor|counselor) (voice|talk|thing|stuff|crap|act)",
    // "see this is why i never say owt", "this is why i didnt tell you": hurt at being judged
    // for saying it.
    "(this|that) (is|'s|s) (why|the reason) i (don't|dont|do not|never|wo n't|wont|won't|didn't|didnt|did not|did n't) (tell|say|mention|talk about|bring up|share)",
    "i knew (you 'd|youd|you would|u would|ud|you were going to|you were gonna) (just)? (laugh|judge|mock|take the mick|take the piss|think i)",
    "(forget|never mind) i (said|mentioned) (anything|it|owt)",
    "i (shouldn't|should n't|shouldnt|should not) have (said|mentioned|told) (anything|it|you|owt)",
  ]

  /// Telling the listener they have them wrong: what the listener is said to think of it or
  /// of them ("you just think its a dumb video game thing", "you think your old man is stupid
  /// or something"), or a reading of theirs turned down ("dont
  /// twist it", "i didnt say useful i said maybe"). Never a view of theirs to give back, nor
  /// a doubt: met like `unheard`, before a feeling or a wavering said with it.
  static let correction: [String] = [
    "(you|u|ya) (just|probably|all|still)? (think|thinks|figure|assume) (it 's|its|it is|this is|that 's|thats|i 'm|im|i am) (just|only)",
    "(you|u|ya) (just|probably|all|still)? (think|thinks|figure|assume) (it 's|its|it is|this is|that 's|thats|i 'm|im|i am) (a|an|some)? (dumb|stupid|silly|pointless|useless|lazy|nothing|joke|phase|waste|excuse)",
    "(you|u|ya) (just|really|probably|all|still)? (think|thinks|figure|assume|reckon) _{1,3} (is|'s|are|am|'m) (stupid|dumb|an idiot|crazy|nuts|senile|a fool|gullible|naive)",
    "(don't|dont|do not|stop) (twist|twisting) (it|that|my words|what i)",
    "i (didn't|didnt|did not|never) say _{1,3} i said",
    "(don't|dont|do not|stop) (putting|put) words in my mouth",
  ]

  /// Naming what stands in the way of seeing it otherwise: a motive, a fear of what it would
  /// mean, something they would rather not admit. Taken up before anything else.
  static let blockage: [String] = [
    "(don't|do not) want to (admit|believe|think about|look at|face|hear)",
    "(hard|difficult|scary) to (admit|accept|face|look at|think about)",
    "(maybe|perhaps) i ('m|am) (just|only)? (trying|looking|scared|afraid|using|pushing|avoiding)",
    "(the|my) real reason",
    // "if I'm honest" alone only hedges ("sundays are the worst if im honest").
    "if i ('m|am) (being)? honest with myself",
    "(part of me|a part of me)",
    "i (think|guess|suppose) i ('m|am) (just|only)? (scared|afraid) (of|that)",
    "what (it|that) would (mean|say) about me",
    "(i 'd|i would) have to admit",
  ]

  /// Words that close a topic before something else is brought up: "anyway, pint?", "right,
  /// cuppa?". ("so" is left out: "so, crypto?" asks about the topic.)
  static let topicClosers: Set<String> = AnswerCues.topicClosingWords.union([
    "right", "ok", "okay", "alright", "well",
  ])

  /// Feelings about their own life the answer moves may not catch as feelings: a fear for a
  /// job, for family, for money. Opening up: never followed by the close (as their own job
  /// lost is, `PartnerCueMatcher.ownJobLost`).
  static let openingUp: [String] =
    grieving + [
      "(was|were|is|are|'s|'re|'m|am) (just|so|really|absolutely|honestly)? (gutted|devastated|heartbroken|crushed|shattered|wrecked|miserable|beside (himself|herself|themselves|myself))",
      "i (miss|missed) (that|it|this|those|when|having|being|the old|how)",
      "(that|this|it) ('s|is|was) what (gets|got|kills|killed|hurts|bugs|bothers|eats) (me|at me)",
      "(gets|got|getting) to me",
      "(it|that|this) (breaks|broke) my heart",
      "(it|that|this) (just|really|kind of)? makes me (sad|angry|mad|sick|furious|scared)",
      "(it|that) (felt|feels) like (nobody|no one|people|someone|somebody|we|i) (cared|care|mattered|matter|was|were)",
      "(afraid|scared|worried|terrified|frightened|nervous) (i 'll|i will|i might|i could|of losing|about losing|for my|about my)",
      "(lose|losing|lost) my (job|house|home|pension|savings|business|friends|mind)",
      "(keeps|keep|kept) me (up|awake) (at night|some nights|most nights|nights|half the night)",
      "i (can't|cannot|can not) (sleep|stop thinking|afford|cope)",
      "(my|our) (job|jobs|pension|kids|children|family) (is|are|might be|could be) (at risk|on the line|next)",
      "i (miss|missed) (him|her|them|how)",
      "i (worry|fear|'m afraid|am afraid) (i 'm|i am|i was|i 've|i have|i 'll|that i)",
      // "I just worry about what kind of country you kids will grow up in".
      "i (just|really|honestly|still|do)? (worry|fear) (about|for|that|what|how)",
      // "sometimes it makes me feel like everyone's life is better than mine".
      "(it|that|this) (just|really|still|kind of)? (bugs|annoys|upsets|frustrates|hurts|scares|worries) me",
      // "its doing my head in", "it drives me mad": exasperation owned, a feeling, not a rating.
      "(doing|does|did|done) my head in",
      "(driving|drives|drove|driven|drive) me (mad|crazy|nuts|insane|spare|up the wall|round the bend|round the twist)",
      "(winds|wind|winding|wound) me up",
      // "sometimes it makes me feel like everyone's life is better than mine".
      "(makes|made|make|making) me feel (like|as if|as though|so|stupid|small|bad|left out|worse|useless|alone)",
      "what i (actually|really|most)? (worry|worried|fear) about",
      "(nobody|no one) (cared|cares) (when|about|that|if)",
      "(sick|tired) (and tired)? of (being|it|this|all|hearing|getting)", "fed up with",
      "makes me want to (give up|scream|cry|quit|not)",
      // "its embarrassing", "its really hard for me", "i just sit there": owning a struggle opens up
      // as much as naming a fear does, and holds the conversation where it is.
      "(embarrassing|embarrassed|humiliating|humiliated|ashamed|mortifying)",
      "(it 's|its|it is|that 's|thats|that is) (actually|really|so|kind of|kinda|pretty|super)? (hard|tough|rough|lonely|scary) (for me|on me)",
      "i (just)? (don't|dont|do not|can't|cant|cannot) (get|understand|follow) it (anymore|at all)",
      "i (just)? (sit|sat|stand|stood) there",
      "(i 'm|im|i am) (so|really|just|kind of|kinda)? (bad|terrible|awful|hopeless|useless) at",
      // "i've felt really low about it", "i've been so down lately": a low mood owned.
      "(i 've|i have|ive|i) (felt|been|been feeling) (really|so|pretty|quite|a bit|very)? (down|low|flat|rubbish|awful|miserable|lonely|lost|hopeless|empty)",
      // How they are, said of themselves, is no view to test: "yeah im fine. well no not
      // really", "im a bit all over the place today", "its been a rough week".
      "(i 'm|im|i am) (fine|ok|okay|alright|good) (well|actually|honestly)? (no|nah)? not really",
      "(i 'm|im|i am|i 've been|ive been|been|feeling) \(AnswerCues.moodStates) !(of|with)",
      "(i 've|ive|i have|i 'm|im|i am|i|it 's|its|it has) (just|really)? (been|had|having) a (bit of a)? (rough|tough|hard|long|bad|horrible|crap|shit|awful|difficult|mad) (week|day|few days|month|year|night|couple of weeks|few weeks) !(for)",
    ]

  /// What shows a feeling in a clause: the feelings a person names, and the fears of
  /// `openingUp`.
  static let feeling: [String] =
    openingUp + [
      "(feel|felt|feeling|scares|scared|worries|upsets|hurts|breaks my heart)",
      "(" + AnswerCues.feelingWords.sorted().joined(separator: "|") + ")",
    ]

  /// Words that say they feel understood, with or without thanks: "exactly. thank you. that's
  /// all I'm saying", "yes! that's what I mean". Neither a goodbye nor a claim to give back.
  static let heard: [String] = [
    "(that 's|that is|thats) (all|exactly what|just what|what) (i 'm|i am|im) (saying|trying to say|getting at)",
    "(that 's|that is|thats) (exactly|precisely|just) (it|what i mean|what i meant)",
    "(you|u) (get|got) it", "(yes|yeah|yep) exactly",
    "(exactly|precisely|yes|yeah|right) (thank you|thanks|thank u|ty)",
  ]

  /// Qualifying their own absolute ("not all of them, obviously"): a step back, taken up as a
  /// doubt.
  static let qualifying: [String] = [
    "(not|n't|never said) (all|every|everyone|everybody|always) (of them|the time)?",
    "(obviously|of course) not (all|every|everyone|always)",
    "(i 'm|i am) not saying",
    "(he|she|they|you) (has|have|make|makes|'s got|'ve got) a (good|fair|real)? point",
    // "she's probably right that it's risky": someone else's point granted.
    "(he 's|she 's|they 're|he is|she is|they are) (probably|prob|maybe|partly|kinda|kind of|sort of|half) right !(wing|winger|there|here|behind|next|now)",
    // "I know gas is dirty too": the other side's point, granted; "too quiet" says how much.
    "i (know|get|realize|realise) _{1,8} (too !#adjective|as well)",
  ]

  /// Conceding a point, said before what they grant: "I guess some coins are scams", "ok he
  /// has a point". What follows is given back as granted.
  static let granting: [String] = [
    "i (guess|suppose|admit|'ll admit|grant|know|get|realize|realise)", "fair enough",
    "to be fair", "granted",
    "admittedly",
    "(you 're|you are|he 's|she 's|they 're) (probably|prob|maybe|partly|kinda|kind of|sort of|half)? right (that)?",
    "(he|she|they|you) (has|have|make|makes|'s got|'ve got) a (good|fair|real)? point",
  ]

  /// Saying they are less sure than they were: "I don't know anymore", "I'm torn".
  static let unsure: [String] = [
    "(don't|do not|dont) know (anymore|any more|what to think)",
    "not (so|that|as)? sure (anymore|any more)",
    "(i 'm|i am) (torn|not sure what to think)",
    "i (don't|do not|dont) know",
  ]

  /// Sentences that only say they heard or follow, said as the whole sentence: "I know.",
  /// "I get it.", "I see". Nothing is stated in them.
  static let backchannels: [String] = [
    "(yeah|yes|ok|okay|no)? i (know|see|get it|get that|understand|hear you|hear that|guess)"
  ]

  /// Openings of a sentence that says sorry ("sorry I snapped", "I'm sorry for yelling"):
  /// an apology, never a view.
  static let apologies: [String] = ["(ok|okay|yeah|look)? (i 'm|im|i am)? (so|really)? sorry"]

  /// Sorry for how much they have poured out: "sorry for ranting", "ugh sorry for going on and
  /// on", "sorry, i'm moaning again". Received warmly, whatever sigh comes with it: never a
  /// charge at the listener, never a view.
  static let sorryForPouringOut: [String] = [
    "sorry (for|about|i 'm|im|i am|i keep|to keep|if i 'm|for all)? (the|this|my|all the|all this|that)? (ranting|rant|going on|moaning|moan|venting|vent|rambling|ramble|banging on|unloading|dumping|offloading|whinging|whining|complaining|being a downer|being so negative|being a pain|essay|monologue|waffling|waffle|off-loading|crying|tears|emotional|heavy)"
  ]

  /// A cry of despair said as a question, with or without its question mark ("like what am I
  /// even doing"): a feeling, never a belief to give back or a question to answer.
  static let despair: [String] = [
    "what (am|was|are) (i|we) (even|supposed to be|even supposed to be)? doing",
    "why (do|did|am|should|would) (i|we) (even)? (bother|try|care|do this|do it)",
    "who (even)? cares", "what (is|'s|was) (even)? the point",
    "what (was|were|am|are) (i|we) (even)? thinking",
  ]

  /// A cry of disbelief said as a question ("how is that even possible"): a reaction, never a
  /// question to answer.
  static let disbelief: [String] = [
    "how (is|was|'s) (that|this|it) (even)? (possible|legal|fair|ok|okay|allowed|right)",
    "how (do|did|does|can|could) (they|he|she|people|anyone) (even)? (get away with|live with|sleep)",
  ]

  /// Disbelief thrown back in a question without a verb: "At my age??", "Me??", "In this
  /// weather??". It tells nothing of their life.
  static let disbeliefThrownBack: [String] = [
    "(what|who|why)? (me|us) (of all people)?", "(at|at my|at our|at his|at her|at your) age",
    "(seriously|really|honestly|for real|you what)",
    "(in|on) this (weather|economy|day and age|money|wage|pension)",
    "at this (time|hour|stage) (of (night|day|life|the day))?",
  ]

  /// Defending themselves in passing ("I'm not an idiot"): said back with "you", it would
  /// sound like a jibe, so a reflection leaves it out.
  static let selfDefence: [String] = [
    "(i 'm|i am|im) not (an idiot|stupid|crazy|dumb|naive|a moron|blind|paranoid|racist|an extremist|a conspiracy nut|daft|thick|simple|clueless|a fool|a mug|a muppet|a numpty|a child|a kid|born yesterday)"
  ]

  /// Saying how they feel about something ("I don't like how he talks", "I can't stand it"):
  /// their reaction, said of the claim being discussed, never a new claim.
  static let reaction: [String] = [
    "i (really|just|honestly|kind of)? (don't|dont|do not|can't|cant|cannot|never)? (really)? (like|love|hate|dislike|mind|stand|enjoy)",
    "i (just|really|only)? (want|wish|hope) (her|him|them|my|our|the|us|to|for)",
  ]

  /// An aside, said in passing: whatever follows is not a new belief to discuss.
  static let aside: [String] = [
    "(by the way|btw|side note|on a side note|speaking of|not that it matters|unrelated|oh and)",
    "(anyway|anyways|oh|hey) (did|do|have|are|were) (you|u)",
    "(did|have) (you|u) (see|seen|watch|watched|catch|caught|hear|heard) (the|that) (game|match|show|fight|score)",
  ]

  /// Closing the question while staying in the talk: "I've made my mind up", "we'll agree to
  /// differ", "nothing you say will change my mind". Respected: no question pushes on.
  static let closingTheQuestion: [String] = [
    "(i 've|i have|ive|i) (already|just)? made (up)? my mind (up)?",
    "my mind ('s|is) (already)? made up",
    "(we 'll|we will|we|let 's|lets) (just)? (have to)? agree to (disagree|differ)",
    "nothing (you|u) (say|said|can say|could say) (will|is going to|is gonna|'s gonna|'ll) change my mind",
    "(you|u) (won't|wont|will not|aren't going to|are not going to|'re not going to|'re not gonna) change my mind",
    "(i 'm|im|i am) not (going to|gonna) change my mind",
    "(i 'm|im|i am) not (budging|going to budge|gonna budge|moving on this)",
  ]

  /// Laughter that ends or opens a line said for fun: "… lol", "haha …", "jk". A joke is met
  /// lightly, never asked about as a story.
  static let laughter: Set<String> = [
    "lol", "lmao", "lmfao", "haha", "hahaha", "hehe", "jk", "rofl", "ha", "hah", "heh", "lolol",
  ]

  /// A plan said to mock the matter, not meant: "oh i'll just park it on the roof then",
  /// "fine. beans on toast every night til easter then". Its words are not given back; the
  /// frustration under them is. Loving what nobody loves says the opposite too ("i love being the one nobody talks to"),
  /// as does piling more on ("maybe you'd like to do my shifts while you're at it").
  static let sarcasm: [String] = [
    "(i 'll|ill|i will|we 'll|we will) just _{1,8} then !_",
    "(fine|great|brilliant|lovely|marvellous|perfect) _{1,10} then !_",
    "(i|we) (just|really)? (love|adore|enjoy) being (the one|the only one) (that|who)? (nobody|no one|noone|everyone ignores|everybody ignores)",
    "(i|we) (just|really)? (love|adore|enjoy) being (ignored|left out|talked over|forgotten|overlooked|blamed|lumbered)",
    "while (you 're|you are|youre|ur|u r) at it",
    // "oh fair enough then", and nothing more: a huff, not a point granted.
    "oh (well)? fair enough then !_",
    // "oh wonderful, another parking fine", "fantastic, just what we needed": praise put before
    // one more of what they are tired of means its opposite.
    "(oh|ah|well)? \(mockPraise) (another|just what (i|we) (needed|need|wanted))",
    "(oh|ah) \(mockPraise) (more|even more|yet more)",
  ]

  /// Words of praise that, said before "another" or "just what I needed", mock what follows.
  static let mockPraise =
    "(great|brilliant|wonderful|fantastic|lovely|marvellous|marvelous|perfect|super|splendid|terrific|joy|yay|fab|amazing)"

  /// Agreement said to mock, when a word of degree after it is shouted in capitals ("oh yes
  /// she's SO patient", "yeah right, they're REALLY quick"): the praise means its opposite
  /// (`TheirWords.isSarcastic`).
  static let mockAgreement: [String] = [
    "(oh|ooh|ah) (yes|yeah|yep|aye|sure|right|of course|definitely|totally)",
    "(yeah|yes|aye) (right|sure)",
  ]

  /// Saying that what they said was a joke: "that's a joke", "I'm just kidding", "jk".
  static let jokeMarkers: [String] = [
    "(that|it|this) ('s|is|was) (just|only)? a joke",
    "(i 'm|i am|im|just|only) (just|only)? (joking|kidding|messing with you|pulling your leg)",
    // "don't you dare go soft on me": a dare that forbids kindness, or anything but a lecture,
    // is teasing.
    "(don't|dont|do not) (you)? dare !(lecture|patronize|patronise|preach|shout|yell|mansplain|talk|speak)",
  ]
}
