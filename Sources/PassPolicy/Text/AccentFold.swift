/// Accented Latin letters read as their plain letter: "Siân" is "Sian", "Llŷr" is "Llyr",
/// "Zoë" is "Zoe". Used by the word-list builder, the `dictionary` rule and the name rules, so
/// a name or word typed with or without its accent matches the same way.
public enum AccentFold {
    /// The plain lower-case ASCII letter for an accented Latin letter (either case), or 0.
    @inline(__always)
    public static func plain(_ v: UInt32) -> UInt32 {
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5: return 0x61  // à á â ã ä å
        case 0xC7, 0xE7: return 0x63                // ç
        case 0xC8...0xCB, 0xE8...0xEB: return 0x65  // è é ê ë
        case 0xCC...0xCF, 0xEC...0xEF: return 0x69  // ì í î ï
        case 0xD1, 0xF1: return 0x6E                // ñ
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return 0x6F  // ò ó ô õ ö ø
        case 0xD9...0xDC, 0xF9...0xFC: return 0x75  // ù ú û ü
        case 0xDD, 0xFD, 0xFF, 0x176, 0x177, 0x178: return 0x79  // ý ÿ ŷ Ÿ
        case 0x174, 0x175: return 0x77              // ŵ
        case 0x100...0x105: return 0x61             // ā ă ą
        case 0x106...0x10D: return 0x63             // ć ĉ ċ č
        case 0x112...0x11B: return 0x65             // ē ĕ ė ę ě
        case 0x128...0x131: return 0x69             // ĩ ī ĭ į ı
        case 0x14C...0x151: return 0x6F             // ō ŏ ő
        case 0x168...0x173: return 0x75             // ũ ū ŭ ů ű ų
        case 0x1EF2, 0x1EF3: return 0x79            // ỳ
        case 0x1E80...0x1E85: return 0x77           // ẁ ẃ ẅ
        default: return 0
        }
    }

    /// `text` in lower case with accents removed, as scalars.
    public static func folded(_ text: String) -> [UInt32] {
        text.lowercased().unicodeScalars.map { s in
            let p = plain(s.value)
            return p != 0 ? p : s.value
        }
    }
}
