/// Low mood, or words that may carry a risk: no reason to get up, no point in anything, no
/// way it gets better, being better off gone. Never a reason for a view nor a step along the
/// stages: a moment to take up gently, asking how they are (`PartnerDisclosure.lowMood`).
extension PartnerCues {
  /// Lines of low mood, however they are hedged or typed.
  static let lowMood: [String] = [
    // "there's no reason to get up some days", "no point getting out of bed".
    "(no|not much|not any|nae) (reason|point) (in|to|for)? (get|getting) (up|out of bed|dressed)",
    "nothing (to get up for|to look forward to|left to look forward to|to live for|left for me)",
    // "what's the point", said to end a turn or of anything at all; never "what's the point
    // of the meeting".
    "(what 's|whats|what is) the point !_",
    "(what 's|whats|what is) the point (anymore|any more|of anything|of it all|of any of it|of trying|of me|in anything|in trying|of getting up|of going on)",
    "(can't|cant|cannot|can not|don't|dont|do not) see the point (anymore|any more|of anything|in anything|of it all|of getting up|of going on)",
    "(can't|cant|cannot|can not|don't|dont|do not) see (it|things|anything|life) (ever)? (getting|get|going to get|gonna get) (any)? better",
    "(it|things|life) (is|'s|are|'re)? never (going to|gonna) get (any)? better",
    "(everyone|everybody|they|you all|the kids|my family) (would|'d) be better off without me",
    "(better off|be better off) without me",
    "(wouldn't|wouldnt|would not|won't|wont) (matter|notice|care) if i (wasn't|wasnt|was not|weren't|werent) (here|around)",
    "(don't|dont|do not) (want|wanna) to (be here|wake up|get up|be around) (anymore|any more)",
    "(can't|cant|cannot|can not) (go on|keep going|carry on|do this) (like this|anymore|any more)",
    "(i 've|ive|i have|i 'm|im|i am) (given up|giving up) on (everything|myself|life|it all)",
  ]
}

extension PartnerCueMatcher {
  static let lowMood = PartnerCueMatcher(PartnerCues.lowMood)
}
