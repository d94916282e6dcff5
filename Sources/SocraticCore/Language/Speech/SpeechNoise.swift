/// Words of speech and chat that carry nothing of what is said — fillers ("um", "uh"),
/// acknowledgements before a question ("Okay.", "Yeah,", "Mm-hmm, and"), chat hedges ("ngl",
/// "lowkey", "tbh", "idk man", a trailing "lol") — with where in a sentence each is noise.
///
/// A new one is one entry of `table`; `removing(from:)` is the one matcher that reads it.
struct SpeechNoise: Sendable {
  /// Where in a sentence the words are noise.
  enum Place: Sendable {
    /// At the start, whatever follows: "um crypto is a scam", "ngl AI is scary".
    case start
    /// At the start when a pause follows (a comma, a full stop, a dash): "So, what happened?",
    /// "Right. How did it go?" ("So many people", "Right wingers" stay).
    case startBeforePause
    /// At the end: "crypto is a scam lol", "AI is overhyped fr".
    case end
    /// At the end after a comma: "crypto is a scam, man" ("be a man" stays).
    case endAfterPause
    /// Anywhere, except after a determiner (where a word is an adjective: "a lowkey party"):
    /// "AI lowkey scares me", "and, uh, what happened".
    case anywhere
  }

  let words: PhrasePattern
  let place: Place

  init(_ words: String, _ place: Place) {
    self.words = PhrasePattern(words)
    self.place = place
  }

  /// The noise of speech and chat, by place.
  static let table: [SpeechNoise] = [
    // Hesitations: never a word of what is said, wherever they stand.
    SpeechNoise("(um|umm|uh|uhh|uhm|er|erm|ehm|hm|hmm|mm|mmm|mmh|mhm|mm-hmm|uh-huh)", .anywhere),
    // Chat hedges that soften whatever they stand in.
    SpeechNoise("(" + ChatHedges.alternatives + ")", .anywhere),
    // Acknowledgements and openers before what is said.
    SpeechNoise(
      "(okay|ok|k|yeah|yea|yep|yup|alright|oh|ah|aw|welp|and|but|deadass)", .start),
    SpeechNoise("(idk|i dunno|dunno) (man|bro|dude|lol|tho)", .start),
    SpeechNoise(
      "(so|well|right|now|like|yes|no|see|look|listen|anyway|anyways|idk|i dunno|dunno|"
        + "i mean|you know|all right|fine|sure|got it|i see|gotcha|true|fair|fair enough|"
        + "okay so|ok so|oh well|oh man|man|bro|dude|real talk|hot take|unpopular opinion)",
      .startBeforePause),
    // Laughter and chat tags after what is said.
    SpeechNoise(
      "(lol|lmao|lmfao|rofl|haha|hahaha|hehe|smh|fr|frfr|no cap|idk|ig|tho|lol idk|just saying|"
        + "jk|" + ChatHedges.alternatives + ")",
      .end),
    SpeechNoise("(man|bro|dude|lol|haha|idk|you know|just saying)", .endAfterPause),
  ]

  /// The sentence without its noise. A sentence that is nothing but noise is left as it is,
  /// so that the caller can tell it apart ("Okay." before a question, "Right?" alone).
  static func removing(from sentence: [Token]) -> [Token] {
    guard sentence.contains(where: { $0.kind == .word && mayBeNoise.contains($0.lowercased) })
    else { return sentence }
    var tokens = sentence
    var changed = true
    while changed {
      changed = false
      if let end = startNoiseEnd(in: tokens) {
        tokens.removeSubrange(0..<end)
        changed = true
      }
      if let start = endNoiseStart(in: tokens) {
        tokens.removeSubrange(start..<closingStart(of: tokens))
        changed = true
      }
      if let range = innerNoise(in: tokens) {
        tokens.removeSubrange(range)
        changed = true
      }
    }
    guard tokens.contains(where: \.isWord) else { return sentence }
    tokens[0].hasSpaceBefore = sentence[0].hasSpaceBefore
    tokens[0].hasLineBreakBefore = sentence[0].hasLineBreakBefore
    return tokens
  }

