/// Words a speaker puts before what they say that do not change it: "So, …", "Um, …",
/// "Honestly, …". The critic skips them before a question (`QuestionReading`); a pattern names
/// them `@filler`. A new filler is one entry here.
enum Fillers {
  /// What a filler does.
  enum Role: Sendable {
    /// A sound of hesitation or of thinking: "um", "uh", "hmm", "oh".
    case hesitation
    /// A sound of feeling: "ugh", "argh", "pfft".
    case exclamation
    /// A word that links what is said to what came before: "so", "and", "anyway", "then".
    case discourseMarker
    /// A word that says how the speaker means it: "honestly", "frankly", "basically".
    case stance
  }

  /// Every filler, with what it does.
  static let roles: [String: Role] = [
    "um": .hesitation, "uh": .hesitation, "hmm": .hesitation, "oh": .hesitation,
    "hm": .hesitation, "hmmm": .hesitation, "erm": .hesitation, "mm": .hesitation,
    "mmm": .hesitation, "huh": .hesitation, "er": .hesitation, "ah": .hesitation,
    "ugh": .exclamation, "urgh": .exclamation, "argh": .exclamation, "meh": .exclamation,
    "oof": .exclamation, "pfft": .exclamation,
    "so": .discourseMarker, "and": .discourseMarker, "but": .discourseMarker,
    "ok": .discourseMarker, "okay": .discourseMarker, "well": .discourseMarker,
    "now": .discourseMarker, "hey": .discourseMarker, "alright": .discourseMarker,
    "look": .discourseMarker, "listen": .discourseMarker, "anyway": .discourseMarker,
    "anyways": .discourseMarker, "wait": .discourseMarker, "also": .discourseMarker,
    "just": .discourseMarker, "please": .discourseMarker, "btw": .discourseMarker,
    "fyi": .discourseMarker,
    "yet": .discourseMarker, "then": .discourseMarker,
    "honestly": .stance, "frankly": .stance, "genuinely": .stance, "sincerely": .stance,
    "basically": .stance, "essentially": .stance,
  ]

  /// The sounds of hesitation or thinking ("hmm", "um", "oh"): as the last sentence of an
  /// answer, they say the person is turning over what they just said.
  static let hesitations = Set(roles.filter { $0.value == .hesitation }.keys)
}
