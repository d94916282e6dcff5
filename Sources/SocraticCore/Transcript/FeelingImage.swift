/// A feeling named as an image rather than a word for a feeling: "felt like a mug", "i feel
/// like an idiot", "it made me feel like a spare part". What they felt like is a feeling they
/// named, in their words.
enum FeelingImage {
  /// The images a line names, each as "like a …" up to the end of its clause: "felt like a
  /// mug." → "like a mug". A "like" that opens a clause ("i feel like the ban is pointless") is
  /// a hedge on a view, and names none.
  static func images(in line: String) -> [String] {
    let tokens = Tokenizer.tokenize(line)
    var images: [String] = []
    for index in tokens.indices.dropLast(3)
    where feelingVerbs.contains(tokens[index].lowercased)
      && tokens[index + 1].lowercased == "like"
      && articles.contains(tokens[index + 2].lowercased)
    {
      let rest = tokens[(index + 1)...].prefix { $0.isWord }
      guard rest.count <= longestImage,
        rest.count == tokens[(index + 1)...].count
          || tokens[index + 1 + rest.count].kind == .punctuation
      else { continue }
      let words = rest.dropFirst(2)
      guard !words.contains(where: { FunctionWords.auxiliary($0.lowercased) != nil }) else {
        continue
      }
      images.append(rest.map(\.lowercased).joined(separator: " "))
    }
    return images
  }

  /// Verbs of feeling before "like a …".
  private static let feelingVerbs = FeelVerb.forms

  /// The articles that make what follows "like" a thing they felt like, not a clause.
  private static let articles: Set<String> = ["a", "an"]

  /// The most words an image has, "like" and its article with them.
  private static let longestImage = 5
}
