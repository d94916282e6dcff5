import Foundation
import SocraticCore
import Testing

@Suite("BeliefAnalysis")
struct BeliefAnalysisTests {
  let analysis = BeliefAnalysis(
    belief: "Crypto is a \"scam\".", claim: "crypto is a \"scam\"",
    inverted: "crypto is not a \"scam\"",
    reason: nil, terms: ["scam"], topics: ["crypto"])

  @Test("encodes exactly the contract's keys, with a null reason")
  func coding() throws {
    let data = try JSONEncoder().encode(analysis)
    let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(Set(object.keys) == ["belief", "claim", "inverted", "reason", "terms", "topics"])
    #expect(object["reason"] is NSNull)
    #expect(try JSONDecoder().decode(BeliefAnalysis.self, from: data) == analysis)
  }

  @Test("writes the invert JSON object with the keys in the contract's order")
  func jsonObject() throws {
    let json = analysis.jsonObject(questions: [Question(kind: .inversion, text: "Why?")])
    #expect(
      json
        == #"{"belief": "Crypto is a \"scam\".", "claim": "crypto is a \"scam\"", "#
        + #""inverted": "crypto is not a \"scam\"", "reason": null, "terms": ["scam"], "#
        + #""topics": ["crypto"], "questions": [{"kind": "inversion", "text": "Why?"}]}"#)
    let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect(decoded?["claim"] as? String == "crypto is a \"scam\"")
  }
}
