// PLACEHOLDER — replaced by the word-list work (compiled, memory-mapped file).
public final class WordList: @unchecked Sendable {
    public static func open(path: String) throws(WordListError) -> WordList {
        throw WordListError(path: path, reason: "not implemented")
    }
}

public struct WordListError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { Messages.wordListMissing(path: path, error: reason) }
}
