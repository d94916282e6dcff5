/// What is said around their words that is no part of them: tags and the names they call the
/// listener. Asides that soften what follows are `SpokenAside`'s.
extension PartnerCues {
  /// Words said around what someone says that are not part of it: "ok fine", "to be honest",
  /// "fair enough", "lol". A reflection leaves them out.
  static let tags: [String] = [
    "(ok|okay|alright|yeah|yes|yep|lol|lmao|haha|tbh|ngl|honestly|obviously|anyway|anyways|seriously|man|dude|bro)",
    "to be honest", "if i ('m|am) (honest|being honest)", "fair enough", "you know",
    "or (whatever|something)", "(like|as) i (said|told you|already said)", "i told you",
    "same as (i said)? (before|earlier)", "(i|i 've) (already|just) said",
  ]

  /// Tags said only before what someone says: "well", "so", "look", "I mean", and a sigh at
  /// being asked ("here we go, fine").
  static let openingTags: [String] =
    ["(well|look|listen|like|really|fine|oh|um|hmm|i mean)"] + exasperation

  /// A question tag said after what someone says ("she was right, wasn't she", "it's mad
  /// innit"): it asks for agreement and is no part of the claim. Taken off only after a clause
  /// of its own (`PartnerClauses`), so "I know what did it" keeps its verb.
  static let tagQuestions: [String] = [
    "(is|was|are|were|do|does|did|has|have|had|can|could|will|would|should|is n't|was n't|are n't|were n't|do n't|does n't|did n't|has n't|have n't|had n't|ca n't|could n't|wo n't|would n't|should n't|isn't|wasn't|aren't|weren't|don't|doesn't|didn't|hasn't|haven't|hadn't|can't|couldn't|won't|wouldn't|shouldn't|ain't) (she|he|it|they|you|we|i|there|that)",
    "(innit|eh)",
  ]

  /// Tags said only after what someone says: "though", "or so", "I guess", a curt thanks
  /// ("… every day thanks"), and the name they call the listener: "kiddo", "buddy".
  static let closingTags: [String] =
    [
      "(though|tho|i guess|i think|i suppose|really|lol|right)",
      "(thanks|thank you|thanks very much|thank you very much)",
    ] + vocatives

  /// Words said after a claim, set apart by a comma, to press it or to call the listener, not
  /// part of it: "…, you watch", "…, mark my words", "…, man". Without the comma the same words
  /// can be part of it ("they don't trust me"), so they are taken off only after one.
  static let afterAComma: [String] =
    tags + vocatives + [
      "(man|kid|son|dad|mom|mum|guys|folks|boss|chief|champ|dear|my friend|my man|my dude)"
    ] + [
      "(you|just you) (watch|wait|see)", "(you 'll|you will) (see|find out)",
      "mark my words", "(trust|believe) me", "i (swear|promise|tell you|tell ya)",
      "(i 'm|i am) telling (you|ya)", "no (joke|lie|cap)", "for real", "full stop",
      "end of story", "simple as that", "will (ya|you)", "i bet", "just saying", "who else",
      "(everybody|everyone|we all) (knows|know) (it|that)", "look it up",
      "come on", "(cmon|c'mon)", "get real", "please",
    ]

  /// Digs at what the listener has lived or can know, said as a statement: "you wouldn't
  /// know", "you've never had a proper job", "you've never paid a mortgage in your life". They
  /// question the listener's standing, claim nothing about the topic, and are taken calmly.
  static let digsAtStanding: [String] = [
    "(you|u|ya) (wouldn't|wouldnt|would not|couldn't|couldnt|could not) (know|understand|get it|have a clue|have any idea)",
    "(you|u) ('ve|have|'d|had|ve) (never|not once|never once|never even|never actually) (had|held|done|worked|run|paid|raised|lived|owned|earned|built|been|known|struggled|wanted)",
    "(you|u) (never|never once) (had|held|worked|paid|raised|owned|earned|struggled) (a|an|to|for|in)",
    "(you|u) ('ve|have) (had|been given) (it|everything) (easy|handed to you)",
    "(you 're|you are|ur) (too young|just a kid|only a kid) to",
  ]

  /// What they call the listener, said at the end of a sentence with or without a comma ("I
  /// don't know kiddo"): words that are no part of a claim.
  static let vocatives: [String] = [
    "(kiddo|buddy|bud|pal|dude|bro|brah|sis|sweetie|sweetheart|babe|lmao|lmfao|haha|hahaha)"
  ]

