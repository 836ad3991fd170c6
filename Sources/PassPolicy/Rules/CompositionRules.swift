/// Length, classes and repeats: the rules that look only at the characters themselves.
///
/// Holds just the settings these rules read, taken once: the checker passing its whole
/// `Settings` for every candidate cost a copy of it each time.
struct CompositionRules {
    let minLength: Int
    let minClasses: Int
    let requiredClasses: [RequiredClass]
    let maxRepeat: Int

    init(_ s: Settings) {
        minLength = s.minLength
        minClasses = s.minClasses
        requiredClasses = s.requiredClasses
        maxRepeat = s.maxRepeat
    }

    /// Where the first run of more than `maxRepeat` identical characters starts (0-based).
    func firstRun(_ text: PasswordText) -> Int {
        let chars = text.chars, scalars = text.scalars
        var start = 0
        for i in 0..<chars.count {
            if i > 0 && PasswordText.same(chars[i], chars[i - 1], scalars: scalars) {
                if i - start + 1 > maxRepeat { return start }
            } else {
                start = i
            }
        }
        return 0
    }

    func check(_ text: PasswordText, language l: Language, into violations: inout [Violation]) {
        let count = text.count
        if count < minLength {
            violations.append(Violation(rule: .minLength, message: Messages.tooShort(count: count, min: minLength, l)))
        }

        let present = text.classes
        let missesRequired = requiredClasses.contains { !$0.isSatisfied(by: present) }
        if present.count < minClasses || missesRequired {
            let message: String
            if present.count < minClasses {
                let missing = CharacterClass.allCases.filter { !present.contains(ClassSet($0)) }
                message = Messages.tooFewClasses(present: present.count, needed: minClasses, missing: missing, l)
            } else {
                message = requiredClasses.filter { !$0.isSatisfied(by: present) }
                    .map { Messages.missingRequired($0, l) }.joined(separator: " ")
            }
            violations.append(Violation(rule: .charClasses, message: message))
        }

        if maxRepeat > 0 && text.longestRun > maxRepeat {
            violations.append(Violation(rule: .repeatedChar, message: Messages.repeated(max: maxRepeat, position: firstRun(text) + 1, l)))
        }
    }
}
