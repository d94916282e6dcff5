/// What an explore session draws on and never changes: the topic packs, the inversion engine
/// built from them, and the seed that picks wordings and the order of pack questions.
public struct ExploreSetting: Sendable {
  /// The loaded packs.
  public let library: PackLibrary
  /// The engine, knowing the packs' topics and loaded terms.
  public let engine: InversionEngine
  /// Chooses among wordings and shuffles pack questions; the same seed, the same session.
  public let seed: UInt64
  /// Finds key terms in answers, with the packs' terms.
  let termFinder: KeyTermFinder
  /// Each pack's loaded terms, for clarifying questions about a term a belief or answer uses.
  let packTerms: [(pack: String, term: PackTerm)]

  /// - Parameters:
  ///   - library: the packs loaded for the session.
  ///   - seed: any number; pass a random one for variety, a fixed one (`--seed`) to repeat a
  ///     session exactly.
  public init(library: PackLibrary, seed: UInt64) {
    let terms = library.terms
    self.library = library
    self.engine = InversionEngine(topicIndex: library.topicIndex, extraTerms: terms)
    self.seed = seed
    self.termFinder = KeyTermFinder(extraTerms: terms)
    self.packTerms = library.packs.flatMap { entry in
      entry.pack.terms.map { (entry.pack.id, $0) }
    }
  }

  /// The pack terms a term found in a text stands for ("scams" is the term "scam"), from the
  /// packs given, with the pack that lists each. A pack's questions about a word belong to its
  /// subject ("scam" in the crypto pack asks about crypto projects), so only the packs a belief
  /// draws on are asked.
  func packTerms(matching found: String, in packs: Set<String>) -> [(pack: String, term: PackTerm)]
  {
    let keys = Set(KeyTermFinder.lookupKeys(for: found.lowercased()))
    return packTerms.filter { packs.contains($0.pack) && keys.contains($0.term.term) }
  }
}
