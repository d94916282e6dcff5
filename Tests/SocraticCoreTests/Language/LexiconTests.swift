import SocraticCore
import Testing

@Suite("Lexicon")
struct LexiconTests {
  @Test(
    "knows parts of speech from WordNet",
    arguments: [
      ("work", WordClasses([.noun, .verb])), ("remote", WordClasses([.noun, .adjective])),
      ("often", WordClasses([.adverb])), ("crypto", WordClasses([.noun])),
      ("china", WordClasses([.noun, .properSense])), ("qwertzuiop", WordClasses()),
    ])
  func classes(word: String, expected: WordClasses) {
    #expect(Lexicon.classes(of: word).subtracting([.rareVerb, .irregularPlural]) == expected)
  }

  @Test(
    "reads verb forms, irregular ones from WordNet's exception list",
    arguments: [
      ("went", [VerbReading(base: "go", form: .past)]),
      ("gone", [VerbReading(base: "go", form: .pastParticiple)]),
      ("hurts", [VerbReading(base: "hurt", form: .thirdSingular)]),
      ("studies", [VerbReading(base: "study", form: .thirdSingular)]),
      ("goes", [VerbReading(base: "go", form: .thirdSingular)]),
      ("hates", [VerbReading(base: "hate", form: .thirdSingular)]),
      ("watches", [VerbReading(base: "watch", form: .thirdSingular)]),
      (
        "caused",
        [VerbReading(base: "cause", form: .past), .init(base: "cause", form: .pastParticiple)]
      ),
      (
        "hoped",
        [VerbReading(base: "hope", form: .past), .init(base: "hope", form: .pastParticiple)]
      ),
      (
        "banned",
        [VerbReading(base: "ban", form: .past), .init(base: "ban", form: .pastParticiple)]
      ),
      ("taking", [VerbReading(base: "take", form: .presentParticiple)]),
      (
        "hurt",
        [
          VerbReading(base: "hurt", form: .base), .init(base: "hurt", form: .past),
          .init(base: "hurt", form: .pastParticiple),
        ]
      ),
      (
        "found",
        [
          VerbReading(base: "find", form: .past), .init(base: "find", form: .pastParticiple),
          .init(base: "found", form: .base),
        ]
      ),
      ("scam", [VerbReading(base: "scam", form: .base)]),
      ("productivity", []),
    ])
  func verbReadings(word: String, expected: [VerbReading]) {
    #expect(Lexicon.verbReadings(of: word) == expected)
  }

  @Test(
    "inflects verbs, irregular ones included",
    arguments: [
      ("go", "goes", "went", "gone"), ("hurt", "hurts", "hurt", "hurt"),
      ("cause", "causes", "caused", "caused"), ("study", "studies", "studied", "studied"),
      ("ban", "bans", "banned", "banned"), ("have", "has", "had", "had"),
      ("do", "does", "did", "done"), ("run", "runs", "ran", "run"),
      ("begin", "begins", "began", "begun"), ("watch", "watches", "watched", "watched"),
      ("work", "works", "worked", "worked"), ("lie", "lies", "lied", "lied"),
      ("be", "is", "was", "been"),
    ])
  func inflection(base: String, third: String, past: String, participle: String) {
    #expect(Lexicon.thirdPersonSingular(of: base) == third)
    #expect(Lexicon.past(of: base) == past)
    #expect(Lexicon.pastParticiple(of: base) == participle)
  }

  @Test(
    "tells singular nouns from plural ones",
    arguments: [
      ("banks", GrammaticalNumber.plural), ("policies", .plural), ("people", .plural),
      ("children", .plural), ("news", .singular), ("politics", .singular),
      ("crisis", .singular), ("bus", .singular), ("economy", .singular), ("glasses", .plural),
      ("women", .plural), ("businessmen", .plural),
    ])
  func number(word: String, expected: GrammaticalNumber) {
    #expect(Lexicon.number(ofNoun: word) == expected)
  }

  @Test("finds the singular of a regular plural")
  func singular() {
    #expect(Lexicon.singular(of: "banks") == "bank")
    #expect(Lexicon.singular(of: "policies") == "policy")
    #expect(Lexicon.singular(of: "news") == nil)
    #expect(Lexicon.singular(of: "glass") == nil)
  }
}

@Suite("Lexicon plurals and relational adjectives")
struct LexiconPluralTests {
  @Test(
    "makes the regular plural of a noun, and none for an irregular one",
    arguments: [
      ("war", "wars"), ("country", "countries"), ("tax", "taxes"), ("bank", "banks"),
      ("church", "churches"), ("businessman", "businessmen"), ("child", nil), ("life", nil),
      ("crisis", nil), ("quickly", nil),
    ] as [(String, String?)])
  func plural(noun: String, expected: String?) {
    #expect(Lexicon.plural(of: noun) == expected)
  }

  @Test(
    "marks adjectives that classify a noun rather than describe it",
    arguments: [
      ("nuclear", true), ("national", true), ("political", true), ("absolute", false),
      ("real", false), ("big", false),
    ])
  func relational(word: String, expected: Bool) {
    #expect(Lexicon.classes(of: word).contains(.relational) == expected)
  }

  @Test(
    "marks nouns whose commonest sense is a feeling or an attribute as usually uncountable",
    arguments: [
      ("shame", true), ("patience", true), ("loyalty", true), ("free will", true),
      ("plan", false), ("cure", false), ("god", false), ("future", false), ("will", false),
    ])
  func uncountable(word: String, expected: Bool) {
    #expect(Lexicon.classes(of: word).contains(.uncountable) == expected)
  }

  @Test(
    "marks nouns that call people names: every person sense a bad, foolish or unpleasant one",
    arguments: [
      ("crook", true), ("liar", true), ("hypocrite", true), ("twit", true), ("swindler", true),
      ("runner", false), ("junior", false), ("teacher", false), ("criminal", false),
      ("banker", false),
    ])
  func callsNames(word: String, expected: Bool) {
    #expect(Lexicon.classes(of: word).contains(.callsNames) == expected)
  }

  @Test(
    "marks nouns whose commonest sense is an animal, and nouns with any animal sense",
    arguments: [
      ("leech", true, true), ("rat", true, true), ("snake", true, true), ("whale", false, true),
      ("dog", true, true), ("landlord", false, false), ("bubble", false, false),
    ])
  func animal(word: String, first: Bool, any: Bool) {
    #expect(Lexicon.classes(of: word).contains(.animal) == first)
    #expect(Lexicon.classes(of: word).contains(.someAnimal) == any)
  }
}
