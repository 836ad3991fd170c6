/// Length, classes and repeats: the rules that look only at the characters themselves.
enum CompositionRules {
    static func check(_ text: PasswordText, _ s: Settings, into violations: inout [Violation]) {
        let count = text.count
        if count < s.minLength {
            violations.append(Violation(rule: .minLength, message: Messages.tooShort(count: count, min: s.minLength)))
        }

        let present = text.classes
        let missingRequired = s.requiredClasses.filter { !$0.isSatisfied(by: present) }
        if present.count < s.minClasses || !missingRequired.isEmpty {
            let message: String
            if present.count < s.minClasses {
                let missing = CharacterClass.allCases.filter { !present.contains(ClassSet($0)) }
                message = Messages.tooFewClasses(present: present.count, needed: s.minClasses, missing: missing)
            } else {
                message = missingRequired.map(Messages.missingRequired).joined(separator: " ")
            }
            violations.append(Violation(rule: .charClasses, message: message))
        }

        if s.maxRepeat > 0 && longestRun(text) > s.maxRepeat {
            violations.append(Violation(rule: .repeatedChar, message: Messages.repeated(max: s.maxRepeat)))
        }
    }

    /// The longest run of identical characters.
    static func longestRun(_ text: PasswordText) -> Int {
        guard text.count > 0 else { return 0 }
        var longest = 1, run = 1
        for i in 1..<text.count {
            run = text.same(i, i - 1) ? run + 1 : 1
            if run > longest { longest = run }
        }
        return longest
    }
}
