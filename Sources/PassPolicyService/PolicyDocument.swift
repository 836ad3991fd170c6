import PassPolicy
import PassPolicyStore

/// `GET /v1/policy`: every setting in force and one line for each rule, so that a page or a
/// client can show the policy before it asks for a password.
enum PolicyDocument {
    static func render(_ settings: Settings, history: Bool, _ language: Language = .english) -> [UInt8] {
        var out: [UInt8] = []
        out.append(contentsOf: "{\"settings\": {".utf8)
        for (i, option) in OptionTable.all.enumerated() {
            if i > 0 { out.append(contentsOf: ", ".utf8) }
            JSONString.append(option.name, to: &out)
            out.append(contentsOf: ": ".utf8)
            // A postgresql:// URL may carry the database's password: never shown.
            let value = option.value(in: settings)
            JSONString.append(option.name == "store" ? StoreLocation.redacted(value) : value, to: &out)
        }
        out.append(contentsOf: "}, \"rules\": [".utf8)
        for (i, rule) in Messages.ruleDescriptions(settings, history: history, language).enumerated() {
            if i > 0 { out.append(contentsOf: ", ".utf8) }
            out.append(contentsOf: "{\"rule\": ".utf8)
            JSONString.append(rule.rule.rawValue, to: &out)
            out.append(contentsOf: ", \"description\": ".utf8)
            JSONString.append(rule.description, to: &out)
            out.append(0x7D)
        }
        out.append(contentsOf: "]}\n".utf8)
        return out
    }
}
