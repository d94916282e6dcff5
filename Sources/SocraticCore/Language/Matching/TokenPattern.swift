/// A pattern over a sentence's words, their word classes and their parts of speech, as spaCy's
/// Matcher reads token patterns. It is written compactly and compiled once into a few steps.
///
/// Written form: elements separated by spaces.
///
/// | element | matches |
/// | --- | --- |
/// | `word` | the word itself, as `Token.lowercased` gives it (clitics apart: "i 'm") |
/// | `_` | any one word |
/// | `@class` | a word of a closed class of the vocabulary (`WordClass`): `@modal`, `@negation` |
/// | `#tag` | a word the tagger reads as a part of speech (`PartOfSpeech`): `#noun`, `#verb` |
/// | `(a b\|c)` | one of the alternatives, each a sequence of elements |
/// | `!element` | takes up no word: the next word, if any, is not the element |
///
/// After an element: `?` optional, `*` any number, `+` one or more, `{m,n}` from m to n times.
///
///     i (really|honestly)* (think|believe|would say) (that|like)?
///     what if _* @negation
///     not true !that
///
/// A class, not a struct: readers keep patterns in tables and try each at every word, and a
/// class is passed around with one reference count rather than one for each of its tables.
final class TokenPattern: Sendable {
  /// What one word is tested for.
  enum Test: Sendable {
    case word(String)
    /// One of a few words, compared in turn: cheaper than hashing the word.
    case fewWords([String])
    /// One of many words, looked up.
    case words(Set<String>)
    case any
    case wordClass(WordClass)
    case tag(PartOfSpeechSet)
  }

  /// One step of the compiled program, run by a backtracking matcher (a Thompson program).
  enum Step: Sendable {
    /// Take a word that passes the test, then go on with the next step.
    case take(Test)
    /// Go on with the next step only when the next word, if any, fails the test.
    case refuse(Test)
    /// Try both steps, the first first.
    case fork(Int, Int)
    case jump(Int)
    /// A match ends here.
    case accept
  }

  /// The most words compared in turn rather than hashed.
  static let fewWordLimit = 8

  let steps: [Step]
  /// Every word a match can start with, or nil when a match can start with any word (it opens
  /// with a class, a tag, `_` or nothing).
  private let starts: Set<String>?
  /// The same words when they are few: compared in turn, which is cheaper than hashing the word
  /// (a reader tries every pattern at every word).
  private let fewStarts: [String]?
  /// The first bytes of those words: most words are ruled out by them alone.
  private let startBytes: FirstByteSet?
  /// Whether a test is on parts of speech: the words must then be tagged.
  let usesTags: Bool

  /// Compiles the written form; a malformed pattern is a programming error and traps.
  init(_ pattern: String) {
    let node = TokenPatternParser.parse(pattern)
    var steps: [Step] = []
    node.compile(into: &steps)
    steps.append(.accept)
    self.steps = steps
    let first = node.firstWords
    let starts = first.isNullable ? nil : first.words
    self.starts = starts
    fewStarts = starts.flatMap { $0.count <= Self.fewWordLimit ? Array($0) : nil }
    startBytes = starts.flatMap(FirstByteSet.init)
    usesTags = steps.contains {
      if case .take(.tag) = $0 { return true }
      if case .refuse(.tag) = $0 { return true }
      return false
    }
  }

  /// Whether a match can start with the word: false saves trying the pattern at all.
  func mayStart(with word: String) -> Bool {
    if let startBytes, startBytes.rulesOut(word) { return false }
    if let fewStarts { return fewStarts.contains(word) }
    return starts?.contains(word) ?? true
  }

  /// Every word a match can start with; empty when it can start with any.
  var firstWords: Set<String> { starts ?? [] }

  /// Whether the pattern's first words are known, so it can be filed under them.
  var hasFirstWords: Bool { starts != nil }

  /// Every index at which a match starting at `start` can end, longest first. The tokens are
  /// tagged only when the pattern tests parts of speech.
  func matchEnds(in tokens: [Token], from start: Int) -> [Int] {
    matchEnds(in: TokenPatternTokens(tokens, tagged: usesTags), from: start)
  }

  /// Every index at which a match starting at `start` can end, longest first.
  func matchEnds<Input: TokenPatternInput>(in input: Input, from start: Int) -> [Int] {
    var ends: [Int] = []
    _ = run(0, at: start, in: input, ends: &ends, stoppingAtFirst: false)
    return ends.count > 1 ? ends.sorted(by: >) : ends
  }

  /// Whether a match starts at `start`.
  func matches<Input: TokenPatternInput>(_ input: Input, at start: Int) -> Bool {
    var ends: [Int] = []
    return run(0, at: start, in: input, ends: &ends, stoppingAtFirst: true)
  }

  /// Whether a match starts at any word of the input.
  func occurs<Input: TokenPatternInput>(in input: Input) -> Bool {
    (0..<input.count).contains { mayStart(with: input.word(at: $0)) && matches(input, at: $0) }
  }

  /// Runs the program from a step; true when it should stop (a match was found and only one
  /// was wanted).
  private func run<Input: TokenPatternInput>(
    _ step: Int, at position: Int, in input: Input, ends: inout [Int], stoppingAtFirst: Bool
  ) -> Bool {
    var step = step
    var position = position
    while true {
      switch steps[step] {
      case .take(let test):
        guard position < input.count, input.passes(test, at: position) else { return false }
        position += 1
        step += 1
      case .refuse(let test):
        if position < input.count, input.passes(test, at: position) { return false }
        step += 1
      case .fork(let first, let second):
        if run(first, at: position, in: input, ends: &ends, stoppingAtFirst: stoppingAtFirst) {
          return true
        }
        step = second
      case .jump(let target):
        step = target
      case .accept:
        if !ends.contains(position) { ends.append(position) }
        return stoppingAtFirst
      }
    }
  }
}

/// The former name of `TokenPattern`, from when patterns matched words only.
typealias PhrasePattern = TokenPattern
