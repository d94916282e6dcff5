/// What an authority found about their own life: "the consultant says it's the wet kind", "gp
/// rang, says it's diabetes", "the scan showed a shadow". A finding is news to be taken in,
/// never a view to weigh: nobody is asked how they see their diagnosis themselves, nor what
/// they make of what the doctor says.
extension TheirWords {
  /// Whether a sentence tells what an authority found (`PartnerCues.findings`).
  static func reportsAFinding(_ sentence: [Token]) -> Bool {
    PartnerCueMatcher.finding.matches(sentence.filter(\.isWord))
  }
}

extension PartnerCues {
  /// Those whose word on someone's health, body or case is a finding, not an opinion.
  static let authorities =
    "(consultant|doctor|doc|docs|doctors|gp|specialist|surgeon|nurse|optician|dentist|"
    + "oncologist|midwife|physio|radiographer|cardiologist|hospital|clinic|vet|solicitor)"

  /// What shows a finding: a test and its result.
  static let tests =
    "(scan|scans|test|tests|results|result|biopsy|xray|bloods|mri|diagnosis|letter)"

  /// An authority or a test telling what they found of someone's case: "consultant says it's
  /// …", "gp rang", "the scan showed", "i've been diagnosed". What a doctor says of things in
  /// general ("my doctor said screen time isn't the problem") is a view reported.
  static let findings: [String] = [
    "(the|my|our|his|her|me)? \(authorities) (says|said|reckons|told|tells|thinks|thought) (me|him|her|us)? (it|its|i|im|ive|you|he|she|we|there|theres)",
    "(the|my|our|his|her|me)? \(authorities) (rang|called|wrote|confirmed|found|diagnosed)",
    "(the|my|our|his|her)? \(tests) (says|said|showed|shows|came|come|found|confirmed)",
    "(i|he|she|we) ('ve|have|has|'s|was|were|got) (been|just)? diagnosed",
  ]
}

extension PartnerCueMatcher {
  static let finding = PartnerCueMatcher(PartnerCues.findings)
}
