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
    "(you|u) (work|working) for (them|him|her|the)",
    "whose side are you on",
    "(are|r) (you|u) (serious|kidding|for real|joking)",
    "(you 're|you are|ur|you) (brainwashed|naive|clueless|delusional|an idiot|a sheep|so naive)",
    "(you 've|you have) been brainwashed",
    "(get|give me) a (grip|break)",
    "(that 's|thats|that is|this is) (ridiculous|insane|absurd|nonsense|bullshit|crap|stupid)",
    "(what|how) would you know",
    "(do n't|dont) (lecture|patronize|patronise) me",
    "(stop|quit) (lecturing|preaching|interrogating)",
    "who (are you|asked you)",
    "(easy|nice) for you to say",
    "(of course|typical) you (would|'d) say",
    "(here|there) we go again",
    "oh (please|come on)",
    "(why|how) do you (always|even) (defend|side with|take)",
    "(you 're|you are) (defending|taking) (them|his|her|their)",
  ]

  /// Naming what stands in the way of seeing it otherwise: a motive, a fear of what it would
  /// mean, something they would rather not admit. Taken up before anything else.
  static let blockage: [String] = [
    "(do n't|dont|do not) want to (admit|believe|think about|look at|face|hear)",
    "(hard|difficult|scary) to (admit|accept|face|look at|think about)",
    "(maybe|perhaps) i ('m|am) (just|only)? (trying|looking|scared|afraid|using|pushing|avoiding)",
    "(the|my) real reason",
    "if i ('m|am) honest (with myself)?",
    "(part of me|a part of me)",
    "i (think|guess|suppose) i ('m|am) (just|only)? (scared|afraid) (of|that)",
    "what (it|that) would (mean|say) about me",
    "(i 'd|i would) have to admit",
  ]

  /// Wanting to stop, by their words: thanks, a goodbye, a change of subject, a request about
  /// the table. The close comes from these, never from turns counted.
  static let leaving: [String] = [
    "(let 's|lets|can we|could we) (change the subject|talk about something else|drop it|move on|stop)",
    "(change|changing) the subject",
    "(enough|that 's enough) (politics|of this|about this|for (today|tonight|now))",
    "(pass|hand) (me)? the",
    "(i|i 've) (have to|gotta|got to|need to|must) (go|run|head off|get going)",
    "(anyway|anyways),? (who|how|what) (wants|about|'s)",
  ]

  /// Feelings about their own life the answer moves may not catch as feelings: a fear for a
  /// job, for family, for money. Opening up: never followed by the close.
  static let openingUp: [String] = [
    "(afraid|scared|worried|terrified|frightened|nervous) (i 'll|i will|i might|i could|of losing|about losing|for my|about my)",
    "(lose|losing|lost) my (job|house|home|pension|savings|business|friends|mind)",
    "(keeps|keep|kept) me (up|awake) at night",
    "i (ca n't|cannot|can not|cant) (sleep|stop thinking|afford|cope)",
    "(my|our) (job|jobs|pension|kids|children|family) (is|are|might be|could be) (at risk|on the line|next)",
    "i (miss|missed) (him|her|them|how)",
  ]
}

extension PartnerCues {
  /// Qualifying their own absolute ("not all of them, obviously"): a step back, taken up as a
  /// doubt.
  static let qualifying: [String] = [
    "(not|n't|never said) (all|every|everyone|everybody|always) (of them|the time)?",
    "(obviously|of course) not (all|every|everyone|always)",
  ]

  /// An aside, said in passing: whatever follows is not a new belief to discuss.
  static let aside: [String] = [
    "(by the way|btw|side note|on a side note|speaking of|not that it matters|unrelated|oh and)"
  ]
}
