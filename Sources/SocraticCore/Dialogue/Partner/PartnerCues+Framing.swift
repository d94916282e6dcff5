/// How they frame what they hold: as their own belief, as a report of where they came across
/// it, as wondering at others, or as what would change their mind.
extension PartnerCues {
  /// Stating a belief as their own: what follows is a new belief, even when it names a source
  /// ("I also think the media is biased").
  static let beliefFrame: [String] = [
    "i (also|still|really|honestly|just|do)* (think|believe|reckon|feel like|would say)"
  ]

  /// A report of where they came across something, said before the belief it framed: "I saw
  /// on the news about the new vaccine", "I heard on the radio about …". What follows "about"
  /// is what the belief is about.
  static let reportFrame: [String] = [
    "i (saw|heard|read|watched|seen|caught) (something|a bit|a thing|stuff|a piece|an article|a story)? (on|in) (the)? (news|radio|paper|papers|telly|tv|internet|facebook|online|web|feed) about"
  ]

  /// The belief a report frames, said of what the report was about as "it" or "they", with or
  /// without a "not": "… and honestly I don't think it's safe".
  static let framedBelief: [String] = [
    "(honestly|really|tbh|just|personally)? i (really)? (think|reckon) (it 's|its|it is|they 're|theyre|they are)"
  ]
  static let framedDoubt: [String] = [
    "(honestly|really|tbh|just|personally)? i (don't|dont|do not) (really)? (think|reckon) (it 's|its|it is|they 're|theyre|they are)"
  ]

  /// Saying only that what they hold is plain, as a whole sentence: "it's plain as day",
  /// "that's simple really". It says how sure they are,
  /// never what they hold: a lead-in to the sentence that does.
  static let sayingItIsPlain: [String] = [
    "(it 's|its|it is|that 's|thats|that is|it was|that was) (so|just|really|pretty|totally|completely|dead|blindingly|plain)? (obvious|simple|clear|easy|plain|true|basic|a fact|common sense|not complicated|not hard|black and white) (really|though|innit|mate|man|love|honestly|to me|enough)?"
  ]

  /// The verbs by which "i'm …" tells a plan of theirs: "im quitting", "we're moving".
  static let planVerbs: [String] = [
    "going to", "gonna", "doing", "buying", "selling", "sending", "getting", "taking",
    "moving", "quitting", "leaving", "packing", "handing", "jacking", "applying", "heading",
    "emigrating", "retiring", "resigning", "cancelling", "canceling", "booking", "giving",
    "putting",
    "voting", "signing", "letting", "keeping", "stopping", "starting",
  ]

  /// Telling a decision or a plan of theirs, opening a sentence: "I've decided", "my mind's
  /// made up", "I'm not doing the trip this year", "we're selling the car". What they will
  /// do, not what they hold: when a sentence after it states a view, the view is the belief.
  static let plans: [String] =
    [
      "(i|we) ('ve|have|'d|had)? (decided|made up my mind|made my mind up|made up our minds|made our minds up)",
      "(my|our) (mind|minds) ('s|is|are) made up",
      "(i 'm|im|i am|we 're|we are) (not|never|definitely|defo|deffo)? ("
        + planVerbs.joined(separator: "|") + ")",
      // Something proposed to do together: "we could just do a picnic instead?", "how about we
      // ask her first", "maybe we can split it", "let's go in may".
      "we (could|can) (just|always|maybe|still)",
      "i could (just|always)",
      "(maybe|perhaps) (we|i) (could|can|should)",
      "(how about|what about) (we|i)",
      "(let 's|lets|let us)",
    ] + weighedPlans

  /// A plan still being weighed, not yet made: "honestly i'm thinking of handing my notice
  /// in", "we're tempted to sell up", "i might just quit the choir". Asked what draws them to
  /// it, never what they look forward to.
  static let weighedPlans: [String] = [
    "(i 'm|im|i am|we 're|we are) (really|seriously|half|kind of|kinda|sort of)? (thinking of|thinking about doing|considering|tempted to|planning|planning on|looking at)",
    "(i|we) (might|may) (just|actually)? (go|do|get|try|ask|book|take|move|quit|leave|hand|sell|stay|skip|call|ring|text|tell|pull|drop|pack)",
  ]

