/// Turns that call for more than an invitation to go on: a subject they ask to stop, something
/// the listener did without them, a feeling half admitted under its denial, a resigned "fine".
extension PartnerCues {
  /// Asking to stop one subject while staying in the talk: "can we not do the wedding stuff",
  /// "i'd rather not talk about the move". Honoured, with a way out offered; nothing asked.
  static let steeringAway: [String] = [
    "(can|could) (we|you|u) (just|please)? not (do|talk about|go into|get into|discuss|bring up|mention|go on about)",
    "(i 'd|id|i would) (rather|prefer to) not (talk about|do|go into|get into|discuss|think about|go over)",
    "(i|i just|i really) (don't|dont|do not) (want|wanna) to? (talk about|go into|get into|discuss|think about|go over|do) (the|all the|any of the|that|this) _",
    "(let 's|lets|let us) not (talk about|do|go into|discuss|bring up|go over) (the|all the|any of the|that|this) _",
    "(please)? (no|not the|enough of the) _{0,2} (talk|stuff|chat) (please|today|tonight|right now|now)",
  ]

  /// Something the listener did without them, put to the listener: "you told her already?
  /// without asking me?", "you booked it behind my back", "why did you tell him". Owned, and
  /// what it was like for them asked.
  static let actingWithoutThem: [String] = [
    "(you|u) _{1,5} without (even)? (asking|telling|checking with|consulting|talking to) (me|us)",
    "(you|u) _{1,5} behind (my|our) back",
    "(you|u) (already|actually|seriously|really)? (told|showed|sent|invited|asked|booked|sold|gave|promised) _{1,3} already",
    "(why|how come) (did|would|'d|have) (you|u) (tell|told|show|invite|ask|send|sell|give|book|promise)",
  ]

  /// A "fine" said in resignation, with nothing else: "whatever. its fine", "fine. do what
  /// you want". Never taken at its word: the shift is named gently.
  static let resignedFine: [String] = [
    "(whatever|fine|forget it|never mind|nevermind|oh well) (it 's|its|it is|i 'm|im|i am|that 's|thats) (fine|ok|okay|alright|all right|whatever)",
    "(it 's|its|it is|i 'm|im|i am) (fine|ok|okay|alright) (whatever|i guess|i suppose)",
    "(fine|ok|okay) (whatever|do what you want|do whatever you want|suit yourself|have it your way)",
  ]

  /// Words said around a brush-off that change nothing of it: "honestly", "lol", "whatever",
  /// "i promise". A piece made only of these is neither a brush-off nor anything else.
  static let brushOffHedges: Set<String> = [
    "honestly", "seriously", "really", "yeah", "yea", "yes", "yep", "no", "nah", "tbh", "ngl",
    "promise", "swear", "anyway", "anyways", "like", "whatever", "fine", "ok", "okay", "um",
    "erm", "well", "i", "mean", "guess", "suppose", "lol", "haha", "fr", "totally", "so",
    "and", "but", "just", "now", "though", "tho", "oh", "thanks", "x",
  ]

  /// Feelings said of themselves that can be denied and then half admitted: "i wasnt
  /// bothered. well. a bit."
  static let deniableFeelings: Set<String> = [
    "bothered", "fussed", "upset", "jealous", "worried", "nervous", "hurt", "annoyed", "sad",
    "scared", "gutted", "cross", "angry", "offended", "lonely", "anxious", "stressed",
    "envious", "disappointed", "embarrassed", "bitter", "miffed", "rattled",
  ]

  /// Words that deny the feeling after them: "i wasn't bothered", "im not jealous".
  static let feelingDeniers: Set<String> = [
    "not", "n't", "wasnt", "wasn't", "isnt", "isn't", "never", "aint", "ain't",
  ]

  /// The admission after a denial, as a sentence of its own: "well. a bit.", "ok maybe a
  /// little", "kind of". What it grants is its last words.
  static let halfAdmitting: [String] = [
    "(well|ok|okay|alright|fine|maybe|i mean|actually|honestly|if i 'm honest|ok maybe|okay maybe|well maybe)? (a bit|a little|a little bit|a tad|kind of|kinda|sort of)"
  ]
}

extension PartnerCueMatcher {
  static let steeringAway = PartnerCueMatcher(PartnerCues.steeringAway)
  static let actingWithoutThem = PartnerCueMatcher(PartnerCues.actingWithoutThem)
  static let resignedFine = PartnerCueMatcher(PartnerCues.resignedFine)
  static let halfAdmitting = PartnerCueMatcher(PartnerCues.halfAdmitting)
}

/// Turns that move towards an agreement: a view softened, a plan the two now share.
extension PartnerCues {
  /// Softening towards what was put to them: "i suppose asking doesnt hurt", "no harm in
  /// trying i guess", "might be worth a go", with or without the "there's" before it. The shift is heard; the old view is not probed again.
  static let softening: [String] = [
    "(asking|trying|a chat|ringing|calling|phoning|going|texting|looking|talking|it|one) _{0,3} (doesn't|doesnt|does not|won't|wont|will not|wouldn't|wouldnt|would not|can't|cant|cannot) (hurt|harm|do any harm|kill me|hurt anyone)",
    "(there 's|theres|there is|there 'd be|thered be)? no harm (in|trying|asking)",
    "(it 's|its|it is|it might be|might be|could be|it could be|may be) worth a (try|go|shot|look)",
    "(i|i suppose i|i guess i|maybe i|suppose i|guess i) (could|can|might|'ll|will) give it a (go|try|shot|whirl)",
  ]

  /// A plan they now share with the listener: "ok maybe we ring him and buy the stuff", "let's
  /// do both", "sounds like a plan". Reflected as agreed, and the talk moves towards its close.
  static let sharedPlan: [String] = [
    "(ok|okay|right|alright|fine|so|maybe|then) we \(sharedPlanVerbs) _{1,6} and (we|then)? \(sharedPlanVerbs)",
    "(let 's|lets|let us) (do|go with|try) (both|that|the both|it) (then)?",
    // "ok fine. we'll ask the gp first": a step the two will take, agreed.
    "(we 'll|we will|we 're gonna|we 're going to|were gonna) (just|both|all|first)? (ring|call|phone|text|ask|tell|book|visit|invite|sort|split|share|meet|check|send|write|try|talk to|look at|start)",
    "(we 'll|well|we will|we can|shall we) (do|go with|try) (both|that then|it then|both then)",
    "(sounds like a plan|it 's a deal|its a deal|deal then|that works for me|works for me then)",
    // Landed on it: "yeah. spring. that feels right", "ok that's settled then". Nothing is
    // left to test. ("that could work" takes the listener's idea: `acceptsAnOffer`.)
    "(that|it|this) (really|just|actually)? (feels|sounds|seems) (right|good|about right|better|doable|best|like the answer|like the one)",
    "(that 's|thats|that is|it 's|its|it is) (settled|sorted|decided|the one) (then)?",
  ]

  /// Verbs a shared plan is made of: "we ring him and buy the stuff".
  private static let sharedPlanVerbs =
    "(ring|call|phone|text|ask|tell|buy|get|go|book|do|try|visit|take|make|invite|see|sort|pick|bring|split|share|meet|check|pay|send|write|wait|leave|start|order|cook|clean|fix|find|drive|talk)"
}

extension PartnerCueMatcher {
  static let softening = PartnerCueMatcher(PartnerCues.softening)
  static let sharedPlan = PartnerCueMatcher(PartnerCues.sharedPlan)
}
