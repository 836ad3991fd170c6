import PassPolicy
import PassPolicyPlatform

/// Weak passwords as people make them, from the real Debian lists: a word, name, place or
/// common password, decorated with capitals, look-alikes, digits or years and symbols at
/// either end; joiners ("Big", "My", "I<3"); two words joined; reversed words; keyboard
/// walks; month-and-year dates. Only entries that pass the composition rules are kept.
struct WeakCorpus {
    struct Lists {
        var words: [String] = []
        var names: [String] = []
        var surnames: [String] = []
        var places: [String] = []
        var passwords: [String] = []
    }

    static func loadLists() throws -> Lists {
        var lists = Lists()
        func lines(_ path: String) throws -> [String] {
            String(decoding: try Zlib.readAll(path), as: UTF8.self).split(separator: "\n").map(String.init)
        }
        func plain(_ w: String, _ range: ClosedRange<Int>) -> Bool {
            range.contains(w.count) && w.unicodeScalars.allSatisfy { $0.value < 0x80 && $0.properties.isAlphabetic }
        }
        lists.words = try lines("/usr/share/dict/american-english").filter { plain($0, 4...11) && $0.first?.isLowercase == true }
        lists.names = try lines("/usr/share/dict/propernames.gz").filter { plain($0, 3...10) }
        lists.places = try String(decoding: Zlib.readAll("/usr/share/misc/cities.dat.gz"), as: UTF8.self)
            .split(separator: "\n").filter { $0.hasPrefix("Name") }
            .compactMap { $0.split(separator: ":").last.map { String($0.drop(while: { $0 == " " })) } }
            .filter { plain($0, 4...11) }
        lists.surnames = try lines("/usr/share/dict/american-english").filter { plain($0, 4...10) && $0.first?.isUppercase == true }
        lists.passwords = try lines("/usr/share/john/password.lst").filter { !$0.hasPrefix("#!") && plain($0, 5...10) }
        return lists
    }

    static let joiners = ["Big", "My", "The", "I<3", "Mr", "big", "my", "the", "i", "I", "Mrs", "Love", "Ilove", "ILove", "Old", "Lil"]
    static let walks = ["qwerty", "Qwerty", "QWERTY", "asdfgh", "Asdfgh", "zxcvbn", "Zxcvbn", "1qaz2wsx", "1qaz2WSX", "1QAZ2wsx",
                        "qazwsx", "Qazwsx", "1q2w3e4r", "1Q2W3E4R", "!QAZ2wsx", "qwertz", "asdfghjk", "Qwer1234", "qweasd",
                        "poiuyt", "Poiuyt", "mnbvcx", "zaq1xsw2", "ZAQ!xsw2", "1qazxsw2", "Asdf1234", "abcdef", "Abcdefg"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                         "January", "February", "March", "April", "June", "July", "August", "September", "October",
                         "November", "December", "Summer", "Winter", "Monday", "Friday"]
    static let symbols = Array("!@#$%^&*?.-_+=~")
    static let leet: [Character: [Character]] = ["a": ["@", "4"], "e": ["3"], "i": ["1", "!"], "o": ["0"], "s": ["$", "5"],
                                                 "t": ["7"], "l": ["1"], "g": ["9"], "b": ["8"]]

    let lists: Lists

    func make(count: Int, seed: UInt64) -> [String] {
        var rng = SeededRandom(seed: seed)
        var out: [String] = []
        while out.count < count {
            let candidate = one(&rng)
            if PolicyShape.passes(candidate) { out.append(candidate) }
        }
        return out
    }

    func pick(_ list: [String], _ rng: inout SeededRandom) -> String {
        list[Int.random(in: 0..<list.count, using: &rng)]
    }

    func capitalise(_ w: String, _ rng: inout SeededRandom) -> String {
        let lower = w.lowercased()
        switch Int.random(in: 0..<20, using: &rng) {
        case 0..<6: return lower
        case 6..<17: return lower.prefix(1).uppercased() + lower.dropFirst()
        default: return lower.uppercased()
        }
    }

    func leetify(_ w: String, _ rng: inout SeededRandom) -> String {
        var s = ""
        let all = Bool.random(using: &rng)
        for ch in w {
            let lower = Character(ch.lowercased())
            if let subs = Self.leet[lower], all || Int.random(in: 0..<3, using: &rng) == 0 {
                s.append(subs[Int.random(in: 0..<subs.count, using: &rng)])
            } else {
                s.append(ch)
            }
        }
        return s
    }

    func digits(_ rng: inout SeededRandom) -> String {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0..<3: return String(Int.random(in: 1950...2030, using: &rng))
        case 3..<5: return String(Int.random(in: 0...9, using: &rng))
        case 5..<7: return String(Int.random(in: 10...99, using: &rng))
        case 7: return ["123", "1234", "321", "007", "69", "01"][Int.random(in: 0..<6, using: &rng)]
        default: return String(Int.random(in: 100...9999, using: &rng))
        }
    }

    func symbol(_ rng: inout SeededRandom) -> String {
        let n = Int.random(in: 1...2, using: &rng)
        return String((0..<n).map { _ in Self.symbols[Int.random(in: 0..<Self.symbols.count, using: &rng)] })
    }

    func base(_ rng: inout SeededRandom) -> String {
        switch Int.random(in: 0..<100, using: &rng) {
        case 0..<30: return pick(lists.words, &rng)
        case 30..<45: return pick(lists.names, &rng)
        case 45..<55: return pick(lists.surnames, &rng)
        case 55..<62: return pick(lists.places, &rng)
        default: return pick(lists.passwords, &rng)
        }
    }

    /// One decorated weak password.
    func one(_ rng: inout SeededRandom) -> String {
        let family = Int.random(in: 0..<100, using: &rng)
        var core: String
        switch family {
        case 0..<55:
            core = capitalise(base(&rng), &rng)
        case 55..<70:
            core = capitalise(pick(lists.words, &rng), &rng) + capitalise(pick(lists.words, &rng), &rng)
        case 70..<80:
            core = Self.joiners[Int.random(in: 0..<Self.joiners.count, using: &rng)] + capitalise(base(&rng), &rng)
        case 80..<86:
            core = String(capitalise(base(&rng), &rng).reversed())
        case 86..<93:
            core = Self.walks[Int.random(in: 0..<Self.walks.count, using: &rng)]
        default:
            let month = Self.months[Int.random(in: 0..<Self.months.count, using: &rng)]
            let year = String(Int.random(in: 1990...2030, using: &rng))
            let tail = Bool.random(using: &rng) ? symbol(&rng) : symbol(&rng) + String(Character(Unicode.Scalar(UInt8.random(in: 0x61...0x7A, using: &rng))))
            return (Bool.random(using: &rng) ? month : month.uppercased()) + year + tail
        }
        if family < 86 && Int.random(in: 0..<4, using: &rng) == 0 { core = leetify(core, &rng) }
        var s = core
        switch Int.random(in: 0..<10, using: &rng) {
        case 0..<4: s = s + digits(&rng) + symbol(&rng)
        case 4..<6: s = s + symbol(&rng) + digits(&rng)
        case 6..<7: s = symbol(&rng) + s + digits(&rng)
        case 7..<8: s = digits(&rng) + s + symbol(&rng)
        case 8: s = symbol(&rng) + s + symbol(&rng) + digits(&rng)
        default: s = s + digits(&rng)
        }
        return s
    }
}
