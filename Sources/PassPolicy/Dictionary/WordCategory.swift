/// What a word in the compiled word list is: one bit per source kind, so one word can be
/// several things at once ("Jordan" is a first name, a surname and a place).
public struct WordCategory: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// An ordinary dictionary word (wamerican, wbritish, cracklib-small, frequency lists).
    public static let word = WordCategory(rawValue: 1 << 0)
    public static let firstName = WordCategory(rawValue: 1 << 1)
    public static let surname = WordCategory(rawValue: 1 << 2)
    public static let place = WordCategory(rawValue: 1 << 3)
    public static let commonPassword = WordCategory(rawValue: 1 << 4)
    /// A short word people glue to another ("big", "my", "the", "i", "mr", "love").
    public static let joiner = WordCategory(rawValue: 1 << 5)
    /// A month or weekday name or abbreviation, for date patterns ("Jan2024!").
    public static let month = WordCategory(rawValue: 1 << 6)
    /// A word only found in the very large lists (web2, cracklib's packed dictionary):
    /// counted as a whole core, never as part of a compound, so obscure short words hidden
    /// in random strings do not turn them into "two words joined".
    public static let rare = WordCategory(rawValue: 1 << 7)

    /// Every category with its name, in the order `dict info` prints them.
    public static let named: [(WordCategory, String)] = [
        (.word, "words"), (.firstName, "first names"), (.surname, "surnames"), (.place, "places"),
        (.commonPassword, "common passwords"), (.joiner, "joiner words"), (.month, "months and weekdays"),
        (.rare, "rare words"),
    ]
}
