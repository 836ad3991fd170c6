/// Random passwords that meet the composition rules: printable ASCII, 10–16 characters,
/// at least 3 classes, no character twice in a row. None of them may be called weak.
enum RandomCorpus {
    static func make(count: Int, seed: UInt64) -> [String] {
        var rng = SeededRandom(seed: seed)
        var out: [String] = []
        out.reserveCapacity(count)
        while out.count < count {
            let length = Int.random(in: 10...16, using: &rng)
            var s = ""
            for _ in 0..<length {
                s.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &rng)))
            }
            if PolicyShape.passes(s) { out.append(s) }
        }
        return out
    }
}
