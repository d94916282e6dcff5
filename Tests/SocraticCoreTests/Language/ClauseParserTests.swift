import SocraticCore
import Testing

@Suite("ClauseParser")
struct ClauseParserTests {
  @Test(
    "finds the finite verb by position and agreement",
    arguments: [
      ("Remote work kills productivity", "kills"),
      ("Over half of voters want change", "want"),
      ("A third of nurses plan to quit", "plan"),
      ("Trade wars hurt everyone", "hurt"),
      ("Taxes kill jobs", "kill"),
      ("Interest rates will rise", "will"),
      ("Price controls work", "work"),
      ("Social media use harms teens", "harms"),
      ("The EU AI Act went too far", "went"),
      ("People who disagree with you are wrong", "are"),
      ("The people you trust lie", "lie"),
      ("What matters is family", "is"),
      ("Kids raised on screens can't focus", "can't"),
      ("The money printed by the Fed is worthless", "is"),
      ("The rich get richer", "get"),
      ("Banning guns saves lives", "saves"),
      ("Housing costs are too high", "are"),
      ("Free will is an illusion", "is"),
      ("The right to bear arms matters", "matters"),
      ("Politicians always lie", "lie"),
      ("AI's dangerous", "'s"),
      ("That is wrong", "is"),
      ("The tax benefits of solar panels outweigh the costs", "outweigh"),
      ("Rock stars and famous athletes should stay out of politics", "should"),
      ("Everyone who voted for her is naive", "is"),
      ("That bakery has gone downhill", "has"),
      ("The city council needs new members", "needs"),
      ("Remote workers get promoted less often", "get"),
      ("Firms bigger than Google pay little tax", "pay"),
      ("Drivers younger than twenty crash more often", "crash"),
      ("Longer shifts than ever wear nurses down", "wear"),
    ])
  func finiteVerb(sentence: String, verb: String) throws {
    let tokens = Tokenizer.tokenize(sentence)
    let index = try #require(ClauseParser.finiteVerbIndex(in: tokens))
    #expect(tokens[index].text == verb)
  }

  @Test("finds no verb where there is none", arguments: ["Crypto", "Bitcoin to the moon", "Hello"])
  func noVerb(text: String) {
    #expect(ClauseParser.parse(text) == nil)
  }

  @Test("takes a clause apart around its verb")
  func parts() throws {
    let clause = try #require(ClauseParser.parse("In the long run, crypto will never replace cash"))
    #expect(clause.lead.joinedText == "In the long run,")
    #expect(clause.subject.joinedText == "crypto")
    #expect(clause.verb == .modal("will"))
    #expect(clause.afterAuxiliary.map(\.text) == ["never"])
    #expect(clause.rest.joinedText == "replace cash")
    #expect(!clause.isNegated)
  }

  @Test("reads do-support as the lexical verb it supports")
  func doSupport() throws {
    let clause = try #require(ClauseParser.parse("The Fed doesn't really care"))
    #expect(clause.verb == .lexical(base: "care", tense: .thirdSingular))
    #expect(clause.isNegated)
    #expect(clause.beforeVerb.map(\.text) == ["really"])
    #expect(clause.declarative.joinedText == "The Fed doesn't really care")
  }

  @Test(
    "turns a clause into the body of a why-question",
    arguments: [
      ("crypto is not a scam", "might crypto not be a scam"),
      ("AI regulation will not stifle innovation", "might AI regulation not stifle innovation"),
      ("somebody needs a central bank", "might somebody need a central bank"),
      ("banks did not cause the crisis", "might banks not have caused the crisis"),
      ("the EU AI Act did not go too far", "might the EU AI Act not have gone too far"),
      ("the election was not rigged", "might the election not have been rigged"),
      ("AI has not yet taken jobs", "might AI not yet have taken jobs"),
      ("not all politicians are corrupt", "might not all politicians be corrupt"),
      ("politicians do not always lie", "might politicians not always lie"),
      ("we should not ban TikTok", "should we not ban TikTok"),
      ("there is a God", "might there be a God"),
      ("if taxes rise, people will not leave", "might people not leave if taxes rise"),
      ("AI probably does not help", "might AI not help"),
      ("crypto did not use to be fun", "might crypto not have been fun"),
      ("Ukraine cannot win the war", "might Ukraine not be able to win the war"),
      ("crypto can be stopped", "might crypto be stopped"),
      ("AI is not going to take our jobs", "might AI not take our jobs"),
      ("AI is not gonna take our jobs", "might AI not take our jobs"),
      ("the euro is not going to zero", "might the euro not be going to zero"),
      ("we are not going to war", "might we not be going to war"),
      ("crypto is not a scam and everyone knows it", "might crypto not be a scam"),
    ])
  func interrogative(clause text: String, question: String) throws {
    let clause = try #require(ClauseParser.parse(text))
    #expect(clause.interrogative.joinedText == question)
  }

  @Test("asks of a command whether it might be wise")
  func commandInterrogative() throws {
    let clause = try #require(ClauseParser.parse("Don't trust banks"))
    #expect(clause.isCommand)
    #expect(clause.interrogative.joinedText == "might it be wise not to trust banks")
    #expect(clause.asAdvice.declarative.joinedText == "you should not trust banks")
    let letUs = try #require(ClauseParser.parse("let's not panic"))
    #expect(letUs.isCommand)
    #expect(letUs.interrogative.joinedText == "might it be wise not to panic")
    #expect(letUs.asAdvice.declarative.joinedText == "we should not panic")
  }
}
