/// The stable identifier of every rule. These strings appear in JSON output and in tests:
/// never rename one.
public enum RuleID: String, Sendable, CaseIterable, Codable {
    case encoding = "encoding"
    case maxLength = "max-length"
    case minLength = "min-length"
    case charClasses = "char-classes"
    case repeatedChar = "repeated-char"
    case username = "username"
    case personalInfo = "personal-info"
    case dictionary = "dictionary"
    case reuse = "reuse"
    case similar = "similar"
}

/// One broken rule: its id and a message for the person choosing the password.
/// A message never contains the password or any part of it.
public struct Violation: Sendable, Equatable {
    public let rule: RuleID
    public let message: String

    public init(rule: RuleID, message: String) {
        self.rule = rule
        self.message = message
    }
}

/// The outcome of checking one candidate: every rule it breaks, in a fixed order.
public struct Verdict: Sendable, Equatable {
    public var violations: [Violation]

    public init(violations: [Violation] = []) {
        self.violations = violations
    }

    public var accepted: Bool { violations.isEmpty }

    public func breaks(_ rule: RuleID) -> Bool {
        violations.contains { $0.rule == rule }
    }
}
