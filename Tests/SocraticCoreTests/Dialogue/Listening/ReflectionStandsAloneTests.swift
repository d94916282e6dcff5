import Testing

@testable import SocraticCore

@Suite("A reflection is a whole sentence that means something without what it was cut from")
struct ReflectionStandsAloneTests {
  @Test(
    "a clause ending on a word that points at what was said before is not framed",
    arguments: [
      "So you'll let him have that one.", "You're saying they can keep this one.",
      "So you let rip at the bins and that.",
    ])
  func pointingEnd(line: String) {
    #expect(!ReflectionCheck.isFramedWell(line))
  }

  @Test(
    "a clause that says what it means is framed",
    arguments: [
      "So you had a moan about the bins.", "You're saying that one hurt.",
      "So if it rains, you drive her to school.", "So working nights suits you.",
      "So you thought the garage had ripped you off.",
    ])
  func standsAlone(line: String) {
    #expect(ReflectionCheck.isFramedWell(line))
  }

  @Test(
    "a condition with no main clause is not framed, though a second condition is joined on",
    arguments: [
      "You're saying if the boiler goes or you're short one month.",
      "So when the kids need shoes and the car fails its mot.",
      "So if the rent goes up or we lose the night shifts.",
    ])
  func noMainClause(line: String) {
    #expect(!ReflectionCheck.isFramedWell(line))
  }

  @Test(
    "what they thought to themselves is never pasted in as told, nor cut off",
    arguments: [
      "So you thought well that's the end of it.", "So you stood there and thought.",
      "So you looked at him and said.",
    ])
  func innerSpeech(line: String) {
    #expect(!ReflectionCheck.isFramedWell(line))
  }

  @Test(
    "\"ill\" before a verb is their \"I'll\" and is turned; the adjective stays",
    arguments: [
      ("ill phone the landlord monday", "you'll phone the landlord monday"),
      ("maybe ill just try the swimming club", "maybe you'll just try the swimming club"),
      ("Ill be there by 6", "you'll be there by 6"),
      ("i was ill all week", "you were ill all week"),
      ("ill health runs in my family", "ill health runs in your family"),
      ("ill will between me and my sister", "ill will between you and your sister"),
    ])
  func illTurned(said: String, turned: String) {
    #expect(FirstPersonReflector.reflect(said) == turned)
  }

  @Test(
    "a plan typed with \"ill\" is given back in the second person",
    arguments: ["ill ring the council tomorrow about the bins"])
  func illPlanGivenBack(line: String) {
    for shown in [reflected(line), suggested(line)] {
      #expect(shown?.contains("you'll") == true)
      #expect(shown?.contains(" ill ") == false)
    }
  }

  @Test("\"ur own\" is \"your own\", never \"you're own\"")
  func yourOwn() {
    let read = Shorthand.expanded(Tokenizer.tokenize("its hard when ur on ur own"))
    #expect(read.map(\.lowercased).contains("your"))
    #expect(!read.map(\.lowercased).contains("'re"))
  }

  @Test(
    "a loss or what is their own outweighs a job detail; a joke never wins",
    arguments: [
      (
        "i drove a bus for 12 years. after my dad died i just wanted something for me",
        "bus"
      ),
      (
        "faster is it lol. my cousin came off his scooter on that hill, i still see it",
        "faster"
      ),
    ])
  func whatMatters(line: String, sideWord: String) {
    #expect(suggested(line)?.contains(sideWord) != true)
  }

  @Test("words that only agree are no thing granted")
  func agreeingIsNoGrant() {
    let shown = reflected("ok fine ill give him that one. the trains are still a joke tho") ?? ""
    #expect(!shown.contains("grant him"))
  }
}
