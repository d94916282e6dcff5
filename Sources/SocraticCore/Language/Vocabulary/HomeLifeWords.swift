/// The things of a person's home and everyday round that anyone can say a plain word about:
/// "my garden", "our street", "the neighbours". Work, days and a life as a whole are what the
/// matter means to them (`PersonaQuestion`'s own-life cues), not things of the house.
enum HomeLifeWords {
  /// Places and things of a home and its round, one word each; pets are `KinWords.pets`,
  /// the people `KinWords`.
  static let things: Set<String> = [
    "garden", "gardens", "house", "home", "flat", "street", "road", "neighbourhood",
    "neighborhood", "area", "town", "village", "kitchen", "car", "cars", "bike", "commute",
    "hobby", "hobbies", "allotment", "shed", "fridge", "cooking", "holidays", "holiday",
    "breakfast", "dinner", "pets",
  ]
}
