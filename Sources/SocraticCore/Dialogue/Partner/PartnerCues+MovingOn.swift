/// How a talk is let go of without a goodbye: brushing it off, offering something at hand, or
/// asking about something else after a word that closes the topic.
extension PartnerCues {
  /// Offering the listener something at hand, or asking after something around them: "do you
  /// want another glass", "fancy a cuppa?", "is the kettle on?", "i'll put the tea on". Said with nothing that goes on
  /// with the topic, the talk is over.
  static let offering: [String] = [
    "(do|would|will|d') (you|u|ya)? (want|wanna|fancy|need) \(offered)",
    "(you|u|ya) (want|wanna|fancy|need) \(offered)", "fancy \(offered)",
    "(would|will) (you|u|ya) like (a|an|another|some|more|any|seconds)",
    "(who|anyone|anybody|everyone) (wants|want|fancies|fancy|for) (a|an|another|some|more|seconds|dessert|pudding|tea|coffee)",
    "(shall|should) (i|we) (put|get|make|order|open|pour|grab) (the|a|an|some|another|more|on)",
    "(is|are) there (any|some)? (more|left|any left)",
    "(is|are) the _{1,2} (on|ready|done|over|finished|still on)",
    // "right, i'll put the tea on": making something for them winds the talk up.
    "(i 'll|ill|i will|let me|lemme|i 'm gonna|im gonna|i 'm going to) (put|stick|get|make) (the kettle|the tea|a brew|a cuppa|some tea|the coffee|tea|coffee|the dinner|dinner) (on)?",
  ]

  /// Offering something at hand without a "you", as a sentence opens: "want another beer?",
  /// "need a top up?". After its "I" ("i need a win") it is no offer.
  static let offeringBare: [String] = ["(want|wanna|need|fancy) \(offered)"]

  /// What is offered: "a", "another", "a cuppa", "seconds".
  private static let offered =
    "(a|an|another|some|more|any|seconds|a top up|a refill|a drink|a cuppa|a brew|tea|coffee|dessert|pudding)"

  /// Brushing the topic off, said as a whole sentence: "whatever", "forget it", "never mind".
  /// Said with an offer or alone, they let the talk go; said before more, they lead in to it.
  static let brushingOff: [String] = [
    "(oh|ugh|meh|fine|ok|okay|well)? (whatever|forget it|never mind|nevermind|doesn't matter|it doesn't matter|forget i said anything|oh well)"
  ]

  /// Asking to stay on the topic, or to go back to it: "stop changing the topic", "we were
  /// the vaccines", "back to the point". Said with words that would take leave, they ask to
  /// go on: never a goodbye.
  static let stayingOnTopic: [String] =
    [
      "(don't|dont|do not|stop|quit|no) (you)? (trying to|try to|try and)? (change|changing) the (subject|topic)",
      "(we|i) (were|was) (on|talking about|discussing|saying|in the middle of)",
      "(back|get back|getting back|go back|going back|come back|coming back) to (the point|the subject|the topic|what i was saying|what we were)",
      "as i was saying",
    ] + FloorHolder.placeFinders

  /// Saying they are fine, as a whole clause: "I'm alright", "oh I'm ok really", "it's all
  /// good", "i'll live", "it doesn't matter". A brush-off about themselves, never a reason for
  /// a view; of their own hurt, met gently and never examined (`TheirWords.brushesOff`). Bare
  /// "fine" or "ok" grants or agrees as often as it brushes off, and is none alone.
  static let brushOff: [String] = [
    "(oh|nah|no|yeah|well)? (i 'm|im|i am|it 's|its|it is|that 's|thats|i 'll be|ill be|we 're|we are) (fine|ok|okay|alright|all right|grand|good|fine really|not bothered) (honestly|really|though|love|mate)?",
    "(i 'm|im|i am|i 'll be|ill be|i will be|i 've been|ive been|it 's|its|it is|it was|that 's|thats|that is|everything 's|everything is|all|it 's all|its all|we 're|we are) (totally|really|honestly|completely|absolutely|perfectly|genuinely|actually|seriously|so|fully|pretty|all)? (fine|ok|okay|alright|all right|good|grand|cool)",
    "(all good|all fine|no worries|no big deal|not a big deal|it 's nothing|its nothing|nothing really|it 's not a big deal|its not a big deal)",
    "(it|that)? (doesn't|doesnt|does not|don't|dont) (really|even)? matter",
    "(i 'm|im|i am|i 'll|ill|i will) (totally|so|well|honestly|already)? (over it|over him|over her|over them|survive|live|get over it|cope|be right)",
    "(i 'm|im|i am) not (even)? (bothered|fussed|upset|sad|hurt|that bothered|that fussed)",
  ]

