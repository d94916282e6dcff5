/// What the inversion engine understood of a belief.
///
/// It encodes as DESIGN.md's JSON contract for `socratic invert --json` without the questions:
/// exactly the keys `belief`, `claim`, `inverted`, `reason` (null when no reason is stated),
/// `terms` and `topics`.
public struct BeliefAnalysis: Codable, Sendable, Hashable {
  /// The text as the person wrote it, every character kept, further sentences included.
  public var belief: String
  /// The belief's first sentence as a clause: frames and hedges removed, first person
  /// reflected, the reason split off ("crypto is a scam").
  public var claim: String
  /// The claim's contradiction ("crypto is not a scam").
  public var inverted: String
  /// The stated reason with its connective ("because of FTX"), or nil.
  public var reason: String?
  /// Key terms worth clarifying, as written ("scam").
  public var terms: [String]
  /// The ids of the topics whose keywords the text mentions.
  public var topics: [String]

  /// What the questions need, kept from reading the belief so asking does not parse it again.
  /// Derived from the fields above, so it takes no part in equality, hashing or coding; an
  /// analysis made or changed elsewhere has none and it is derived again when needed.
  var facts: BeliefFacts?

  public init(
    belief: String, claim: String, inverted: String, reason: String?, terms: [String],
    topics: [String]
  ) {
    self.belief = belief
    self.claim = claim
    self.inverted = inverted
    self.reason = reason
    self.terms = terms
    self.topics = topics
  }

  private enum CodingKeys: String, CodingKey {
    case belief, claim, inverted, reason, terms, topics
  }

  public static func == (left: BeliefAnalysis, right: BeliefAnalysis) -> Bool {
    left.belief == right.belief && left.claim == right.claim && left.inverted == right.inverted
      && left.reason == right.reason && left.terms == right.terms && left.topics == right.topics
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(belief)
    hasher.combine(claim)
    hasher.combine(inverted)
    hasher.combine(reason)
    hasher.combine(terms)
    hasher.combine(topics)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(belief, forKey: .belief)
    try container.encode(claim, forKey: .claim)
    try container.encode(inverted, forKey: .inverted)
    try container.encode(reason, forKey: .reason)
    try container.encode(terms, forKey: .terms)
    try container.encode(topics, forKey: .topics)
  }

  /// The values a question template can use: the claim, its inversion, the first key term and,
  /// when given, a topic title.
  public func placeholderValues(topicTitle: String? = nil) -> [Placeholder: String] {
    var values: [Placeholder: String] = [.claim: claim, .inverted: inverted]
    if let term = terms.first { values[.term] = term }
    if let topicTitle { values[.topic] = topicTitle }
    return values
  }

  /// The JSON object of `socratic invert --json`: the analysis and the questions, with the keys
  /// in the contract's order (belief, claim, inverted, reason, terms, topics, questions), on
  /// one line.
  public func jsonObject(questions: [Question]) -> String {
    var json: [UInt8] = []
    json.reserveCapacity(belief.utf8.count + 200 + questions.count * 120)
    func array(_ values: [String]) {
      json.append(UInt8(ascii: "["))
      for (index, value) in values.enumerated() {
        if index > 0 { OrderedJSON.appendRaw(", ", to: &json) }
        OrderedJSON.append(value, to: &json)
      }
      json.append(UInt8(ascii: "]"))
    }
    OrderedJSON.appendRaw("{\"belief\": ", to: &json)
    OrderedJSON.append(belief, to: &json)
    OrderedJSON.appendRaw(", \"claim\": ", to: &json)
    OrderedJSON.append(claim, to: &json)
    OrderedJSON.appendRaw(", \"inverted\": ", to: &json)
    OrderedJSON.append(inverted, to: &json)
    OrderedJSON.appendRaw(", \"reason\": ", to: &json)
    if let reason {
      OrderedJSON.append(reason, to: &json)
    } else {
      OrderedJSON.appendRaw("null", to: &json)
    }
    OrderedJSON.appendRaw(", \"terms\": ", to: &json)
    array(terms)
    OrderedJSON.appendRaw(", \"topics\": ", to: &json)
    array(topics)
    OrderedJSON.appendRaw(", \"questions\": [", to: &json)
    for (index, question) in questions.enumerated() {
      OrderedJSON.appendRaw(index > 0 ? ", {\"kind\": " : "{\"kind\": ", to: &json)
      OrderedJSON.append(question.kind.rawValue, to: &json)
      OrderedJSON.appendRaw(", \"text\": ", to: &json)
      OrderedJSON.append(question.text, to: &json)
      json.append(UInt8(ascii: "}"))
    }
    OrderedJSON.appendRaw("]}", to: &json)
    return String(decoding: json, as: UTF8.self)
  }
}