  /// What family call the listener at the end of a sentence, without a comma ("I don't know
  /// dad", "the batteries love"), and also say of others or as a verb: taken off only where no
  /// word before takes it.
  static let kinVocatives: Set<String> = [
    "dad", "mom", "mum", "ma", "pa", "grandma", "grandpa", "honey", "son", "love", "luv",
  ]

  /// Names for the listener hardly said of anyone else at the end of a claim: "… a con mate".
  static let listenerOnlyNames: Set<String> = [
    "gran", "granny", "nana", "nan", "mate", "hun", "hon", "sis", "bro", "dude", "sweetie",
  ]

  /// Function words a name for the listener can follow ("I love you dad", "not now
  /// mom"): pronouns and adverbs that end a clause.
  static let endsBeforeAVocative: Set<String> = [
    "you", "it", "them", "him", "her", "me", "us", "that", "this", "all", "too", "now", "then",
    "though", "either", "anymore", "anyway", "again", "yet", "so", "not",
  ]

  /// What they call the listener inside a line, set apart by commas or said just before one
  /// ("the landlords, mate, who else", "honestly love, …"): no word of what they say.
  static let listenerNames: Set<String> = [
    "love", "luv", "hun", "hon", "honey", "mate", "sweetie", "sweetheart", "son", "dear",
    "darling", "pet", "kiddo", "buddy", "pal", "dude", "bro", "sis", "babe", "chief", "boss",
    "petal", "duck", "ducky", "hen", "chuck", "flower", "poppet", "lovey", "sunshine",
  ]

  /// Love said to the listener: "love you", "luv ya x". Answered in kind, never with a remark
  /// about it; "love you, but you're wrong" argues a point.
  static let lovingThem: [String] = [
    "(love|luv) (you|ya|u) !(but|and|though|tho)"
  ]

  /// Warmth towards the listener: making up for how they spoke ("sorry I bit your head off"),
  /// a fond word ("you're a good egg", "love you"), pleasure at meeting ("you're a sight for sore
  /// eyes", "lovely to see you"). Met warmly, never given back, asked about or taken as a belief.
  static let warmth: [String] =
    AnswerCues.toneApologies + lovingThem + [
      "(you 're|you are|youre|ur) (a|such a)? (good|great|lovely|sweet|kind|decent|proper good) (lad|girl|boy|kid|egg|sort|one|friend|mate|son|daughter|grandson|granddaughter|person)",
      "(you 're|you are|youre|ur) (a|such a) (star|gem|diamond|treasure|sweetheart|darling)",
      "(you 're|you are|youre|ur) (alright|all right) !(with|about|to|if|for|at|in|on|though)",
      "(you 're|you are|youre|ur) a sight for sore eyes",
      "(i 'm|im|i am) (so|really)? proud of (you|ya)",
      // "aw that's sweet of you", "thanks pet": a kindness named, or thanks with a pet name.
      "(that 's|thats|that is|how|aw|aww|ah|oh) (so|very|really|ever so|awfully)? (kind|sweet|nice|lovely|thoughtful|good) of (you|ya)",
      "(thanks|thank you|ta) (love|pet|sweetheart|darling|hun|dear|duck|flower)",
      // "aw that's made my week": gladness shared, met with gladness.
      "(that 's|thats|that has|that is|you 've|you have|this has|this 's) (honestly|really|just|actually|totally)? (made|making) my (day|week|night|month|year|christmas)",
      // Touched by what the listener said: "you'll have me in tears", "I'm welling up". Moved,
      // never in distress: met warmly, never asked how they are holding up.
      "(you 'll|youll|you will|u 'll|ull|you 're gonna|youre gonna|ur gonna|you 're going to|gonna|stop it you 'll|you 'd) (make|have|set|get) me (cry|crying|off|going|well up|welling up|tear up|tearing up|blub|blubbing|in tears|all teary|emotional)",
      "(i 'm|im|i am|now i 'm|you 've got me|you 've made me) (welling up|tearing up|filling up|getting teary|all teary|a bit teary|getting emotional|crying)",
      // "you always know how to cheer me up": the listener's knack of lifting them, said fondly.
      "(you|u|ya) (always|really|sure|just|never fail to|can always)? (know how to|know just how to|manage to)? (cheer|cheers|cheering|perk|perks) me up",
      "(you|u|ya) (always|really|sure|just|never fail to|can always)? (know how to|know just how to|manage to)? (make|makes|making) me (laugh|smile|feel better)",
      // Glad of the listener's call or visit: "I'm glad you rang love".
      "(i 'm|im|i am) (so|really|ever so|dead)? (glad|pleased|chuffed|happy) (you|u) (rang|called|phoned|came|came round|popped round|popped in|asked|said that|told me)",
    ]

