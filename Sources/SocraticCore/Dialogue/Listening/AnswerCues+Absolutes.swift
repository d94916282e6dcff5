/// Absolutes and what is no absolute: idioms and qualified absolutes, the words that are
/// absolutes, and the words that set a source aside.
extension AnswerCues {
  /// Fixed phrases whose absolutes, numbers and strong words are not claims: "all the time",
  /// "kill us all", "every thanksgiving", "free time".
  static let idioms: [String] = [
    "all the time", "all of a sudden", "at all", "after all", "all in all", "first of all",
    "above all", "all day", "all night", "all week", "all year", "all along", "all over",
    "once and for all", "all right", "all set", "for all i know",
    "(kill|killing|kills|wipe out|destroy) (us|them|you|everyone) all",
    "every (thanksgiving|christmas|holiday|holidays|day|week|weekend|year|morning|night|time|summer|sunday|single day|other day)",
    "(free|spare) time", "for free", "free of charge", "feel free", "sugar free", "tax free",
    "never mind", "never again", "now or never", "better late than never",
    "always has been", "as always", "like always",
    "no one knows", "nobody knows", "everyone knows", "who knows",
    "dead tired", "dead serious", "dead end", "over my dead body",
    "(kill|kills|killing) me", "to death", "bored to death", "scared to death",
    "literally dying", "i 'm dying", "dying to",
    "a hundred percent", "for sure", "of course",
  ]

  /// Absolutes the person has already qualified ("not everyone", "hardly any"): never an
  /// absolute claim of theirs.
  static let qualifiedAbsolutes: [String] = [
    "(not|hardly|almost|nearly|practically|basically) (every|everyone|everybody|everything|all|always|any|anyone|anybody|nobody|no one|never|none|nothing)",
    "(not|hardly) (every|all) (single)? (one|time)",
  ]

  /// The words that are absolutes when the person uses them as their own.
  static let absolutes: Set<String> = [
    "all", "every", "everyone", "everybody", "everything", "always", "never", "nobody",
    "no one", "none", "nothing", "anyone", "only",
  ]

  /// Words just before a source that set it aside: "not just facebook", "never the news".
  static let disowning: Set<String> = ["not", "never", "nor", "unlike", "instead"]
}
