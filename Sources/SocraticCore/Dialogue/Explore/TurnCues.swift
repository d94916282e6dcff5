/// The phrases `TurnRequest` reads, as `TokenPattern`s over an answer's words (shorthand read
/// out: "im" is "i 'm", "thats" is "that 's").
enum TurnCues {
  /// A whole answer that stops the session.
  static let stops: [String] = [
    "(ok|okay|alright|yeah|yep|right|k)? (i 'm|i am|we 're|we are)? (done|finished|out) (now|lol|here|thanks|thank you)*",
    "(ok|okay|alright)? (that 's|thats)? enough (for me)? (now|lol|thanks|for (now|today|tonight))*",
    "(ok|okay)? (please)? (stop|end it|quit)",
    "(i|i 'm) (want to|wanna|would like to) stop (now|here)?",
    "no more (questions)? (please)?",
    "(ok|okay|alright|yeah)? (that 's|that is) (it|all) for (me|now|today|tonight)",
    "(ok|okay|alright|yeah)? (i think)? (i 've|i have) had enough (for (now|today|tonight))?",
    "(ok|okay|alright|yeah)? (i think)? (i 'm|i am) good (now|here|thanks|for (now|today|tonight))*",
    // "i should stop", "anyway we better wrap up": a clause that stops and says no more.
    "(ok|okay|anyway|right|sorry)? (i|we)? (really|probably|prob)? (should|better|'d better|had better|have to|need to|gotta|got to|must|'ll have to|will have to) (stop|wrap up|finish|leave it|call it) (here|now|there|soon|for (now|today|tonight))*",
  ]

  /// Phrases that decline the question asked, not the talk: the whole answer, or a clause of
  /// it ("sorry, i'd rather not talk about that").
  static let declines: [String] = [
    // "i'd rather not get into that one actually": a word after the refusal still refuses.
    "(sorry|no)? (i 'd|i would) (rather|prefer) not (to)? (talk about|discuss|go into|get into|say|answer|share) (it|that|that one|this one)? (actually|tbh|honestly|thanks|ta|sorry|if you (do n't|don't|dont|do not) mind|if that 's ok|if thats ok|for now|right now|just now)*",
    "(sorry|no)? i (don't|do not) (really)? (want|wanna) (to)? (talk about|discuss|go into|get into|answer|share) (it|that|that one|this one) (actually|tbh|honestly|thanks|ta|sorry|if you (do n't|don't|dont|do not) mind|if that 's ok|if thats ok|for now|right now|just now)*",
    "(can|could) we (please)? (skip|leave) (it|that|that one|this one)",
    "(i 'll|i will|ill|i 'm gonna) (pass|skip) (on)? (it|that|that one|this one)?",
    "(pass|no comment|rather not say|prefer not to say)",
  ]

  /// Phrases that say the tool asked this question before: the whole answer. Owned in the
  /// tool's voice ("I did."), never as if they had done it.
  static let repeatedQuestions: [String] = [
    "(you|u) ('ve|have)? (sort of|kind of|kinda|basically|pretty much)? (already|just)? (sort of|kind of|kinda|basically)? asked (me)? (that|this|the same|the same thing|basically the same|that one) (already|before|earlier)? (basically|really|though|tho|lol|again)?",
    "(did n't|didn't|didnt|did not|have n't|haven't|havent|have not) (you|u) (already|just)? (ask|asked) (me)? (that|this|the same|the same thing|that one) (already|before|earlier)?",
    "(that 's|thats|that is|it 's|its|this is) (basically|just)? the same question (again|as before)?",
  ]

  /// Phrases that say the question asked for what they answered already: the whole answer.
  /// "i already said" is a repeat, given back as one (`AnswerMove.repeat`).
  static let answeredAlready: [String] = [
    "(i|i 've|i have) (kinda|kind of|basically|sort of|pretty much|literally)* (already|just) (answered|covered|explained) (that|this|it)?",
    "(i|i 've|i have) (answered|covered|explained) (that|this|it) (already|before|earlier)",
    // "i've said it three times now", "i told you already": irked at being asked again.
    "(i|i 've|i have) (said|told you|answered|explained|given you) (it|that|this)? (like)? (two|three|four|five|ten|2|3|4|5|10|several|many|so many|a few|a hundred|a million|twice) (times)? (now|already)?",
    "(i|i 've|i have) (literally|kinda|basically)* (already|just)? (literally)? told you (that|this|it)? (already|before|earlier)?",
    // "i just said lol", "i literally just said that", "i said already": what they said a
    // moment ago asked for again; "i just said the buses" is a correction of what was heard.
    "(i|i 've|i have) (kinda|kind of|basically|literally)* just (literally)? (said|mentioned|explained) (that|this|it|so)?",
    "(i|i 've|i have) (kinda|kind of|basically|literally|just)* (said|mentioned) (that|this|it|so)? (already|just now)",
    // "didnt i just say?", "i literally just gave you one??": irked that what they gave was
    // asked for again.
    "(did n't|didn't|didnt|did not) i (just|already) (say|tell you|answer|give you|mention|explain) (that|this|it|one|so)?",
    "(i|i 've|i have) (literally|just|already|kinda|basically)+ (gave|given|told|showed|shown|named) (you)? (one|two|it|that|an example|a reason|some|them)",
  ]