  /// Pleasure at meeting the listener: "you look well", "you haven't changed a bit", "lovely to
  /// see you". Warmth only when said, never reported or denied ("everyone says you look well").
  static let greetings: [String] = [
    "(you|ya|u) (look|looking) (well|great|good|lovely|grand|fab|gorgeous|smashing|amazing|brilliant)",
    "(you 've|you have|youve) not changed (a bit|at all)",
    "(you|u) (have n't|haven't|havent|have not) changed (a bit|at all)",
    "(lovely|nice|good|great|grand|so good|so nice) to see (you|ya|u)",
  ]

  /// Words before a greeting that report or suppose it: "everyone says you look well",
  /// "people keep telling me you look well".
  static let greetingsUndone: Set<String> = TheirWords.reportingVerbs.union(["telling", "if"])

  /// Words put in the listener's mouth: "and you'll say go to your sister's", "ur gonna tell
  /// me to move on". What they expect to hear is no view of theirs to give back.
  static let sayingForTheListener: [String] = [
    "(you|u|ya) ('ll|will|'d|would|'re gonna|are gonna|'re going to|are going to|gonna|always|just)? (say|tell me|tell me to|go|reckon|think) !(so|that|i)"
  ]

  /// The listener's own days told to them: "you're at work til six", "you were away then".
  /// Given back with "So", the "you" would turn into the speaker.
  static let listenersOwnDoings: [String] = [
    "(you|u) ('re|are|r) (at|off|away|out|busy|working|back|home|on holiday|on nights|on lates|on earlies)",
    "(youre|ur) (at|off|away|out|busy|working|back|home)",
    "(you|u) (were|was) (at|off|away|out|busy|working|there)",
  ]

  /// Saying the listener hurt them, anywhere in a turn: "you make me feel thick", "that
  /// stung". A rupture: an apology first, never a goodbye, nor a question about the feeling.
  static let hurt: [String] = [
    "(you|u|ya) (always|just|really|only|constantly|honestly)? (make|made|making|'re making|are making|keep making) me (feel|look|sound) (so|really|like|such|a bit|kind of|kinda)? (a|an)? (thick|stupid|dumb|small|useless|worthless|idiot|an idiot|fool|a fool|child|a child|kid|bad|awful|terrible|rubbish|inadequate|pathetic|guilty|silly)",
    "(that|what you said|you) (really|kind of|kinda)? (hurt|hurts|stung|stings)",
    "(that 's|thats|that is|that was|you 're being|you are being) (really|so|a bit|kind of|kinda|pretty)? (hurtful|mean|harsh|cruel|uncalled for|a low blow|below the belt)",
    "(i 'm|im|i am) (really|so|a bit|kind of|kinda)? (hurt|insulted|offended) (by|that|you)",
    "(why|how) (would|could|do|did) (you|u) (say|said) (that|something like that)",
    // "oh well thanks for deciding that for me": thanks for being overruled, said stung.
    "(thanks|thank you|thank u|cheers) (a lot|very much)? for (deciding|choosing|speaking) (that|it|this|everything)? for me",
  ]

  /// Telling the listener they sound scripted, anywhere in a turn: "are you reading that off
  /// something", "is this a survey". An objection to the listener's manner: the stiffness
  /// owned, never answered as a fair question.
  static let scripted: [String] = [
    "(are|r) (you|u) (just)? reading (that|this|it|those|these|them) (off|from|out of)",
    "(are|r) (you|u) (just)? reading (off|from|out of) (something|a script|a sheet|a card|cards|your phone|a screen|notes|a list)",
    "(are|r) (you|u) (a|some kind of|some sort of|like a) (robot|bot|machine|chatbot|therapist|counsellor|counselor)",
    "(is|was) (this|that) (a|some|some kind of|like a) (script|survey|questionnaire|quiz|interview|form) !(of|for|to|about|on|from)",
    // "what is this, a job interview?", "what's this, therapy?": the questioning mocked as an
    // ordeal of questions, put as a question that wants no answer.
    "(what 's|whats|what is|wat is) (this|that) (a|an|some|some kind of|some sort of|like a|like an) (job)? (interview|interrogation|inquisition|cross examination|quiz|exam|survey|questionnaire|trial|therapy session|counselling session|counseling session|deposition|appraisal) !(of|for|to|about|on|from|at|with|like|called|you|they|he|she|we|i)",
    "(what 's|whats|what is|wat is) (this|that) (therapy|counselling|counseling|twenty questions|20 questions|the spanish inquisition|mastermind) !(of|for|to|about|on|from|at|with|like|called|you|they|he|she|we|i)",
    "(am|m) i (on trial|in court|under oath|being interrogated|being interviewed|being cross examined|in therapy) (here|now|or something|or what)",
    "(you|u) (sound|sounding|talk|talking) like (a|some|an) (robot|script|survey|questionnaire|textbook|form|interviewer|self help book)",
    "(did|have) (you|u) (get|got|read|learn) (that|this) (off|from|out of|in) (a|some|the) (book|self help book|script|course)",
    // "why are you asking me all these questions", "what's with all the questions": being
    // questioned at all objected to, owned as the manner is.
    "(why|how come) (are|r) (you|u) (asking|firing|throwing|giving) (me)? (all|so many) (these|those|the)? (questions|qs)",
    "(what 's|whats|what is) (with|wiv) (all)? (the|these|those) (questions|qs)",
    "(enough|stop|quit) (with)? (the|all the|all these|these) (questions|qs)",
  ]

