/// Words every compiled list holds whatever the sources: the short words people glue to
/// another word, and month and weekday names for date patterns.
public enum BuiltinWords {
    /// Short words glued in front of, between or after words: "BigTomatoes", "MyDog",
    /// "TheBeatles", "ILoveYou", "MrBean", "DogLover".
    public static let joiners = [
        "a", "i", "u", "im", "my", "me", "mr", "mrs", "ms", "miss", "dr", "sir", "the", "an", "of", "and", "in",
        "on", "to", "is", "it", "be", "we", "us", "you", "our", "your", "his", "her", "big", "lil", "little",
        "old", "new", "mini", "max", "mega", "super", "best", "top", "red", "blue", "pink", "black", "white",
        "love", "luv", "ilove", "iluv", "fan", "baby", "babe", "boy", "girl", "man", "king", "queen", "lady",
        "one", "two", "no", "yes", "go", "so", "hey", "mad", "bad", "good", "cool", "hot",
        "sweet", "happy", "lucky", "sexy", "dear", "sunny", "team", "club", "city", "sky", "day", "star",
    ]

    public static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "spring", "summer", "autumn", "fall", "winter", "xmas", "christmas", "easter",
    ]

    /// Adds the joiners and months to `builder`.
    public static func add(to builder: WordListBuilder) {
        for w in joiners { builder.add(w, .joiner, origin: .curated) }
        for w in months { builder.add(w, .month, origin: .curated) }
    }
}