  /// Phrases in which they see their view anew, prompted by the question: "never thought of
  /// it like that", "that's a good point actually".
  static let insights: [String] = [
    "(i 've|i have|i)? (never|not) (really)? (thought|looked at it|seen it|considered it|thought about it) (of it|about it)? (like that|that way|like this|this way|before)",
    "(that 's|thats|that is|fair|good|ok|okay|oh) (a|actually a|really a)? (good|fair|great|interesting|valid) (point|question|one)",
    "(huh|hm|hmm|oh|that 's|thats|that is) (actually|really|very|pretty)? (interesting|a new one|new to me)",
    "(you 've|you have) got a point", "(good|fair|valid|great) point",
  ]

  /// Phrases that complain the listener passed over something they said; what follows names it
  /// ("you skipped the part where i said maybe not all", "you skipped him").
  static let passedOver: [String] = [
    "you (just|totally|kinda|kind of|completely|sort of)? (skipped|skip|missed|ignored|dodged|passed over|went past|glossed over|jumped over|breezed past|brushed off|brushed past) (over|past|right past|right over)?",
    "you (did n't|didn't|didnt|never) (ask|asked|say|said) (anything)? about",
    "you (just|totally|kinda|kind of|completely)? (went|go|jumped|skipped) (right)? (past|over)",
  ]

  /// Words that lead up to what they named as passed over: "the part where i said …".
  static let passedOverLeads: [String] = [
    "(the|that) (part|bit|thing) (where|when|about|that) (i said|i mentioned|i told you)? (about)?",
    "(what|where) i (said|mentioned|told you) (about)?",
  ]

  /// Phrases in which they say the question missed what they had just said, or turned it
  /// round, besides those in which a reflection missed them (`AnswerCues.misheard`); what
  /// follows is what they said.
  static let corrections: [String] =
    [
      "(i|i 've) (just|literally|already) (just)? said (that|this)?",
      "(did n't|didn't|didnt|did not) i (just|already) (say|said|tell you) (that|this|so)?",
      "(no|nope|nah) (i said|i meant|it 's|its|it was)? the opposite",
      "(i said|i meant|i mean) the opposite",
      "(that 's|thats|that is|it 's|its) (backwards|the wrong way round|the other way round)",
      // "no, I said my sister, not my mum": their words, set right.
      "(no|nope|nah|actually|wait|sorry|erm|um) (no|nope|nah|sorry)? i (said|meant|was saying|was talking about|was on about)",
    ] + unheard

  /// Phrases that say they were not heard at all ("you're not listening", "are you even
  /// reading this"): owned with what they did say; what they say after it, if anything, is
  /// what they said.
  static let unheard: [String] = [
    "(you 're|you are|youre|ur|u r|you) (not|n't|never) (even|really)? (listening|hearing me|reading|read) (to me|it|what i (said|wrote|typed))? (at all)? (,)? (i said|i just said|i told you|i meant)?",
    "(are|r) (you|u) (even)? (listening|reading) (to me|what i (said|wrote|typed))? (,)? (i said|i just said|i told you|i meant)?",
  ]

  /// Phrases that bid to be asked about something they told; what follows names it ("did you
  /// hear the bit about my nephew tho").
  static let heardBids: [String] = [
    "(did|did n't|didn't|didnt) you (even)? (hear|see|catch|read|get) (the|that|what i said|my) (bit|part|thing)? (i said)? (about)?",
    "what about (the|that) (bit|part|thing) (about)?",
  ]

  /// Phrases that complain of a kind of question asked again: the next one is of another kind.
  static let questionComplaints: [String] = [
    "why (do|does|d') (you|u) (keep|always) (asking|ask|saying|say|bringing|bring|going|go)",
    "(you|u) (keep|kept) (asking|saying|coming back|going back)",
    "(stop|quit) asking (me)? (that|this)?",
  ]