  /// Whether a sentence is nothing but noise and does not ask anything: "Okay.", "Yeah, so.",
  /// "Mm-hmm." ("Right?" and "Okay?" ask).
  static func isOnlyNoise(_ sentence: [Token]) -> Bool {
    guard !sentence.contains(where: \.hasQuestionMark) else { return false }
    var index = 0
    while index < sentence.count {
      if !sentence[index].isWord {
        index += 1
        continue
      }
      let word = sentence[index].lowercased
      guard mayBeNoise.contains(word),
        let end = table.lazy.filter({ $0.place != .end && $0.words.mayStart(with: word) })
          .compactMap({ $0.words.matchEnds(in: sentence, from: index).first }).first,
        end > index
      else { return false }
      index = end
    }
    return sentence.contains(where: \.isWord)
  }

  /// Every word noise can start with: a sentence with none is not looked at further.
  private static let mayBeNoise: Set<String> = table.reduce(into: []) {
    $0.formUnion($1.words.firstWords)
  }

  private static let pauses: Set<String> = [
    ",", ".", "!", ";", ":", "-", "--", "\u{2013}", "\u{2014}", "...", "\u{2026}",
  ]

  private static func isPause(_ token: Token) -> Bool {
    token.kind == .punctuation && pauses.contains(token.text)
  }

  /// Where noise at the start ends, past the pauses after it, or nil. Words must follow it.
  private static func startNoiseEnd(in tokens: [Token]) -> Int? {
    guard let first = tokens.first, first.kind == .word, mayBeNoise.contains(first.lowercased)
    else { return nil }
    for entry in table where entry.words.mayStart(with: first.lowercased) {
      switch entry.place {
      case .start, .startBeforePause, .anywhere: break
      case .end, .endAfterPause: continue
      }
      for end in entry.words.matchEnds(in: tokens, from: 0) where end > 0 && end < tokens.count {
        if entry.place == .startBeforePause, !isPause(tokens[end]) { continue }
        var next = end
        while next < tokens.count, isPause(tokens[next]) { next += 1 }
        guard tokens[next...].contains(where: \.isWord) else { continue }
        return next
      }
    }
    return nil
  }

  /// Where the closing punctuation of a sentence starts.
  private static func closingStart(of tokens: [Token]) -> Int {
    var index = tokens.count
    while index > 0, tokens[index - 1].kind != .word, tokens[index - 1].kind != .number {
      index -= 1
    }
    return index
  }

  /// Where noise at the end starts (with the comma before it), or nil. Words must stay before
  /// it.
  private static func endNoiseStart(in tokens: [Token]) -> Int? {
    let close = closingStart(of: tokens)
    guard close > 1 else { return nil }
    for start in max(1, close - 3)..<close where mayBeNoise.contains(tokens[start].lowercased) {
      for entry in table where entry.words.mayStart(with: tokens[start].lowercased) {
        switch entry.place {
        case .end, .endAfterPause: break
        case .start, .startBeforePause, .anywhere: continue
        }
        guard entry.words.matchEnds(in: tokens, from: start).contains(close) else { continue }
        let hasComma = tokens[start - 1].text == ","
        if entry.place == .endAfterPause, !hasComma { continue }
        let cut = hasComma ? start - 1 : start
        guard tokens[..<cut].contains(where: \.isWord) else { continue }
        return cut
      }
    }
    return nil
  }

  /// Noise inside a sentence, with the commas around it, or nil: "and, uh, what" → "and
  /// what"; "AI lowkey scares me" → "AI scares me".
  private static func innerNoise(in tokens: [Token]) -> Range<Int>? {
    for start in tokens.indices.dropFirst()
    where tokens[start].kind == .word && mayBeNoise.contains(tokens[start].lowercased) {
      let before = tokens[start - 1].lowercased
      guard !FunctionWords.determiners.contains(before), !["so", "very", "too"].contains(before)
      else { continue }
      for entry in table where entry.place == .anywhere {
        guard entry.words.mayStart(with: tokens[start].lowercased),
          let end = entry.words.matchEnds(in: tokens, from: start).first, end > start
        else { continue }
        let commaBefore = tokens[start - 1].text == ","
        let commaAfter = end < tokens.count && tokens[end].text == ","
        if commaBefore, commaAfter { return (start - 1)..<(end + 1) }
        if commaBefore, end == tokens.count || isPause(tokens[end]) {
          return (start - 1)..<end
        }
        return start..<end
      }
    }
    return nil
  }
}