  /// Asking the listener not to press on what they just touched: "dont get all deep on me
  /// lol", "don't set me off", "let's not go there". A deflection: they stay in the talk, so it
  /// is no goodbye, and nothing presses on.
  static let keepingItLight: [String] = [
    "(don't|dont|do not) (you)? (get|go|start getting) (all)? (deep|heavy|serious|soppy|sappy|emotional|philosophical|therapist|counsellor) (on|with)? (me|us)?",
    "(don't|dont|do not) (you)? (set|start) me (off)?",
    "(don't|dont|do not) (make|get) me (cry|crying|emotional|going|started)",
    "(let 's|lets|let us) not (go there|get into it|get into that|get deep|do this|do the deep stuff)",
    "(i|i just)? (don't|dont|do not) (want|wanna) to? (go there|get into it|get into that|cry|get upset)",
    "(not|no) (going|getting) (there|into it|into that) (today|now|tonight)?",
    // "nothing. dont make it a thing": what the listener asked about is let be.
    "(don't|dont|do not) make (it|this|that) (a|into a|a big|into a big|a whole) (thing|deal|fuss)",
    "(don't|dont|do not) make a (big)? (thing|deal|fuss|song and dance) (of|out of|about) (it|this|that)",
  ]

  /// Asking the listener to hear them out before anything: "just listen ok", "before you say
  /// no just listen", "let me finish". Honoured: the listener says they are listening, and
  /// asks and answers nothing yet. Each is a whole sentence: "hear me out, im taking up the
  /// accordion" leads in to what they say, and "you never listen" is a charge.
  static let askingToBeHeard: [String] = [
    "(just|pls|please|ok|okay|so)? (listen|hear me out) (to me)? (ok|okay|yeah|pls|please|for once|first|for a sec|for a second|a sec|a minute)?",
    "(just|pls|please)? (listen|hear me out) (before|till|until) (you|u) (say|start|decide|answer) (no|anything|owt|a word)?",
    "(before|till|until) (you|u) (say|start|decide|answer) (no|anything|owt|a word)? (just|please|pls)? (listen|hear me out) (ok|okay|pls|please)?",
    "(let me|lemme) (just)? (finish|explain|talk|get it out|say it|speak) (please|pls|ok|okay|first)?",
  ]

  /// Asking the listener to back off, said with a laugh: "lol stop analysing me", "haha quit
  /// trying to fix me". Laughing, it is no objection to the manner (`TheirWords.objection`),
  /// yet it still asks to be let be.
  static let backingOffLightly: [String] = [
    "(stop|quit|enough) (trying to)? (analysing|analyzing|analyse|analyze|psychoanalysing|psychoanalyzing|psychoanalyse|psychoanalyze|diagnosing|diagnose|fixing|fix|therapising|therapizing|dissecting|dissect|reading into) (me|everything i say|what i say|every word)",
    "enough (of|with) the (therapy|analysis|psychology|deep stuff)",
  ]

  /// Closing a matter the listener pressed, for now or for good: "before you start", "give it
  /// a rest", "not yet anyway", "we've been over this". They stay in the talk, so it is no
  /// goodbye; the matter is let be, and nothing reopens it.
  static let closingTheMatter: [String] = [
    "before (you|u|ya) (start|say it|go on|ask)",
    "give it a rest", "give over !_", "(leave|drop) it (there|at that|alone|now|please)",
    "not (yet|now|for now|just yet|right now) (anyway|anyways|though|thanks|ok|okay|alright)",
    "end of (story|discussion|conversation)",
    "(we 've|weve|we have) been (over|through) (this|that|it)",
    "(i 'm|im|i am) not (discussing|getting into|going over|talking about) (it|that|this) (again|anymore|any more)",
    // "dont you start": the listener told not to begin on it.
    "(don't|dont|do not) (you)? (even)? (start !\(startingTimes)|bring (it|that) up)",
  ]

