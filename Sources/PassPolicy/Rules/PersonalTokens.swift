/// Who the password is for: the facts the `username` and `personal-info` rules compare with,
/// and who reads the messages, in which language.
public struct CheckContext: Sendable, Equatable {
    public var userName: String?
    public var fullName: String?
    /// Personal words for this person, added to the policy's `personal_words`.
    public var personalWords: [String]
    /// The language of every message of the verdict.
    public var language: Language
    /// Who reads the messages: "your user name" or "the user name". Someone else unless a
    /// front end knows the person is setting their own password.
    public var audience: Audience

    public init(userName: String? = nil, fullName: String? = nil, personalWords: [String] = [],
                language: Language = .english, audience: Audience = .other) {
        self.userName = userName
        self.fullName = fullName
        self.personalWords = personalWords
        self.language = language
        self.audience = audience
    }
}

/// The parts of a person's user name, full name and personal words that no password may
/// contain, folded to lower case once so that checking many candidates costs nothing extra.
public struct PersonalTokens: Sendable {
    struct Token: Sendable {
        /// The folded text of the name part.
        let scalars: [UInt32]
        /// The fewest consecutive characters of `scalars` that count as a match.
        let minRun: Int
        let rule: RuleID
        let isPersonalWord: Bool
    }

    let tokens: [Token]
    /// The language and reader of the messages, from the context.
    public let language: Language
    public let audience: Audience

    /// Separators that split a user name into parts.
    static let nameSeparators: Set<UInt32> = [0x2E, 0x5F, 0x2D, 0x40, 0x20]  // . _ - @ space
    /// Separators that split a full name into parts.
    static let fullNameSeparators: Set<UInt32> = [0x20, 0x2D, 0x2E, 0x2C, 0x27, 0x2019, 0x5F]

    public init(context: CheckContext, settings: Settings) {
        language = context.language
        audience = context.audience
        var tokens: [Token] = []
        if settings.userCheck, let user = context.userName {
            tokens += Self.userNameTokens(user)
        }
        if settings.personalCheck {
            if let full = context.fullName {
                for part in Self.split(Self.fold(full), at: Self.fullNameSeparators, splitDigits: true) where part.count >= 3 {
                    tokens.append(Token(scalars: part, minRun: part.count, rule: .personalInfo, isPersonalWord: false))
                }
            }
            for word in settings.personalWords + context.personalWords {
                let folded = Self.fold(word).filter { !Self.fullNameSeparators.contains($0) }
                if folded.count >= 3 {
                    tokens.append(Token(scalars: folded, minRun: folded.count, rule: .personalInfo, isPersonalWord: true))
                }
            }
        }
        self.tokens = tokens
    }

    /// The whole name; each part split at `. _ - @`, spaces and digits with 3 or more
    /// characters; and, for a name with no separator, any run of 4 or more of its characters.
    static func userNameTokens(_ user: String) -> [Token] {
        let folded = fold(user)
        var tokens: [Token] = []
        if folded.count >= 3 {
            tokens.append(Token(scalars: folded, minRun: folded.count, rule: .username, isPersonalWord: false))
        }
        let parts = split(folded, at: nameSeparators, splitDigits: true)
        if parts.count > 1 || (parts.first?.count ?? 0) != folded.count {
            for part in parts where part.count >= 3 {
                tokens.append(Token(scalars: part, minRun: part.count, rule: .username, isPersonalWord: false))
            }
        } else if folded.count > 4 {
            tokens.append(Token(scalars: folded, minRun: 4, rule: .username, isPersonalWord: false))
        }
        return tokens
    }

    /// Lower case, accents removed ("Siân" → "sian", "Llŷr" → "llyr").
    static func fold(_ text: String) -> [UInt32] {
        AccentFold.folded(text)
    }

    /// Whether the character reads as the folded scalar `t`: itself (any case, any accent),
    /// or, unless `exact`, a look-alike.
    @inline(__always)
    static func reads(_ c: AnalyzedChar, _ t: UInt32, exact: Bool) -> Bool {
        if c.folded == t { return true }
        if c.folded >= 0x80, AccentFold.plain(c.folded) == t { return true }
        return !exact && (c.alt1 == t || c.alt2 == t)
    }

