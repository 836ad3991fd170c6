@testable import PassPolicy

/// Password decoding and the whole checker: every rule, with the user name, full name and
/// personal words taken from the input, the dictionary rule on the small fuzz word list, and
/// `reuse`/`similar` against an in-memory history.
///
/// Input: a settings byte, then user, full name, personal words (comma-separated) and the
/// password, separated by NUL (the password is the rest, NULs and all).

/// A cheap stand-in for Argon2 (the history's logic is under test, not the KDF).
struct FuzzHasher: PasswordHasher {
    func deriveKey(from password: UnsafeBufferPointer<UInt8>, salt: [UInt8], pepper: [UInt8],
                   parameters: KDFParameters) throws(HistoryError) -> [UInt8] {
        HMACSHA256.mac(key: salt + pepper, password)
    }
}

/// Settings varied by one byte: lengths, classes, repeats, required classes.
func settings(_ b: UInt8) -> Settings {
    var s = Settings()
    s.minLength = Int(b & 0x0F) + 4
    s.maxLength = b & 0x10 != 0 ? 24 : 256
    s.minClasses = Int((b >> 5) & 0x03) + 1
    s.maxRepeat = Int(b >> 7) * 2
    s.requiredClasses = b & 0x40 != 0 ? [.letter, .digit] : []
    s.personalWords = []
    return s
}

nonisolated(unsafe) var checkers: [UInt8: PolicyChecker] = [:]

let history: HistoryService = {
    let service = HistoryService(store: InMemoryHistoryStore(), hasher: FuzzHasher(), remember: 3)
    do {
        try service.record(password: Array("Autumn2024!".utf8), user: "alice", system: "a", at: 1)
    } catch {
        require(false, "recording the fuzz history: \(error)")
    }
    return service
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let flags = input.byte()
    let user = input.text()
    let fullName = input.text()
    let personal = input.text().split(separator: ",").map(String.init)
    let password = Array(input.rest)

    let s = settings(flags)
    let checker = checkers[flags] ?? PolicyChecker(settings: s, wordList: FuzzWords.list)
    checkers[flags] = checker
    let context = CheckContext(userName: user.isEmpty ? nil : user, fullName: fullName.isEmpty ? nil : fullName,
                               personalWords: personal)
    let verdict = checker.check(password, context: context)
    require(checker.check(password, context: context) == verdict, "the same candidate got two verdicts")
    require(verdict.accepted == verdict.violations.isEmpty, "accepted with violations")
    let rules = verdict.violations.map(\.rule)
    require(Set(rules).count == rules.count, "a rule reported twice: \(rules)")

    // Decoding alone, with a cap from the input.
    let text = PasswordText()
    let cap = Int(flags)
    password.withUnsafeBufferPointer { text.load($0, cap: cap) }
    require(text.count <= cap, "decoded \(text.count) characters past the cap \(cap)")
    // Too long for maxlen is too long for any smaller cap.
    require(text.overCap || !rules.contains(.maxLength) || cap > s.maxLength, "max-length without over-cap")
    text.wipe()

    // The history: "alice" changed to "Autumn2024!" on system a; an empty user name checks
    // the candidate against that (reuse, similar), any other name an empty history (and the
    // name's validation). One service for the whole run: recording per input cost more than
    // all the rules.
    do {
        let found = try history.violations(for: password, user: user.isEmpty ? "alice" : user, system: "b")
        require(found.count <= 1, "both reuse and similar")
        if user.isEmpty && password == Array("Autumn2024!".utf8) { require(found.map(\.rule) == [.reuse], "reuse not found") }
    } catch {
        // Invalid user names are refused; that is all.
        require(error == .invalidName(field: "user"), "history: \(error)")
    }
    return 0
}
