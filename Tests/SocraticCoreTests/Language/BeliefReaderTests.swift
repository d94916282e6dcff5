import SocraticCore
import Testing

@Suite("BeliefReader")
struct BeliefReaderTests {
  @Test(
    "says clearly why a text is not a belief",
    arguments: [
      ("", NotABelief.empty), ("   \n\t", .empty),
      ("Is crypto a scam?", .question(suggestion: "Crypto is a scam.")),
      ("What is money?", .question(suggestion: nil)),
      ("Crypto.", .noVerb), ("Bitcoin to the moon!", .noVerb), ("...", .noVerb),
    ])
  func notABelief(text: String, expected: NotABelief) {
    #expect(throws: expected) { try BeliefReader.read(text) }
  }

  @Test("explains each case in a sentence a person can act on")
  func messages() {
    #expect(
      NotABelief.empty.description
        == "There is no belief to question: the text is empty. "
        + "Write a belief you hold as a sentence, such as \"Crypto is a scam.\"")
    #expect(
      NotABelief.question(suggestion: "Crypto is a scam.").description
        == "That is a question, not a belief. State it as a belief you hold, "
        + "such as \"Crypto is a scam.\"")
    #expect(
      NotABelief.question(suggestion: nil).description
        == "That is a question, not a belief. State what you believe as a sentence, "
        + "such as \"Crypto is a scam.\"")
    #expect(
      NotABelief.noVerb.description
        == "That has no verb, so it states nothing to question. "
        + "Write a belief as a whole sentence, such as \"Crypto is a scam.\"")
    #expect(
      NotABelief.tooLong(characters: 1_234).description
        == "The belief is 1,234 characters long; the most is 1,000. "
        + "State it in a sentence or two.")
    #expect(NotABelief.noVerb.category == .badInput)
  }

  @Test("gives invert's JSON error object for a line that is not a belief")
  func jsonObject() {
    #expect(
      NotABelief.noVerb.jsonObject(belief: "Crypto \"now\"")
        == #"{"belief": "Crypto \"now\"", "error": "That has no verb, so it states nothing "#
        + #"to question. Write a belief as a whole sentence, such as \"Crypto is a scam.\""}"#)
  }

  @Test("reads a belief that drops its \"there's\" as speech does, and inverts it")
  func droppedThere() throws {
    let belief = try BeliefReader.read("no point going to the allotment open day")
    #expect(belief.claim.joinedText == "there's no point going to the allotment open day")
    #expect(belief.inverted.joinedText == "there's a point going to the allotment open day")
  }

  @Test("takes up to 1,000 characters")
  func length() throws {
    let belief = "Crypto is a scam" + String(repeating: "!", count: 984)
    #expect(belief.count == 1_000)
    #expect(try BeliefReader.read(belief).claim.joinedText == "crypto is a scam")
    #expect(throws: NotABelief.tooLong(characters: 1_001)) {
      try BeliefReader.read(belief + "!")
    }
    let accented = String(repeating: "\u{E9}", count: 600) + " is a word."
    #expect(throws: Never.self) { try BeliefReader.read(accented) }
  }

  @Test("counts what reading costs: a letter under a million combining marks is refused")
  func scalars() throws {
    let marks = "T" + String(repeating: "\u{301}", count: 1_000_000) + "ea is good."
    #expect(marks.count == 12)
    #expect(throws: NotABelief.tooManyScalars(1_000_012)) { try BeliefReader.read(marks) }
    #expect(
      NotABelief.tooManyScalars(1_000_012).description
        == "The belief is made of 1,000,012 Unicode code points (letters and the marks on them); "
        + "the most is 4,000. State it in plain words.")
    let decorated = "T" + String(repeating: "\u{301}", count: 3_000) + "ea is good."
    #expect(throws: Never.self) { try BeliefReader.read(decorated) }
  }

  @Test("reads the first sentence as the belief and keeps the rest as context")
  func context() throws {
    let read = try BeliefReader.read("Bitcoin is digital gold. It protects you from inflation!")
    #expect(read.claim.joinedText == "Bitcoin is digital gold")
    #expect(read.context.joinedText == "It protects you from inflation!")
  }

  @Test(
    "two sentences joined by a comma: the first is the claim, the second context",
    arguments: [
      (
        "The economy is bad, people are struggling.", "the economy is bad",
        "people are struggling."
      ),
      ("I love my job, it pays well.", "you love your job", "it pays well."),
      ("Crypto is dead, everyone knows it. Sad.", "crypto is dead", "everyone knows it. Sad."),
      (
        "The new mall is a disaster, honestly it has no parking.", "the new mall is a disaster",
        "honestly it has no parking."
      ),
      (
        "Remote work is better, frankly nobody misses the commute.", "remote work is better",
        "frankly nobody misses the commute."
      ),
      (
        "Speed cameras are a cash grab, seriously they're everywhere.",
        "speed cameras are a cash grab", "seriously they're everywhere."
      ),
      (
        "hen dos abroad are a rip off, wed be better off with a night in town",
        "hen dos abroad are a rip off", "we'd be better off with a night in town"
      ),
    ])
  func commaSplice(belief: String, claim: String, context: String) throws {
    let read = try BeliefReader.read(belief)
    #expect(read.claim.joinedText == claim)
    #expect(read.context.joinedText == context)
  }

  @Test(
    "what must be is the claim; the threat after 'or' is context, and a closing tag goes",
    arguments: [
      (
        "a eulogy has to be short or people switch off innit", "a eulogy has to be short",
        "a eulogy does not have to be short", "or people switch off"
      ),
      (
        "you need to get the tickets in march, or else they sell out.",
        "you need to get the tickets in march", "you do not need to get the tickets in march",
        "or else they sell out."
      ),
      (
        "a tent should be waterproof or drink less tea",
        "a tent should be waterproof or drink less tea",
        "a tent should not be waterproof or drink less tea", ""
      ),
      (
        "the new bakery is overpriced, right", "the new bakery is overpriced",
        "the new bakery is not overpriced", ""
      ),
    ])
  func consequence(belief: String, claim: String, inverted: String, context: String) throws {
    let read = try BeliefReader.read(belief)
    #expect(read.claim.joinedText == claim)
    #expect(read.inverted.joinedText == inverted)
    #expect(read.context.joinedText == context)
  }

  @Test(
    "a tail that only insists goes, and evidence pointed at is context, not claimed",
    arguments: [
      (
        "Ukraine should not negotiate with Russia, ever.",
        "Ukraine should not negotiate with Russia", ""
      ),
      ("Meat is murder, period!", "meat is murder", ""),
      ("Coal is too dirty - end of story", "coal is too dirty", ""),
      (
        "Nuclear power is too dangerous, look at Fukushima.", "nuclear power is too dangerous",
        "look at Fukushima."
      ),
      ("Trains beat planes, just look at Spain", "trains beat planes", "just look at Spain"),
      ("Sugar taxes work; see Mexico", "sugar taxes work", "see Mexico"),
      (
        "my old bike will do another winter, no point buying a new one",
        "your old bike will do another winter", "no point buying a new one"
      ),
      (
        "the spare room is fine as it is - no need to redecorate.",
        "the spare room is fine as it is", "no need to redecorate."
      ),
    ])
  func trailingTag(belief: String, claim: String, context: String) throws {
    let read = try BeliefReader.read(belief)
    #expect(read.claim.joinedText == claim)
    #expect(read.inverted.joinedText.contains(",") == false)
    #expect(read.context.joinedText == context)
  }

  @Test(
    "a comma that joins no two sentences stays in the claim",
    arguments: [
      "If we ban TikTok, kids will find another app.", "Crypto, like most tech, is a fad.",
      "AI, which is overhyped, will fail.", "Prices rose, leaving families poorer.",
      "When prices rise, people suffer.", "Bitcoin is digital gold, and gold never dies.",
    ])
  func noCommaSplice(belief: String) throws {
    let read = try BeliefReader.read(belief)
    #expect(read.context.isEmpty)
    #expect(read.claim.contains { $0.text == "," })
  }

  @Test(
    "reads a belief typed in shorthand, keeping its words",
    arguments: [
      (
        "ppl dont care about privacy anymore", "ppl dont care about privacy anymore",
        "ppl still care about privacy"
      ),
      (
        "ur wrong about crypto bc its a scam", "you're wrong about crypto",
        "you're not wrong about crypto"
      ),
      ("thats not fair to kids", "that's not fair to kids", "that's fair to kids"),
      ("im tired of crypto", "you're tired of crypto", "you're not tired of crypto"),
      (
        "my brother shud pay for the taxi", "your brother shud pay for the taxi",
        "your brother shud not pay for the taxi"
      ),
    ])
  func shorthand(belief: String, claim: String, inverted: String) throws {
    let read = try BeliefReader.read(belief)
    #expect(read.claim.joinedText == claim)
    #expect(read.inverted.joinedText == inverted)
  }

  @Test("'shed', 'wed' after a determiner are the words, not she'd, we'd")
  func shedIsAShed() throws {
    let read = try BeliefReader.read("my uncle put up a shed like the one next door")
    #expect(read.claim.joinedText.contains("a shed like the one"))
  }

  @Test("takes a reason from the next sentence when the first gives none")
  func reasonInNextSentence() throws {
    let read = try BeliefReader.read("Crypto is a scam. Because of FTX. And Terra.")
    #expect(read.reason?.joinedText == "because of FTX")
    #expect(read.context.joinedText == "Because of FTX. And Terra.")
  }

  @Test("keeps names and acronyms capitalised and lowercases common words")
  func firstWordCase() throws {
    for (belief, claim) in [
      ("Crypto is a scam.", "crypto is a scam"), ("Bitcoin is gold.", "Bitcoin is gold"),
      ("China is rising.", "China is rising"), ("Banks lie.", "banks lie"),
      ("AI is overhyped.", "AI is overhyped"), ("The EU is slow.", "the EU is slow"),
      ("Self-driving cars crash.", "self-driving cars crash"),
      ("Big Tech controls us.", "Big Tech controls us"),
      ("Young Americans vote less.", "young Americans vote less"),
      ("Homeschooled kids are shy.", "homeschooled kids are shy"),
      ("Mohammed is kind.", "Mohammed is kind"),
    ] {
      #expect(try BeliefReader.read(belief).claim.joinedText == claim)
    }
  }

  @Test(
    "drops what wraps a belief: quotes, brackets around it, bullets, dashes, final marks",
    arguments: [
      ("\"Crypto is a scam.\"", "crypto is a scam"), ("(Crypto is a scam.)", "crypto is a scam"),
      ("- Crypto is a scam!!!", "crypto is a scam"), ("* AI is overhyped", "AI is overhyped"),
      ("AI will take jobs :)", "AI will take jobs"),
      ("Crypto is a scam (mostly).", "crypto is a scam (mostly)"),
      ("$100 is too much.", "$100 is too much"),
      (
        "\"Trickle-down economics\" has never worked.",
        "\"trickle-down economics\" has never worked"
      ),
      ("Crypto is a \"scam\".", "crypto is a \"scam\""),
    ])
  func wrapping(belief: String, claim: String) throws {
    #expect(try BeliefReader.read(belief).claim.joinedText == claim)
  }
}