  /// Phrases that object to the question itself ("theres nothing to hold together??", "thats a
  /// weird question", "that makes no sense"): a word on the tool's question, never a claim of
  /// theirs to give back or ask how they know. Alone, the question is owned and put again
  /// plainly; with more after it, what follows is what they meant.
  static let questionObjections: [String] =
    [
      "(there 's|there is|theres) no (contradiction|tension|conflict) (there|here)?",
      "(nothing|what 's|whats|what is) (there)? to (hold|square|fit|tie|put|reconcile) (together|up)? (there|here)?",
      "(what a|that 's a|thats a|that is a|its a|it 's a|such a|bit of a) (weird|odd|strange|silly|dumb|stupid|random|loaded) (question|thing to ask)",
      "(weird|odd|strange|silly|dumb|stupid|random) question",
      // "thats not really a question": the question itself is what they push back on; "it's
      // not a question of cost" says what the matter is about.
      "(that 's|thats|that is|it 's|its|this is|that was) (not|n't) (really|even|exactly|quite)? a (real|proper)? question !(of|about|whether|if|that)",
      "(that|it|this) (is n't|isn't|isnt|was n't|wasn't|wasnt) (really|even|exactly|quite)? a (real|proper)? question !(of|about|whether|if|that)",
      "what (kind|sort) of (a)? question",
    ] + puzzlements

  /// Objections that say the question puzzled them ("that question doesnt make sense", "that
  /// makes no sense to me"): with nothing said in its place, the question is put another way.
  static let puzzlements: [String] = [
    // "that question doesnt make sense": the question named, as well as pointed at.
    "(that|this|it|the|your|ur) (last)? (question)? (does n't|doesn't|doesnt|dont|don't|do n't) (even|really)? make (any|much)? sense",
    "(that|this|it|the|your|ur) (last)? (question)? (make|makes) no sense",
  ]

  /// Phrases that set one part of the talk aside; what follows names the part: "dont really
  /// wanna talk about the money side", "i'd rather not get into the cost bit".
  static let partsSetAside: [String] = [
    "(i)? (don't|do not) (really)? (want|wanna) (to)? (talk about|go into|get into|discuss)",
    "(i 'd|i would) rather not (talk about|go into|get into|discuss)",
  ]

  /// Phrases that open what the talk is really about, after a part set aside: "its more about
  /// my sister", "it's really about the kids".
  static let refocusOpeners: [String] = [
    "(it 's|its|it is|this is|that 's|thats)? (more|really|mostly|actually|just)+ about"
  ]

  /// Phrases that ask to be asked about something; what follows names it.
  static let askAbout: [String] = [
    "(i)? (kinda|kind of|really|actually)? (want|wanted|would like) (you)? to ask me about",
    "(i)? (kinda|kind of|really|actually)? (want|wanted|would like) to talk about",
    "(please|can you|could you|you can|you could)? (just)? ask me about",
  ]

  /// Phrases that ask what to do; what follows names about whom or what.
  static let advice: [String] = [
    "what (do|should|can) i (even)? do about",
    "what (do|should) i do (now|then)?",
    "what would you do",
  ]

  /// Questions the person asks about themselves.
  static let selfQuestions: [String] = [
    "am i (just|really|being)? (a|the)? (hypocrite|hypocritical|unfair|wrong|crazy|selfish|the problem|the bad guy|mean|too harsh|a bad person|petty|dramatic|overreacting|unreasonable|too sensitive|crazy)",
    "does that make me (a|the)? (hypocrite|hypocritical|bad|selfish|the problem|the bad guy|a bad person)",
    "is that hypocritical",
  ]

  /// Phrases of guilt or regret for something they did.
  static let guilt: [String] = [
    "(feel|felt|feeling) (so|kinda|kind of|really|still|a bit|a little|pretty|super)* (guilty|bad|awful|terrible|ashamed) about",
    "(i|i 'm|i am|i feel|i felt) (so|kinda|kind of|really|still|a bit|a little|pretty|super)* (guilty|ashamed)",
    "i (still)? (regret|wish i had|wish i 'd|should have|should 've)",
    "never (told|said to) (him|her|them|my _) (i was|i 'm|that i was) sorry",
    "(part|thing) i (still)? feel bad about",
    "i went along with it",
  ]