  /// What follows "start" when it tells when a day's work or school begins ("I don't start till
  /// ten", "we dont start before nine on fridays"): a habit of time, never "don't start".
  static let startingTimes =
    "(till|til|until|before|after|at|work|school|uni|college|early|late|today|tomorrow|tonight|"
    + TimeWords.weekdays.union(TimeWords.weekdayHabits).sorted().joined(separator: "|")
    + "|weekends|shifts|lessons|lectures|classes)"

  /// Words that close a topic before a question about something else: "anyway, is the game
  /// on?". Fewer than `topicClosers`: "right, is it?" or "well, do they?" go on with it.
  static let changingTopic: Set<String> = ["anyway", "anyways", "anyhow"]

  /// A plan to meet, said after a word that closes the topic: "anyway, drinks friday?",
  /// "anyway, still on for saturday?", "anyway, see you at the match".
  static let meetingUp: [String] = [
    "(drinks|a drink|pub|the pub|lunch|dinner|coffee|brunch|tea|the gym|the match|the game|cinema|the cinema|footy) (on|at|this|next|later)? \(meetingTimes)",
    "(still|we still|we 're still|are we still)? on for \(meetingTimes)",
    "(see|catch) (you|u|ya) (on|at|later|soon|tomorrow|tonight|\(meetingTimes))",
  ]

  /// A word on how the talk went, or a plan to talk again, said after thanks as they go:
  /// "that really helped", "needed that", "catch up sunday". (`LeaveTakingCues` holds "this was
  /// helpful" and "good chat".)
  static let talkVerdicts: [String] = [
    "(that|this|it|you|talking|chatting) (has|have|'s|'ve)? (really|honestly|actually|properly|genuinely|so)? (helped|helps)",
    "(i)? (really)? needed (that|this)",
    "(i)? (really|do)? appreciate (it|that|this|you)",
    "(catch up|speak|talk) (on)? \(meetingTimes)",
  ]

  /// Saying goodbye, or sending the listener off home, in the words people part with: "laters
  /// x", "ta-ra", "see you thursday", "get yourself home", "ta for popping round". The talk is
  /// over, whatever else the line says: the close, never a reason or a view.
  static let farewells: [String] = [
    "(laters|l8rs|ta-ra|toodles|toodle-oo|cya|night night|nighty night|bye bye|byee)",
    // "standup in 2 mins gtg": got to go, typed short.
    "(gtg|g2g|gtg2)",
    "(ta|bye) ra",
    "(see|catch) (you|u|ya|yous) (then|there|\(meetingTimes))",
    // "see you at the quiz friday", "see ya at bingo thursday".
    "(see|catch) (you|u|ya|yous) at (the)? _{1,2} \(meetingTimes)",
    // Off for a bit and back soon: "see you in a bit", "back in 20, dont eat all the biscuits";
    // never a span back in time ("back in 20 years").
    "(see|catch) (you|u|ya|yous) in a (bit|min|minute|sec|second|while|tick|mo|jiffy)",
    "back in (a|5|10|15|20|30|45|five|ten|fifteen|twenty|thirty) (min|mins|minute|minutes|sec|secs|tick|bit|jiffy|mo)",
    "back in (5|10|15|20|30|45|five|ten|fifteen|twenty|thirty) !(year|years|yrs|day|days|week|weeks|month|months|hour|hours|odd|something)",
    // Ringing off till the next call, as the sentence's last words: "ring you tomorrow x",
    // "ill bell you later"; "he'd text you soon about the car" tells of a plan.
    "(ring|call|phone|bell|text|buzz) (you|u|ya) (back)? (soon|in the morning|after|\(meetingTimes)) \(signOffChat)? !_",
    // Someone they mind wakes or comes in, as the sentence's last words, after a word that
    // closes the topic: "right shes awake", "oh hes home"; "she's awake at 4 every night" and
    // "anyway she's in a right state" tell how things are.
    "(right|oh|ok|okay|anyway|uh oh|oops) (,)? (she 's|shes|he 's|hes|she is|he is|they 're|theyre) (awake|home|here|crying|stirring) (now|again|already)? \(signOffChat)? !_",
    "get (yourself|yerself|urself|off|away|on) home",
    "(off|on) (you|ya) go", "mind how (you|ya) go",
    "safe (home|journey|trip|drive)", "(drive|get home|travel) safe",
    "(thanks|thank you|thank u|ta|cheers|thx) (so much|very much|a lot|again)? for (coming|popping|stopping|dropping|calling|coming all the way) (round|over|by|in|up)?",
  ]