    static func split(_ scalars: [UInt32], at separators: Set<UInt32>, splitDigits: Bool) -> [[UInt32]] {
        var parts: [[UInt32]] = []
        var current: [UInt32] = []
        for s in scalars {
            if separators.contains(s) || (splitDigits && s >= 0x30 && s <= 0x39) {
                if !current.isEmpty { parts.append(current) }
                current = []
            } else {
                current.append(s)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// The longest part of `token` (at least `minRun` long) that the text contains, forwards
    /// or backwards, reading look-alikes as letters; nil when there is none.
    static func match(_ token: Token, in text: PasswordText) -> [UInt32]? {
        let t = token.scalars
        guard t.count >= token.minRun, text.count >= token.minRun else { return nil }
        // A name part of three characters matches only as itself: reversed or through look-alikes
        // it turns up in random strings.
        let exact = token.minRun <= 3 && !token.isPersonalWord
        return t.withUnsafeBufferPointer { t -> [UInt32]? in
            let chars = text.chars
            // Fast path: does any `minRun`-long piece of the token occur, either way round?
            var found = false
            for j in 0...(t.count - token.minRun) where !found {
                found = occurs(t, from: j, length: token.minRun, in: chars, exact: exact)
            }
            guard found else { return nil }
            // Rare path: find the longest matching part, to name it in the message.
            let forward = longestRun(of: t, in: chars, backwards: false, exact: exact)
            let backward = exact ? (start: 0, length: 0) : longestRun(of: t, in: chars, backwards: true, exact: exact)
            let best = backward.length > forward.length ? backward : forward
            guard best.length >= token.minRun else { return nil }
            return Array(t[best.start..<(best.start + best.length)])
        }
    }

    /// Whether `token[from..<from+length]` occurs in `chars`, forwards or backwards.
    @inline(__always)
    private static func occurs(
        _ token: UnsafeBufferPointer<UInt32>, from j: Int, length: Int, in chars: UnsafeBufferPointer<AnalyzedChar>, exact: Bool
    ) -> Bool {
        let n = chars.count
        guard n >= length else { return false }
        let first = token[j], last = token[j + length - 1]
        for i in 0...(n - length) {
            let c = chars[i]
            if reads(c, first, exact: exact) {
                var k = 1
                while k < length && reads(chars[i + k], token[j + k], exact: exact) { k += 1 }
                if k == length { return true }
            }
            if !exact && reads(c, last, exact: exact) {
                var k = 1
                while k < length && reads(chars[i + k], token[j + length - 1 - k], exact: exact) { k += 1 }
                if k == length { return true }
            }
        }
        return false
    }

    /// The longest run of `token` (read backwards when asked) found in `chars`: where it starts
    /// in the token and how long it is.
    @inline(__always)
    private static func longestRun(
        of token: UnsafeBufferPointer<UInt32>, in chars: UnsafeBufferPointer<AnalyzedChar>, backwards: Bool, exact: Bool
    ) -> (start: Int, length: Int) {
        let n = chars.count, m = token.count
        var best = (start: 0, length: 0)
        for i in 0..<n {
            // No longer run can start here than what is left of the text.
            if n - i <= best.length { break }
            for j in 0..<m {
                var k = 0
                while i + k < n && j + k < m {
                    let c = backwards ? token[m - 1 - (j + k)] : token[j + k]
                    if !reads(chars[i + k], c, exact: exact) { break }
                    k += 1
                }
                if k > best.length { best = (backwards ? m - j - k : j, k) }
            }
        }
        return best
    }

    /// Appends one `username` and one `personal-info` violation at most, naming the parts of
    /// the person's own names that matched.
    func check(_ text: PasswordText, into violations: inout [Violation]) {
        guard !tokens.isEmpty else { return }
        var userParts: [String] = []
        var nameParts: [String] = []
        var words: [String] = []
        for token in tokens {
            guard let part = Self.match(token, in: text) else { continue }
            let shown = String(String.UnicodeScalarView(part.compactMap(Unicode.Scalar.init)))
            switch (token.rule, token.isPersonalWord) {
            case (.username, _): if !userParts.contains(shown) { userParts.append(shown) }
            case (_, true): if !words.contains(shown) { words.append(shown) }
            default: if !nameParts.contains(shown) { nameParts.append(shown) }
            }
        }
        if let longest = userParts.max(by: { $0.count < $1.count }) {
            violations.append(Violation(rule: .username, message: Messages.containsUserName(part: longest, language, audience)))
        }
        if let part = nameParts.max(by: { $0.count < $1.count }) {
            violations.append(Violation(rule: .personalInfo, message: Messages.containsFullName(part: part, language, audience)))
        } else if let word = words.first {
            violations.append(Violation(rule: .personalInfo, message: Messages.containsPersonalWord(word, language)))
        }
    }
}
