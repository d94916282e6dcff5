/// The starting file `socratic packs new ID` writes: a small, valid pack whose comments explain
/// every field.
public enum PackTemplate {
  /// The template for a pack with this id, which must be valid (`isValidID`).
  public static func text(id: String) -> String {
    """
    # A socratic topic pack. Check it with: socratic packs validate FILE
    # Use it with: socratic --pack FILE, or copy it into the folder 'socratic packs path' names.

    # Lowercase letters, digits and '-'. A pack with the id of a built-in one replaces it.
    id: \(id)
    # The name people read; it also fills {topic} in questions.
    title: \(title(for: id))
    # A whole number; raise it when you change the pack.
    version: 1
    # Optional: what the pack covers, in a sentence or two.
    description: What this pack is about, and who it is for.

    # Optional: words that make a belief match this pack (whole words, any case, plurals too).
    # Leave them out and the pack is used for every belief.
    keywords: [\(id.split(separator: "-").joined(separator: ", "))]

    # Optional: sample beliefs, to start from or to practise questioning. Plain text, or a
    # mapping with text, side (for or against the subject) and what its holder says.
    beliefs:
      - text: This is mostly a good thing.
        side: for
        reasons: [It has helped people I know.]
        replies: [I can only go by what I have seen.]
      - text: This does more harm than good.
        side: against

    # The questions. Each has a kind: inversion, clarification, assumptions, evidence,
    # viewpoints, implications or meta. Ask openly (What, Why, How …), never for a yes or no,
    # and end with '?'. {claim} is the belief as stated, {inverted} its opposite, {topic} this
    # pack's title and {term} a loaded word from the belief.
    questions:
      - kind: inversion
        text: If {inverted}, what would you expect to see around you?
      - kind: clarification
        text: What do you mean, exactly, when you say that {claim}?
      - kind: assumptions
        text: What are you taking for granted when you say that {claim}?
      - kind: evidence
        text: What first led you to believe that {claim}?
      - kind: viewpoints
        text: How might someone who disagrees with you explain their view?
      - kind: implications
        text: If {claim}, what follows from it for the people around you?
      - kind: meta
        text: Why does this question matter to you?

    # Optional: loaded words and the clarifying questions to ask when a belief uses them.
    terms:
      - term: harm
        questions:
          - What kind of harm do you have in mind, and to whom?

    """
  }

  /// A title made from an id: "climate-change" → "Climate change".
  static func title(for id: String) -> String {
    let words = id.split(separator: "-").joined(separator: " ")
    return words.prefix(1).uppercased() + words.dropFirst()
  }

  /// Whether an id has only lowercase letters and digits, joined by single hyphens.
  public static func isValidID(_ id: String) -> Bool { PackValidator.isValidID(id) }

  /// A valid id made from any text, to suggest instead of an invalid one.
  public static func suggestedID(for text: String) -> String {
    PackValidator.suggestedID(for: text)
  }
}
