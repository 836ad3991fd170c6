import Testing
@testable import PassPolicy

@Suite struct CompositionTests {
    let checker = PolicyChecker(settings: Settings(), wordList: nil)

    func rules(_ password: String, _ context: CheckContext = CheckContext()) -> [RuleID] {
        checker.check(Array(password.utf8), context: context).violations.map(\.rule)
    }

    @Test func countsCharactersNotBytes() {
        #expect(rules("Ñañé£ü2").contains(.minLength))
        #expect(!rules("Zürich1!x").contains(.minLength))
    }
}