  /// Telling the listener they made it heavier than it is: "nobody died", "it's a till, not a
  /// bereavement". ("it's not that deep" plays a feeling down: `playingDown`.) An objection to
  /// the listener's manner only right after the listener offered something heavy
  /// (`TheirWords.objection(in:afterWeight:)`): the weight owned once and dropped, never
  /// grieved over or asked about. Said after relief or a contrast (`reliefBefore`), it tells
  /// how a story ended: "luckily nobody died".
  static let overweighting: [String] = [
    "(nobody|no one|noone|no-one) (died|'s dying|is dying|has died|got hurt) !(in|at|on|from|of|when|because|that|after|during|and|but|thank|thankfully|luckily)",
    "not (a|an) (bereavement|funeral|tragedy|wake)",
  ]

  /// Words of relief or contrast before "nobody died" or "not a tragedy" that make it how
  /// things turned out, not the listener's weight objected to: "luckily nobody died", "sad
  /// but not a tragedy".
  static let reliefBefore: Set<String> = [
    "luckily", "thankfully", "fortunately", "mercifully", "but", "though", "tho", "phew",
  ]

  /// Thanks said to tell the listener they were no help: "thanks for nothing", "gee thanks",
  /// "wow. thanks mum. super useful". Pushback, met by owning it; never a goodbye. "wow thanks
  /// mate" and "oh lovely, thanks dad" are plain gratitude: after "wow" or "oh great" the
  /// irony lies in the praise that follows (`ironicPraise`), not in the thanks.
  static let wryThanks: [String] = [
    "(thanks|thank you|thank u|thx|cheers|ta) (a lot|so much|very much)? for (nothing|sod all|bugger all|zilch|nowt)",
    "(gee|geez|jeez) (thanks|thank you|thank u|thx|cheers|ta) !(so|for)",
    // "thanks genius", "cheers sherlock": thanks with a mocking name for the listener.
    "(thanks|thank you|thank u|thx|cheers|ta) (a lot|very much)? (genius|einstein|sherlock|captain obvious|smartypants|smarty pants)",
    // "oh cheers. thanks for that": "oh" before curt thanks, with no name or reason for them.
    "(oh|ooh) (cheers|ta) !(love|mate|pet|hun|hon|babe|darling|dear|x|xx|so|for|very|a)",
    "(wow|oh great|oh brilliant|oh lovely|oh fantastic|oh wonderful) (thanks|thank you|thank u|thx|cheers|ta) _{0,2} \(ironicPraise)",
  ]

  /// Praise said of the listener's help that, after "wow" or "oh great" and thanks, means the
  /// opposite: "super useful", "big help", "cheers for that".
  static let ironicPraise =
    "((super|really|very|so|well|dead) (useful|helpful)|(big|great|massive|real) help|cheers for that)"

  /// A sentence that is only a stung "wow ok" or "ouch": said alone, the listener's last line
  /// hurt. A whole sentence only, as "wow ok that's great" is delight.
  static let stungAlone: Set<String> = [
    "wow ok", "wow okay", "wow right", "wow alright", "wow just wow", "ouch",
    "charming", "well charming", "wow ok then", "wow okay then", "right ok wow", "ok wow",
    "okay wow",
  ]

  /// Good news of their own or of someone of theirs, and pride in it: "it went really well
  /// actually", "so proud of him", "she passed her driving test". Met gladly, never as a
  /// belief to weigh nor with sympathy.
  static let goodNews: [String] = [
    "(so|really|dead|well|very|ever so|that|bloody)? proud of (him|her|them|us|myself|my|our)",
    "(went|going|goes) (really|so|dead|super|very|pretty|ever so)? (well|great|brilliantly|lovely)",
    // "it has all gone really well": one word may stand between the helper and "gone".
    "(has|'s|have|'ve|had) _{0,1} gone (really|so|dead|super|very|pretty|ever so)? (well|great|brilliantly|lovely)",
    "(passed|aced) (her|his|my|their|our|the) (test|exam|exams|driving test|interview|audition|grades)",
    "(got|landed|won) the (job|place|house|flat|offer|part|award|promotion)",
    "(good|great|brilliant|lovely|fab) news", "(she|he) said yes",
  ]