  /// Saying what they wish for, opening a clause: "I only hope it works out", "all we ask
  /// is …". A value of theirs, never a point granted.
  static let wishing: [String] = [
    "(and|but|so)? (i|we) (just|only|really)? (want|wish|hope) (it|them|him|her|the|things|everyone|people|us|for|to|that)",
    "(and|but|so)? all (i|we) (want|wish|ask|hope)",
    // "i just want a weekend off for once", "we only want some peace": a want named, however
    // it goes on.
    "(and|but|so)? (i|we) (just|only|really) (want|wish|need) (a|an|some|one|more|less|my|our|peace|time|quiet)",
    "(and|but|so)? (i 'd|id|i would|we 'd|we would) (just|only|really)? (love|like) (a|an|some|one|to|for|it)",
  ]

  /// Wondering at how others see it, said before what they hold: "I don't get why everyone
  /// says …". A lead-in, never their claim.
  static let wondering: [String] = [
    "i (just|honestly|really)? (don't|dont|do not|can't|cant|cannot) (get|understand|see) (why|how)"
  ]

  /// Saying what they would need to see to think otherwise, with no "if": "I'd want to see how
  /// people are in a few years", "it would take a real study". What would change their mind.
  static let wouldChangeMind: [String] = [
    "(i 'd|i would) (want|need|have|like) to (see|know|hear|read)",
    "(it 'd|it would|that 'd|that would) take (a|an|some|real|more|proof|evidence|seeing|hearing|reading)",
    "(i 'd|i would) (only)? (believe|accept|trust) it (if|when|once)",
  ]

  /// Words that can come before a condition said alone ("i dunno. i guess only if …"): what
  /// follows them names what would change their mind.
  static let beforeACondition: Set<String> = [
    "i", "guess", "suppose", "maybe", "probably", "only", "well", "mean", "like", "yeah", "um",
    "uh", "so", "idk", "dunno", "do", "don't", "dont", "n't", "not", "know", "oh", "hmm", "ok",
    "okay", "just", "even", "then",
  ]

  /// Words that open what follows from a condition ("if he misses it then the next one is
  /// months away"): a condition with a clause that follows from it says what they expect, not
  /// what would change their mind (`TheirWords.opensAConsequence`).
  static let openingAConsequence: Set<String> = ["then"]

  /// Asking for an example or a case: not asked right after they told one.
  static let asksForAnExample: [String] = [
    "(an|one|a|any|some) (concrete|specific|real|particular|recent)? (example|examples|instance|case)",
    "for (example|instance)", "a time (when|that)",
  ]

  /// Opening a turn by saying what they are not saying ("I'm not saying ban them all", "not
  /// that I mind"): a disclaimer, never a reason, story or source on the map.
  static let disclaimer: [String] = [
    "(ok|look|well|and|but)? (i 'm|im|i am) not (saying|suggesting|claiming)",
    "(ok|look|well|and|but)? not that (i|we|it)",
  ]

  /// Laughing off a moment of their own, as daft or as nothing much: "daft really", "silly
  /// me", "its only a bit of paper". Said with a laugh, it is no joke to move past.
  static let laughingItOff: [String] = [
    "(daft|silly|stupid|soft|pathetic|ridiculous|sad) (really|innit|i know|me|of me|eh)",
    "(so|how) (daft|silly|stupid|soft|pathetic|ridiculous|sad)",
    "(i 'm|im|i am) (being)? (daft|silly|stupid|soft|pathetic|ridiculous)",
    "(it 's|its|it is|it was|that 's|thats) (only|just) (a|an|some)",
  ]

  /// Playing a feeling down, as a clause: "it's not that deep", "I'm not crying about it", "not
  /// bothered really". Taken at their word: nothing is heard under it.
  static let playingDown: [String] = [
    "(it 's|its|it is|that 's|thats|that is|it was) (not|n't) (that|so|a) (deep|serious|big a deal|big deal|bad)",
    "(i 'm|im|i am|i was) not (crying|upset|bothered|fussed|losing sleep|stressing) (about|over|by)?",
    "(not|no) (that|a|such a) (big deal|biggie)",
  ]

  /// A sentence that only sets what was said against what the listener said: "that's
  /// different", "it's not the same thing". It answers them, and is no belief of its own.
  static let comparisonRemark: [String] = [
    "(well|yeah|but|nah|no|ok|okay)* (that 's|thats|that is|this is|it 's|its|it is) (completely|totally|so|a bit|very|quite|just)? (different|not the same|not the same thing|a different thing|another thing|a different story|another story|not comparable)"
  ]
}
