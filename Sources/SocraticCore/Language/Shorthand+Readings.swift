// The table of texting's spellings and what they read as: a concern apart from the rules of
// when an ambiguous one ("its", "ur", "y") is read so.
extension Shorthand {
  /// Each spelling as the tokens it reads as: how many of its letters each takes, and how it
  /// reads. A clitic is a token of its own, as the tokenizer makes it.
  static let readings: [String: [(length: Int, reading: String)]] = {
    var readings: [String: [(length: Int, reading: String)]] = [:]
    for (spelling, word) in [
      ("dont", "don't"), ("doesnt", "doesn't"), ("didnt", "didn't"), ("isnt", "isn't"),
      ("arent", "aren't"), ("wasnt", "wasn't"), ("werent", "weren't"), ("cant", "can't"),
      ("couldnt", "couldn't"), ("shouldnt", "shouldn't"), ("wouldnt", "wouldn't"),
      ("havent", "haven't"), ("hasnt", "hasn't"), ("hadnt", "hadn't"), ("aint", "ain't"),
      ("u", "you"), ("ur", "your"), ("bc", "because"), ("becuz", "because"),
      ("tho", "though"), ("thru", "through"), ("ppl", "people"), ("pls", "please"),
      ("plz", "please"), ("shud", "should"), ("shld", "should"), ("wud", "would"),
      // "wy r u so cross": texting's question word, and "are" beside a pronoun.
      ("wy", "why"), ("r", "are"), ("y", "why"),
      // Texting with its vowels dropped: "y dnt u evr wnt 2 cme".
      ("dnt", "don't"), ("evr", "ever"), ("wnt", "want"), ("cme", "come"), ("nite", "night"),
      ("abt", "about"), ("nvr", "never"), ("nevr", "never"), ("cum", "come"),
      // "wat maks u thnk …": the words of an open question, typed as they sound.
      ("wat", "what"), ("wut", "what"), ("maks", "makes"), ("thnk", "think"), ("lik", "like"),
      // "whyy wud u evn go", "i nevr sed that thng": a question word drawn out, and words typed
      // as they sound.
      ("whyy", "why"), ("whyyy", "why"), ("evn", "even"), ("meen", "mean"), ("sed", "said"),
      ("thng", "thing"),
    ] {
      readings[spelling] = [(spelling.count, word)]
    }
    for (spelling, word, clitic) in [
      ("thats", "that", "'s"), ("whats", "what", "'s"), ("theres", "there", "'s"),
      ("hows", "how", "'s"), ("whos", "who", "'s"), ("wheres", "where", "'s"),
      ("shes", "she", "'s"), ("hes", "he", "'s"), ("im", "i", "'m"), ("ive", "i", "'ve"),
      ("youre", "you", "'re"), ("theyre", "they", "'re"), ("youve", "you", "'ve"),
      ("theyve", "they", "'ve"), ("youd", "you", "'d"), ("theyd", "they", "'d"),
      // "someones paying for it", "if somethings on the app store": an indefinite pronoun
      // with its "'s" typed on.
      ("someones", "someone", "'s"), ("somebodys", "somebody", "'s"),
      ("everyones", "everyone", "'s"), ("everybodys", "everybody", "'s"),
      ("nobodys", "nobody", "'s"), ("somethings", "something", "'s"),
      ("everythings", "everything", "'s"),
    ] {
      readings[spelling] = [(word.count, word), (spelling.count - word.count, clitic)]
    }
    // "we shouldve paid more": a modal with its "'ve" typed on.
    for modal in TypoCorrector.perfectModals {
      readings[modal + "ve"] = [(modal.count, modal), (2, "'ve")]
    }
    readings["id"] = [(1, "i"), (1, "'d")]
    readings["wed"] = [(2, "we"), (1, "'d")]
    readings["shed"] = [(3, "she"), (1, "'d")]
    readings["hed"] = [(2, "he"), (1, "'d")]
    readings["ill"] = [(1, "i"), (2, "'ll")]
    readings["its"] = [(2, "it"), (1, "'s")]
    readings["gonna"] = [(3, "going"), (2, "to")]
    readings["wanna"] = [(3, "want"), (2, "to")]
    return readings
  }()
}