  /// Phrases in which they own up to doing what their view faults.
  static let confessions: [String] = [
    "(i 'm|i am) (literally|kinda|kind of|basically|also)* part of (it|the problem|that)",
    "i (do|did|use|buy) (it|that|them|the same)? (too|myself|as well)",
    "i (sometimes|also|still)? _ (it|that|them|those|these|the same) (too|myself|as well) (sometimes)?",
    "i know i know",
    "(i 'm|i am) (literally|actually|kinda)* (guilty of|doing) (it|that|the same)",
    "(i 'm|i am|i feel like|i felt like|feel like) (a|such a|kind of a|kinda a|a total|a bit of a)? hypocrite",
    "not my (proudest|finest|best) (moment)?",
    "(i 'm|i am) not (proud|happy) (of|about) (it|that|this)",
    "i (caved|gave in|folded)",
    // "that bit is bigger than i let on", "i dig my heels in": what they own about themselves.
    "(bigger|more|worse|harder|a bigger deal) than i ('ve|'d)? (let on|admit|admitted|like to admit|let myself admit|made out)",
    "i (always|just|kind of|kinda)? (dig|dug) my heels in",
    "i hate that i",
  ]

  /// Phrases in which they see something about themselves or their view as they speak, or name
  /// what is at stake for them: the next move stays with it rather than go on with the script.
  static let realisations: [String] = [
    "(i|i 've) (never|not) (really)? (thought|realized|realised|noticed|seen) (about)? (it|that|this)? (that way|like that|before)",
    "(now that|when) i (say|said|put|type|typed|write) it",
    "(maybe|i guess|i think|so) (that 's|thats|that is) (why|the real reason|what it is|the thing)",
    "(i|i 've)? (just|only now|actually) (realized|realised|noticed|figured)",
    "(i|i 'm|i am) (kinda|kind of|actually|really|honestly|just)* (scared|afraid|terrified|ashamed|worried) (of|that|about)",
    "i (kind of|kinda|really|just)* need (it|this|that|them|him|her) to (be|work|go|happen|change)",
  ]

  /// Phrases that protest a close.
  static let protests: [String] = [
    "(i|i was) (wasn't|was not|'m not|am not|not) (done|finished)",
    "(wait|hold on|hang on)",
    "i (have|had|got) more to say",
    "(don't|do not) (stop|end)",
  ]

  /// Phrases that step away for a moment, whatever follows: "brb", "one sec", "bear with me".
  static let pauses: [String] = [
    "(brb|be right back|bear with me|back in a (sec|second|minute|min|mo|bit|tick)|one (sec|second|moment|min|minute|mo)|1 (sec|min)|two (secs|seconds|mins|minutes)|2 (secs|mins)|just a (sec|second|minute|min|mo|moment)|give me a (sec|second|minute|min|mo|moment)|gimme a (sec|second|minute|min))"
  ]

  /// Phrases that step away only when what calls them is named after them: "hang on, the
  /// door" (a bare "hang on" may lead into a point).
  static let calledAwayPauses: [String] = ["(hang on|hold on|hold up|wait)"]

  /// Asides on what they were doing on the page, no answer: "i was reading ahead", "just
  /// scrolling back up", "was thinking out loud".
  static let pageAsides: [String] = [
    "(i was|i 'm|im|i am|was)? (just)? (reading|looking|skipping|scrolling|jumping) (ahead|back|back up|up)",
    "(i was|i 'm|im|i am|was)? (just)? (thinking out loud|catching up|typing)",
  ]

  /// What calls a person away from the keyboard.
  static let callsAway: Set<String> = [
    "door", "doorbell", "phone", "kids", "youngest", "eldest", "baby", "toddler", "dog",
    "kettle", "oven", "shouting", "crying", "screaming", "ringing", "barking", "delivery",
    "postman", "someone", "somebody", "knocking", "knocked", "calling", "boiling", "kid",
  ]

  /// Words said around a pause that add nothing: "sorry, one sec".
  static let pauseFillers = apologies.union([
    "oh", "ok", "okay", "just", "idk", "dunno", "um", "erm", "hmm", "uh",
  ])

  /// Words that apologise for what was just typed: "sorry", "oops".
  static let apologies = Apologies.all

  /// The most words a pause and what calls them away may have.
  static let pauseWordLimit = 10

