/// Running themselves down: a verdict they pass on themselves ("i'm hopeless with money", "me
/// being useless"), or one they say before the listener can ("i know, you don't have to say
/// it"). It opens up what they feel about themselves, and is never given back as a verdict:
/// what is met is how hard they are on themselves (`PartnerLines.hardOnThemselves`).
extension PartnerCues {
  static let selfPutDowns: [String] = [
    "(i 'm|im|i am|i was|me|me just) (being)? (so|such|just|really|a bit|completely|totally|bloody|absolutely)? (a|an)? (useless|hopeless|pathetic|idiot|stupid|thick|lazy|rubbish|failure|mess|waste of space|disgrace|joke|muppet|numpty|loser)",
    "(i 'm|im|i am) (just)? (wasting|throwing away|chucking away|chucking) (it|my|the|money|good money)",
    "(you|u) (do n't|don't|dont|do not) (have to|need to|gotta) (say|tell me) (it|that)",
  ]
}

extension PartnerCueMatcher {
  static let selfPutDown = PartnerCueMatcher(PartnerCues.selfPutDowns, deniedBy: .negation)
}