  /// Those at home who call someone away: "the wife", "our lass", "mum".
  static let homeCallers =
    "(the|my|our)? (missus|wife|husband|hubby|fella|lass|other half|mum|mam|mom|dad|nan|gran|kids)"

  /// What may close a sign-off after its last word: a kiss, a laugh, a name for the listener.
  static let signOffChat = "(x|xx|xxx|lol|haha|then|love|hun|mate|babe)"

  /// When friends meet next: a day, or a time soon.
  static let meetingTimes =
    "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|later|the weekend|weekend|next week|the usual)"

  /// What, after a word that closes the topic, still asks about the topic: "anyway, do you
  /// think he'll make it?".
  static let askingAboutTheTopic: [String] = [
    "(do|don't|dont|would|wouldn't) (you|u|ya) (think|reckon|believe|agree|see)"
  ]

  /// Clauses that are no point of theirs to give back, when another clause of the turn says
  /// what they mean: a label they tease themselves or others with ("I'm such a scorpio"), or a
  /// figure of speech ("I'm not sitting on my hands", "it's not rocket science").
  static let notThePoint: [String] = [
    "(i 'm|im|i am|you 're|youre|you are|he 's|hes|he is|she 's|shes|she is|they 're|we 're|so) (such|so|a total|a typical|a classic|a proper|the biggest) (a|an)? ("
      + starSigns
      + "|nerd|geek|boomer|millennial|zoomer|introvert|extrovert|drama queen|control freak|snob|softie|diva|princess|typical man|typical woman)",
    "(typical|classic|such a|so) (" + starSigns + ")",
    "(sitting|sat|sit|sits) on (my|your|his|her|our|their) (hands|backside|bum|arse|butt|behind)",
    "(lying|lie|lay|laying|sitting|sat|sprawled) (around|about)? on (a|the|my|his|her|their) (sofa|couch|settee)",
    "twiddling (my|his|her|our|their) thumbs", "born yesterday", "head in the sand",
    "(not|n't|isn't|isnt) rocket science", "(isn't|isnt|is not|not) the end of the world",
  ]

  /// The signs of the zodiac, which people tease themselves and others with.
  static let starSigns =
    "aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces"

  /// Words that open a clause of when, whether or if: a goodbye or an errand after one is
  /// described, never said ("they know when you put the kettle on", "if I have to go in early").
  static let describingConjunctions: Set<String> = [
    "when", "whenever", "if", "once", "before", "after", "until", "till", "while", "whether",
  ]

  /// The subjects that may stand between such a word and what it describes: "when you …".
  static let clauseSubjects: Set<String> = [
    "i", "you", "u", "ya", "we", "they", "he", "she", "it", "someone", "somebody",
  ]

