import SocraticCore
import Testing

@Suite("Tagger")
struct TaggerTests {
  @Test(
    "reads a word that can be a noun or a verb by its place in the sentence",
    arguments: [
      ("The tax benefits of solar panels outweigh the costs", "benefits", PartOfSpeech.noun),
      ("The tax benefits of solar panels outweigh the costs", "outweigh", .finiteVerb),
      ("Rock stars and famous athletes should stay out of politics", "stars", .noun),
      ("Most Labour voters want change", "voters", .noun),
      ("Most Labour voters want change", "want", .finiteVerb),
      ("The council needs more money", "needs", .finiteVerb),
      ("Everyone who works here is tired", "works", .finiteVerb),
      ("Everyone who works here is tired", "is", .auxiliary),
      ("Parents should be allowed to choose schools", "allowed", .pastParticiple),
      ("She is running for mayor", "running", .presentParticiple),
      ("They want to ban cars", "ban", .infinitive),
      ("The ban on cars failed", "ban", .noun),
      ("We moved to Paris last year", "Paris", .properNoun),
    ])
  func tag(sentence: String, word: String, expected: PartOfSpeech) throws {
    let tokens = Tokenizer.tokenize(sentence)
    let index = try #require(tokens.firstIndex { $0.text == word })
    #expect(Tagger.tags(of: tokens)[index] == expected)
  }

  @Test("tags every token, and nothing for no tokens")
  func counts() {
    let tokens = Tokenizer.tokenize("Isn't it odd, at 5pm?")
    #expect(Tagger.tags(of: tokens).count == tokens.count)
    #expect(Tagger.tags(of: []).isEmpty)
  }

  @Test("reads punctuation and numbers as such")
  func closedClasses() {
    let tags = Tagger.tags(of: Tokenizer.tokenize("It costs 12 dollars."))
    #expect(tags == [.pronoun, .finiteVerb, .number, .noun, .punctuation])
  }
}
