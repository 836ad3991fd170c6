extension Messages {
    /// One line for each rule in force under `s`, in the order violations are reported: what
    /// `GET /v1/policy` lists, so a page can show the policy before asking for a password.
    /// `history` says whether `reuse` and `similar` take part (a store is configured).
    public static func ruleDescriptions(_ s: Settings, history: Bool, _ l: Language = .english) -> [(rule: RuleID, description: String)] {
        var rules: [(RuleID, String)] = [
            // TRANSLATORS: GET /v1/policy, the rule `encoding` (a policy page lists these lines).
            (.encoding, l.tr("Text only: no invalid bytes and no control characters.")),
            // TRANSLATORS: GET /v1/policy, the rule `max-length`.
            (.maxLength, l.trn("At most {max} character.", "At most {max} characters.", s.maxLength, ["max": s.maxLength])),
            // TRANSLATORS: GET /v1/policy, the rule `min-length`.
            (.minLength, l.trn("At least {min} character (as people count them, not bytes).",
                               "At least {min} characters (as people count them, not bytes).", s.minLength, ["min": s.minLength])),
        ]
        if s.minClasses > 0 || !s.requiredClasses.isEmpty {
            var sentences: [String] = []
            if s.minClasses > 0 {
                // TRANSLATORS: GET /v1/policy, the rule `char-classes`; {count} of the 4 kinds.
                sentences.append(l.tr("At least {count} of the 4 kinds: upper case, lower case, digits and symbols.", ["count": s.minClasses]))
            }
            for required in s.requiredClasses { sentences.append(missingRequired(required, l)) }
            rules.append((.charClasses, sentences.joined(separator: " ")))
        }
        switch s.maxRepeat {
        case 0: break
        // TRANSLATORS: GET /v1/policy, the rule `repeated-char` (maxrepeat = 1).
        case 1: rules.append((.repeatedChar, l.tr("No character twice in a row.")))
        // TRANSLATORS: GET /v1/policy, the rule `repeated-char`; {max} is 2 or more.
        default: rules.append((.repeatedChar, l.tr("No more than {max} identical characters in a row.", ["max": s.maxRepeat])))
        }
        if s.userCheck {
            // TRANSLATORS: GET /v1/policy, the rule `username`.
            rules.append((.username, l.tr("Not the user name or part of it, reversed or with look-alikes.")))
        }
        if s.personalCheck {
            // TRANSLATORS: GET /v1/policy, the rule `personal-info`.
            rules.append((.personalInfo, l.tr("No part of the person's name and none of the site's personal words.")))
        }
        if s.dictCheck {
            // TRANSLATORS: GET /v1/policy, the rule `dictionary`.
            rules.append((.dictionary, l.tr("Not little more than dictionary words, names, places, common passwords, dates or keyboard rows.")))
        }
        if history {
            // TRANSLATORS: GET /v1/policy, the rule `reuse`; {count} is `remember`.
            rules.append((.reuse, l.tr("Not the current password on another system, nor one of the last {count} on this one.", ["count": s.remember])))
            // TRANSLATORS: GET /v1/policy, the rule `similar`, after the line of `reuse`.
            rules.append((.similar, l.tr("Not a small change of one of those.")))
        }
        return rules
    }
}
