/// The quantifiers that open a subject, by how the negator denies them. A new one is one entry
/// here.
enum Quantifiers {
  /// Words whose denial is "not" before them: "all banks" → "not all banks", "only banks" →
  /// "not only banks", "many", "always"; and what "not" before them is taken back from.
  static let deniedByNot: Set<String> = [
    "all", "every", "everyone", "everybody", "everything", "both", "only", "many", "always",
  ]

  /// Comparatives that open a subject compared with "than", denied by "not" before them: "More
  /// people than ever vote" → "not more people than ever vote".
  static let comparatives: Set<String> = ["more", "fewer", "less"]

  /// Free-choice pronouns, which as a subject mean "every" and are denied as it: "Anyone can
  /// learn" → "not everyone can".
  static let freeChoice: [String: String] = [
    "anyone": "everyone", "anybody": "everybody", "anything": "everything",
  ]

  /// Numbers written as words, which "over", "under", "at least" and the like can quantify.
  static let numberWords: Set<String> = [
    "half", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
    "billions", "dozen", "dozens",
  ]

  /// Words after "hardly", "barely", "scarcely" or "almost" that make "nearly none".
  static let nearlyNone: Set<String> = ["anyone", "anybody", "any", "nobody", "no"]
}
