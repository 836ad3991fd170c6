extension Messages {
    /// One line for each rule in force under `s`, in the order violations are reported: what
    /// `GET /v1/policy` lists, so a page can show the policy before asking for a password.
    /// `history` says whether `reuse` and `similar` take part (a store is configured).
    public static func ruleDescriptions(_ s: Settings, history: Bool) -> [(rule: RuleID, description: String)] {
        var rules: [(RuleID, String)] = [
            (.encoding, "Text only: no invalid bytes and no control characters."),
            (.maxLength, "At most \(s.maxLength) characters."),
            (.minLength, "At least \(s.minLength) character\(s.minLength == 1 ? "" : "s") (as people count them, not bytes)."),
        ]
        if s.minClasses > 0 || !s.requiredClasses.isEmpty {
            var parts: [String] = []
            if s.minClasses > 0 { parts.append("at least \(s.minClasses) of upper case, lower case, digits and specials") }
            for required in s.requiredClasses { parts.append(requiredName(required)) }
            let text = parts.joined(separator: ", and ")
            rules.append((.charClasses, text.prefix(1).uppercased() + text.dropFirst() + "."))
        }
        switch s.maxRepeat {
        case 0: break
        case 1: rules.append((.repeatedChar, "No character twice in a row."))
        default: rules.append((.repeatedChar, "No more than \(s.maxRepeat) identical characters in a row."))
        }
        if s.userCheck { rules.append((.username, "Not the user name or part of it, reversed or with look-alikes.")) }
        if s.personalCheck { rules.append((.personalInfo, "No part of the person's name and none of the site's personal words.")) }
        if s.dictCheck {
            rules.append((.dictionary, "Not little more than dictionary words, names, places, common passwords, dates or keyboard rows."))
        }
        if history {
            rules.append((.reuse, "Not the current password on another system, nor one of the last \(s.remember) on this one."))
            rules.append((.similar, "Not a small change of one of those."))
        }
        return rules
    }
}