  /// Whether a line only steps away for a moment ("sorry hang on my youngest is shouting",
  /// "brb", "one sec the door"), or owns stray keys with an apology ("sorry the cat just
  /// walked on the keyboard"): no answer, and the question waits for them.
  static func isPause(_ line: String) -> Bool {
    if isStrayKeys(line) { return true }
    let tokens = spokenTokens(of: line)
    guard !tokens.contains(where: \.hasQuestionMark) else { return false }
    let words = Array(tokens.filter(\.isWord).drop { pauseFillers.contains($0.lowercased) })
    guard !words.isEmpty, words.count <= pauseWordLimit else { return false }
    if PauseMatchers.pause.matchEnd(atStartOf: words) != nil { return true }
    if isApologyForWhatCallsThem(tokens) { return true }
    // "sorry the kettle's just boiled, one sec": what calls them away, then the pause.
    if isPauseAfterItsCause(tokens) { return true }
    // "i was reading ahead": what they were doing on the page, said as the whole line.
    let spoken = words.filter { !AnswerCues.laughs.contains($0.lowercased) }
    if PauseMatchers.aside.matchEnd(atStartOf: spoken) == spoken.count { return true }
    guard let end = PauseMatchers.calledAway.matchEnd(atStartOf: words) else { return false }
    return words[end...].contains { callsAway.contains($0.lowercased) }
  }

  /// Whether a line owns stray keys with an apology, with or without the keys themselves:
  /// "sorry the cat walked on the keys ;;;;kkkk", "sdfgh sorry my toddler grabbed the laptop".
  /// No answer: the question is asked again.
  static func isStrayKeys(_ line: String) -> Bool {
    let tokens = spokenTokens(of: line)
    guard !tokens.contains(where: \.hasQuestionMark) else { return false }
    let words = Array(tokens.filter(\.isWord).drop { pauseFillers.contains($0.lowercased) })
    guard !words.isEmpty, words.count <= pauseWordLimit,
      let first = tokens.first(where: \.isWord)?.lowercased, apologies.contains(first)
    else { return false }
    let said = words.map(\.lowercased)
    let struck = Tokenizer.tokenize(line).contains {
      $0.isWord && KeyboardNoise.isNoise([$0.lowercased])
    }
    return struck && said.contains(where: StrayKeys.causes.contains) || StrayKeys.ownsSlip(said)
  }

  /// A line's tokens as read for a pause, without the keys struck in it ("kkkk", "sdfgh").
  private static func spokenTokens(of line: String) -> [Token] {
    Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(200)))).filter {
      !($0.isWord && KeyboardNoise.isNoise([$0.lowercased]))
    }
  }

  /// Whether a line is an apology, then what calls them away and its summons or state:
  /// "sorry the kettles just boiled", "sorry, my youngest is up", "soz doorbell"; never the
  /// caller doing something about the topic ("sorry the kids need the seats for football").
  private static func isApologyForWhatCallsThem(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard let first = words.first, apologies.contains(first) else { return false }
    let rest = words.dropFirst().drop { pauseFillers.contains($0) }
      .drop { FunctionWords.determiners.contains($0) || FunctionWords.possessives.contains($0) }
    guard let caller = rest.first,
      callsAway.contains(caller) || Lexicon.singular(of: caller).map(callsAway.contains) == true
    else { return false }
    guard let state = rest.dropFirst().first(where: { !callerLinks.contains($0) }) else {
      return true
    }
    return callerStates.contains(state)
  }

  /// Words between what calls them away and its state: "is" in "my youngest is up".
  private static let callerLinks: Set<String> = [
    "is", "s", "'s", "are", "re", "'re", "was", "has", "have", "just", "now", "started",
  ]

  /// What calls them away is doing, or the state it is in: "barking", "up", "at the door".
  private static let callerStates: Set<String> = [
    "up", "awake", "barking", "ringing", "beeping", "buzzing", "boiled", "boiling", "shouting",
    "crying", "screaming", "yelling", "howling", "whining", "calling", "waiting", "knocking",
    "knocked", "at", "here", "home", "back", "woke", "arrived", "going", "whistling",
  ]

  /// Whether a line's last clause is a pause ("one sec") and each clause before it names what
  /// calls them away ("the kettle's just boiled", "doorbell").
  private static func isPauseAfterItsCause(_ tokens: [Token]) -> Bool {
    let clauses = tokens.split { $0.kind == .punctuation && $0.text != "'" }
      .map { Array($0.filter(\.isWord).drop { pauseFillers.contains($0.lowercased) }) }
      .filter { !$0.isEmpty }
    guard clauses.count > 1, let last = clauses.last,
      PauseMatchers.pause.matchEnd(atStartOf: last) == last.count
    else { return false }
    return clauses.dropLast().allSatisfy { clause in
      clause.contains { callsAway.contains($0.lowercased) }
    }
  }

  /// The pause tables, compiled once.
  enum PauseMatchers {
    static let pause = PartnerCueMatcher(pauses)
    static let calledAway = PartnerCueMatcher(calledAwayPauses)
    static let aside = PartnerCueMatcher(pageAsides)
  }
}
