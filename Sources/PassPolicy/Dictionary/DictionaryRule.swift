// PLACEHOLDER — replaced by the word-list work.
struct DictionaryRule {
    let wordList: WordList
    init(wordList: WordList) { self.wordList = wordList }
    func weakPattern(in text: PasswordText) -> WeakPattern? { nil }
}
