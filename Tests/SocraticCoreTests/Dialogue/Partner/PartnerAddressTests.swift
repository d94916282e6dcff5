import Testing

@testable import SocraticCore

/// The listener they call "mum" or "dad" is no word of the belief partner gives back.
@Suite("Partner: the listener called by a word of address")
struct PartnerAddressTests {
  @Test(
    "the listener called by a word of address is never given back as part of the belief",
    arguments: [
      ("look mum, the trains round here are a joke", "mum"),
      ("listen dad, grandad shouldnt be driving anymore", "dad"),
    ])
  func addressNotGivenBack(line: String, address: String) {
    var script = partnerScript()
    let reflection = script.type(line).suggestedReflection ?? ""
    #expect(!reflection.lowercased().contains(address + ","), "\(reflection)")
  }
}
