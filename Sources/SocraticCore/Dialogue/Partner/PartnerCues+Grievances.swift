/// Grievances let off: what they feel done out of, said to be heard rather than argued.
extension PartnerCues {
  /// Something called unfair, or others taking more than their share, or going unthanked: "the
  /// kitty's so unfair", "they take the biscuits", "nobody ever says thank you", "the whole
  /// rota's a joke". How sure they are is never asked of these: the hurt is met first.
  static let grievances: [String] = [
    "(so|really|totally|just|well|bloody|dead|completely)? (unfair|not fair|out of order|a liberty|a joke|a piss take|a piss-take)",
    "(take|takes|took|taking|have|has|had|having) the (biscuits|biscuit|mick|mickey|piss)",
    "(nobody|no one|noone|never|none of them) (ever)? (says|said|say|thanks|thanked|notices|noticed|appreciates|appreciated|asks|asked|listens|listened)",
    "(not|never) (even)? (a|one|a single) (thank you|thanks|word of thanks)",
    "(always|every time) (me|muggins) (who|that) (pays|pay|does|do|ends up|has to|gets)",
    // "not like anyone ever asks what i think": going unheard, said to save face.
    "(not like|not as if|not that) (anyone|anybody|they|he|she|you) _{0,2} (ever)? (asks|asked|listens|listened|cares|cared|bothers|bothered)",
  ]
}

extension PartnerCueMatcher {
  static let grievance = PartnerCueMatcher(PartnerCues.grievances)
}

extension TheirWords {
  /// Whether they let off a grievance (`PartnerCues.grievances`): a vent to be heard, never a
  /// view to be rated.
  var ventsAGrievance: Bool { PartnerCueMatcher.grievance.matches(wordTokens) }
}
