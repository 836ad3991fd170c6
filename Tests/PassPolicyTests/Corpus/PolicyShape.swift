/// The composition every corpus entry must already pass: at least 8 characters, 3 of the
/// 4 classes, no character twice in a row.
enum PolicyShape {
    static func passes(_ s: String) -> Bool {
        let scalars = Array(s.unicodeScalars)
        guard scalars.count >= 8 else { return false }
        var upper = false, lower = false, digit = false, special = false
        for (i, c) in scalars.enumerated() {
            if i > 0 && scalars[i - 1] == c { return false }
            switch c.value {
            case 0x41...0x5A: upper = true
            case 0x61...0x7A: lower = true
            case 0x30...0x39: digit = true
            default: special = true
            }
        }
        return [upper, lower, digit, special].filter { $0 }.count >= 3
    }
}
