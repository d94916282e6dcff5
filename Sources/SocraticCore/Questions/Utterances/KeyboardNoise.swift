/// A line of keys struck at random ("asdf", "qwerty zxcv", "jjjj", "asdf jkl ok ok"): besides
/// fillers, laughs and chat words, which say nothing of their own, no word of it is one the
/// lexicon knows, a function word or a word of their last turn, and each has the shape of keys
/// struck, not of a name the lexicon lacks ("Priya", "brexit"). It neither asks nor gives back,
/// however short it is; a one-word reflection ("darts") names something. A lone letter struck
/// beside such keys ("jjjj;;;k") is one more key, never a word; so is a short unknown word
/// among them ("asdkjh qwe"), and one key held that the lexicon knows as an abbreviation
/// ("jjjjj kkk").
enum KeyboardNoise {
  /// Whether every word of a line is unknown and most of its letters are keys struck:
  /// "asdkjh qwe" is mash, though "qwe" alone has no shape of it.
  /// - Parameters:
  ///   - words: the line's words in lowercase, as the tokenizer splits them.
  ///   - heard: the words of what the other person last said, counted as known.
  static func isNoise(_ words: [String], heard: [String]? = nil) -> Bool {
    // "asdf jkl ok ok": a particle or chat word said among the keys makes no words of them.
    let said = words.filter { $0.first?.isLetter == true && $0.count > 1 && !isChat($0) }
    let heard = Set(heard ?? [])
    guard !said.isEmpty else { return false }
    guard said.allSatisfy({ !heard.contains($0) && isUnknown($0) }) else {
      return isOwnedSlip(words, heard: heard)
    }
    let struck = said.filter(hasNoiseShape).map(\.count).reduce(0, +)
    return struck * 2 > said.map(\.count).reduce(0, +)
  }

  /// Whether keys struck are owned up to as a slip in the same line: "jjjjj ;;;; sorry cat on
  /// the keyboard", "kkkkk soz toddler got the phone", "oops qwerty". The apology is for the
  /// keys, and the rest names only what struck them, so the line still says nothing; "sorry
  /// hmmmm i think the council lied" says something.
  static func isOwnedSlip(_ words: [String], heard: Set<String> = []) -> Bool {
    let isStruck = { (word: String) in
      word.count >= slipLength && !heard.contains(word) && isUnknown(word) && hasNoiseShape(word)
    }
    guard words.contains(where: Apologies.all.contains), words.contains(where: isStruck) else {
      return false
    }
    let rest = words.filter { word in
      word.first?.isLetter == true && !Apologies.all.contains(word) && !isStruck(word)
        && !isChat(word) && !FunctionWords.isFunctionWord(word)
    }
    return rest.isEmpty || rest.contains(where: StrayKeys.causes.contains)
  }

  /// Whether a word is none that the lexicon knows, or one key held that it knows only as an
  /// abbreviation ("kkk", "www").
  private static func isUnknown(_ word: String) -> Bool {
    (!Lexicon.isKnown(word) || isKeyHeld(Array(word))) && !FunctionWords.isFunctionWord(word)
  }

  /// Whether a word is one letter held: "jjjj", "kkk".
  private static func isKeyHeld(_ letters: [Character]) -> Bool {
    letters.count >= heldLength && Set(letters).count == 1 && letters[0].isLetter
  }

  /// Whether a word opens or fills a turn, or is chat ("ok", "lol", "idk"): it says nothing of
  /// its own, so keys struck round it are still noise.
  private static func isChat(_ word: String) -> Bool {
    CritiqueVocabulary.turnOpeners.contains(word) || AnswerMoveReader.chatInitials.contains(word)
      || ListeningSounds.sounds.contains(word)
  }

  /// Whether a word has a shape of keys struck: no vowel ("zxcvb"), one letter held ("jjjj"),
  /// a run along a keyboard row ("asdf", "lkjh"), every letter from one row ("qwop"), or a string of
  /// consonants no word has ("fghjt").
  private static func hasNoiseShape(_ word: String) -> Bool {
    let letters = Array(word.filter(\.isLetter))
    guard !letters.isEmpty else { return false }
    return !letters.contains(where: vowels.contains)
      || isKeyHeld(letters)
      || hasRowRun(letters)
      || (letters.count >= oneRowLength
        && rows.contains { row in letters.allSatisfy(row.contains) })
      || hasConsonantString(letters)
  }

  /// Whether some letters run along a keyboard row, either way: "asdf", "lkjh".
  private static func hasRowRun(_ letters: [Character]) -> Bool {
    guard letters.count >= rowRunLength else { return false }
    return (0...(letters.count - rowRunLength)).contains { start in
      let run = String(letters[start..<(start + rowRunLength)])
      return rows.contains { $0.contains(run) || String($0.reversed()).contains(run) }
    }
  }

  /// Whether some letters in a row are all consonants, more than any English word strings.
  private static func hasConsonantString(_ letters: [Character]) -> Bool {
    var run = 0
    for letter in letters {
      run = vowels.contains(letter) ? 0 : run + 1
      if run >= consonantStringLength { return true }
    }
    return false
  }

  /// Keys struck owned up to as a slip are at least this long: "jjjj", not "hm".
  private static let slipLength = 4

  /// The letter rows of a keyboard.
  private static let rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]

  /// Vowels, with "y", which stands for one in names ("Glynn", "Lynch").
  private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

  /// How many keys along a row make a run: "asdf", not "ert" of "Robert".
  private static let rowRunLength = 4

  /// How many letters, all from one row, are keys struck: "qwop", not "pop" or "tot".
  private static let oneRowLength = 4

  /// How many of one letter are a key held: "jjj".
  private static let heldLength = 3

  /// How many consonants together no word has: "fghjt" (English strings four: "lengths").
  private static let consonantStringLength = 5
}
