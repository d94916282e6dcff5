/// Verbs that say how something is or is becoming, not what is done, by their base forms:
/// "nan is feeling better", "work is going better", "school is getting worse". Their -ing form
/// after "is" tells a state or a change, never an act.
enum LinkingVerbs {
  /// The base forms.
  static let bases: Set<String> = [
    "feel", "get", "go", "do", "look", "seem", "become", "grow", "turn", "keep", "stay",
  ]
}
