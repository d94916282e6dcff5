/// The verb by which a feeling is told: "I feel", "she felt", "feeling low".
enum FeelVerb {
  /// Its forms: "feel", "feels", "feeling", "felt".
  static let forms: Set<String> = ["feel", "feels", "feeling", "felt"]
}