  /// Words right before good news that deny it: "nothing's gone well", "nowt has gone well".
  static let goodNewsDenied: Set<String> = ["nothing", "nowt"]

  /// Words anywhere before good news that make it a hope: "i hope her exam went well",
  /// "fingers crossed the scan has gone well".
  static let goodNewsHoped: Set<String> = ReflectionLead.wishingWords.union(["crossed"])

  /// Pride stung by help offered, anywhere in a turn: "i'm not a charity case", "i dont need
  /// looking after", "everyone keeps trying to sort me out". Hurt too, met the same way: no
  /// goodbye, no reason for the belief, and the stage waits.
  static let pride: [String] = [
    "(i 'm|im|i am) (not|no) (a|an|some|some kind of|your)? (charity case|charity|pity case|invalid|basket case|old dear|child|baby|kid|project|burden|lost cause|cripple)",
    "(i 'm|im|i am) not (helpless|useless|incapable|senile|past it|in my grave|dead yet)",
    "(i|we) (don't|dont|do not) (need|want) (anyone 's|anybody 's|your|any)? (looking after|minding|babysitting|rescuing|saving|fixing|sorting out|managing|pity|charity|handouts|help|fussing over|a nanny|a babysitter|a carer)",
    "(i|we) (can|can still|'ll|will) (look after|fend for|sort) (myself|meself|ourselves)",
    "(i 'm|im|i am) (perfectly|quite|more than)? (capable|able) of (looking after|managing|coping|sorting)",
    "(don't|dont|do not) (feel sorry for|pity) me",
    "(stop|quit) (fussing|mothering|smothering|babying|coddling|pitying)",
    "(everybody|everyone|you all|you lot|people|you) (always)? (keeps|keep|is|are) (always)? (trying to)? (sort|sorting|fix|fixing|manage|managing|rescue|rescuing) me",
    "(treating|treat|treats) me like (a|an) (child|invalid|baby|kid|charity case)",
  ]

  /// Someone else named as doing something to them: "my brother rang and did his soft voice",
  /// "the doctors treat me like a child", "she keeps fussing". "Everyone" alone may take in the
  /// listener, who may have just offered help.
  static let othersDoingIt: [String] = [
    "(they|he|she) ('s|is|are|keeps|keep|kept|treats|treat|treated|talks|talk|talked|speaks|acts|act|looks|look|rang|rings|thinks|think|does|do|did|won't|wont)",
    "(my|your|his|her|our|the) (brother|sister|mum|mom|mam|dad|family|nan|gran|grandad|aunt|auntie|uncle|kids|son|daughter|husband|wife|partner|doctor|doctors|boss|neighbours|friends|mates) (rang|rings|called|keeps|keep|kept|treats|treat|treated|talks|talked|did|does|do|is|'s|are|thinks|won't|wont|acts)",
  ]
}

extension PartnerCues {
  /// Being caught out by what they just said: "me and my big mouth", "foot in mouth", "oops,
  /// that came out wrong". Embarrassment, met with reassurance. "I didn't mean it like that" is
  /// left out: it as often corrects how the listener took them.
  static let caughtOut: [String] = [
    "(me|you) and my big mouth", "foot in (my)? mouth", "open mouth (and)? insert foot",
    "(oops|whoops|sorry|oh no|god|ugh|oh god|sorry sorry) (that|it) came out (wrong|badly|all wrong)",
  ]

  /// A slip owned in a sentence of its own, a laugh or a sorry at most after it: "that came out
  /// wrong lol". Said after what they did ("I baked and it came out all wrong"), it tells how a
  /// thing turned out.
  static let slipOwned: [String] = [
    "(that|it) came out (wrong|badly|all wrong) (sorry|lol|haha|oops|whoops)*"
  ]
}

extension PartnerCueMatcher {
  /// Being caught out by what they just said (`PartnerCues.caughtOut`).
  static let caughtOut = PartnerCueMatcher(PartnerCues.caughtOut)
  /// A slip owned in a sentence of its own (`PartnerCues.slipOwned`).
  static let slipOwned = PartnerCueMatcher(PartnerCues.slipOwned)
}
