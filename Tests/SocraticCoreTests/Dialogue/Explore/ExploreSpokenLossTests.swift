import Testing

@testable import SocraticCore

/// A death told the way it is spoken, with the "'s" of "has" run into whom it is of and a
/// dialect span ("grandads been gone four year"): owned before anything else, never given
/// back as a habit or a fact.
@Suite("Explore owns a loss typed as it is spoken")
struct ExploreSpokenLossTests {
  @Test("a loved one run into 'has' and a dialect span is owned in their words")
  func lovedOneRunIn() {
    var script = ExploreScript.questioning("Allotments are a waste of council land.")
    let step = script.type(
      "Not much now. Grandads been gone four year. I still water his beans Sundays.")
    let said = ExploreScript.reflections(step)
    #expect(said.first == "I'm so sorry about your grandad.", "\(said)")
    #expect(!said.contains { $0.contains("beans") }, "\(said)")
  }

  @Test("a name run into 'has' before how long they've been gone is owned by name, a thing is not")
  func nameRunIn() {
    var script = ExploreScript.questioning("Bingo halls are dying out for good reason.")
    let step = script.type("Quiet now. Maureens been gone three year. I still sit at our table.")
    let said = ExploreScript.reflections(step)
    #expect(said.first == "I'm so sorry about Maureen.", "\(said)")
    // A name the lexicon knows as a word, typed with a capital, is still theirs.
    var darts = ExploreScript.questioning("Pub darts leagues have had their day.")
    let ken = darts.type("Different now. Kens been gone five year. I still throw on Thursdays.")
    #expect(ExploreScript.reflections(ken).first == "I'm so sorry about Ken.")
    // A shop gone a while is no one's death.
    var street = ExploreScript.questioning("High streets are finished.")
    let told = street.type("The bakery's been gone two year and the bank's been gone longer.")
    #expect(!ExploreScript.reflections(told).contains { $0.hasPrefix("I'm so sorry") })
  }

  @Test("gone for a while, or a word that is only part of a loved one's name, is no death")
  func goneAWhile() {
    var script = ExploreScript.questioning("The tip should open on Sundays.")
    let queue = script.type("Dads been gone ages, probably stuck in the queue at the tip.")
    #expect(
      !ExploreScript.reflections(queue).contains { $0.hasPrefix("I'm so sorry") },
      "\(ExploreScript.reflections(queue))")
    var buses = ExploreScript.questioning("The 42 bus should come back.")
    let route = buses.type("The 42? That one's been gone a year now, the 17 is useless too.")
    #expect(
      !ExploreScript.reflections(route).contains { $0.hasPrefix("I'm so sorry") },
      "\(ExploreScript.reflections(route))")
  }

  @Test("a loss told after a comma in a sentence that opened with an auxiliary is still owned")
  func afterAComma() {
    var script = ExploreScript.questioning("Allotments are a waste of council land.")
    let step = script.type("It's hard, grandads been gone a year. I still water his beans.")
    #expect(ExploreScript.reflections(step).first == "I'm so sorry about your grandad.")
  }
}