  /// Winding the talk down without leaving it: a change of subject, a request about the table,
  /// not wanting to talk about it. With the leave-taking every mode reads
  /// (`LeaveTakingCues`), the close comes from these, never from turns counted.
  static let windingDown: [String] = [
    "(let 's|lets|can we|could we) (just)? (change the subject|talk about something else|drop it|move on|stop)",
    "(change|changing) the subject",
    "(enough|that 's enough) (politics|of this|about this|for (today|tonight|now))",
    "(let 's|lets) (just)? (eat|go eat|call it a night|leave it there|leave it at that|drop it)",
    // Going on only to be done with it: "let's just get it over with".
    "(let 's|lets) (just)? get (it|this) over (with)?",
    "(anyway|anyways),? (who|how|what) (wants|about|'s|are|is|was|did)",
    // Asking what the listener does next: "anyway, you staying for the quiz or what".
    "(anyway|anyways|anyhow) (are|r)? (you|u|ya) (staying|stopping|sticking around|coming|heading) (for|to|out|home|back|over|round|in)",
    "random (but|question|thought|q)",
    "(i|i just)? (don't|dont|do not) (like|want|wanna) (to)? (talk|talking) about (it|this|that)",
    // Going off to see to themselves: "i'm gonna go have a kip", "off for a shower".
    "(i 'm|im|i am) (gonna|going to|off to|off for) (go|go and)? (have|take|get|run|grab|hop in|jump in)? (a|the|my)? (nap|kip|shower|bath|lie down|lie-down|rest|snooze|bed|sleep)",
    "(i 'm|im|i am) (gonna|going to) (go)? (and)? (shower|nap|lie down|sleep|get ready)",
    // Letting the listener go, or going to see to the house: "I'll let you get on", "I'd best
    // put the kettle on", "the dog wants walking".
    "(i 'll|i will|ill|i 'd|i) (better|best)? (let|leave) (you|ya) (get on|go|to it|be|in peace)",
    "(i 'll|i will|ill|i 'd|i) (better|best)? (go and|go)? (put|stick|get) the (kettle|tea|dinner|oven) on",
    "(the|my) (dog|dogs|kettle|tea|dinner|kids|washing) (needs|need|wants|want|is|'s) (walking|a walk|feeding|fetching|picking up|boiling|doing|on|ready)",
    // Off to something about to start, or sending the listener to the kettle: "go on, I've got
    // my quiz on in a minute", "go n put that kettle on", "is that kettle on or what".
    "(i 've|ive|i have|i|we 've|we have) got _{1,3} on in (a|a few|five|ten|two|twenty) (minute|minutes|min|mins|sec|secs|mo|bit)",
    "(i 've|ive|i have|i) got (my|the) (programme|program|show|soaps|soap|quiz|match|footy|film|telly|tv|racing|darts) on",
    "(go|go and|go n|go an|you) (put|stick|get) (the|that) kettle on",
    "(is|is n't|isnt|'s) (the|that) kettle on",
    // Off back to what they left, or to the kettle, after a word that closes the topic: "right
    // im going back to my desk", "anyway back to work", "right. kettle.".
    // A leave-taking word leads it: "I'm dreading going back to work" takes no leave.
    "(right|ok|okay|anyway|anyways) (then)? (i 'm|im|i am|i 'd|i|i 'll|ill)? (better|best)? (going|gonna go|going to go|heading|off|get|go|getting) back to (my|the)? (desk|work|office|shift|class|lesson|seat|post|station|emails|marking|counter|till|ward)",
    "(i 'd|id|i had) (better|best) (get|go|be getting|head) back to (my|the)? (desk|work|office|shift|class|lesson|seat|post|station|emails|marking|counter|till|ward)",
    "(i 'm|im|i am) off back to (my|the)? (desk|work|office|shift|class|lesson|seat|post|station|emails|marking|counter|till|ward)",
    "(right|anyway|anyways|ok|okay) (then)? back to (my|the)? (desk|work|office|shift|class|lesson|emails|marking|counter|till|ward)",
    "(right|anyway|anyways|ok|okay) (then)? (the)? kettle",
    // The kettle has boiled: "anyway kettles boiled", "oh the kettle's just boiled".
    "(the|that|my)? (kettle|kettles) ('s|s|is|has)? (just)? (boiled|boiling)",
    // Called away by someone at home, or to a meal on the table: "the wife's shouting me from
    // the kitchen", "my mam is waving at me from the car", "dinners ready". Shouted *at*
    // or called names is a complaint, never a summons.
    "\(homeCallers) (is|'s|are|'re) (waving|beckoning) (at|to)? (me|us)",
    // "calling for us to get a dog" asks for something; a summons has nothing after it.
    "\(homeCallers) (is|'s|are|'re) (shouting|yelling|hollering) for (me|us) !to",
    "\(homeCallers) (is|'s|are|'re) (shouting|calling|yelling|hollering) (me|us) (in|back|over|down|up|from|through)",
    // "Up" is left out: "school dinners up 40p" is a price, no summons.
    "(dinner|tea|breakfast|lunch) ('s|is) (ready|on the table)",
    "(dinners|teas) (ready|on the table)",
  ]
}
