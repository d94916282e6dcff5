import Testing

@testable import SocraticCore

@Suite("A point after a turn from what they grant is given back with the grant")
struct ReflectionGrantedTurnTests {
  @Test(
    "'yeah X, but Y', 'sure X. mind you Y': granted as granted, and the point it gives way to",
    arguments: [
      (
        "yeah the flat's bigger, but the neighbours are a nightmare",
        "So you grant that the flat's bigger, but the neighbours are a nightmare."
      ),
      (
        "sure the wages went up. mind you the rents went up more lol",
        "So you grant that the wages went up, but the rents went up more."
      ),
      (
        "ok ok the trains are faster now. still, the tickets cost a fortune",
        "So you grant that the trains are faster now, but the tickets cost a fortune."
      ),
      (
        "the new manager is friendly for sure, but nothing gets done",
        "So you grant that the new manager is friendly, but nothing gets done."
      ),
      (
        "online shopping is easier i know, but the town centre is dying",
        "So you grant that online shopping is easier, but the town centre is dying."
      ),
      (
        "i get that the fines raise money, though the streets are still filthy",
        "So you grant that the fines raise money, but the streets are still filthy."
      ),
    ])
  func grantedTurn(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "a 'mind you' turns to the point even when nothing is marked as granted",
    arguments: [
      (
        "the school has great results. mind you the classes are huge",
        "So the school has great results, but the classes are huge."
      )
    ])
  func mindYou(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "a 'but' with nothing granted before it, or a side that leans on earlier words, is no grant",
    arguments: [
      "yeah but nobody reads the small print",
      "i see that they tried, mind you they only tried once",
      "yeah for sure, but its late",
    ])
  func noGrant(answer: String) {
    #expect(reflected(answer)?.contains("grant") != true)
  }
}
