/// An Argon2id hash string in the PHC string format:
/// `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`, salt and hash in unpadded standard Base64.
/// The parameters travel with every entry, so they can be raised later: old entries keep
/// theirs and are still checked.
public struct PHCString: Sendable, Equatable {
    public var parameters: KDFParameters
    public var salt: [UInt8]
    public var hash: [UInt8]

    public init(parameters: KDFParameters, salt: [UInt8], hash: [UInt8]) {
        self.parameters = parameters
        self.salt = salt
        self.hash = hash
    }

    public var encoded: String {
        "$argon2id$v=19$m=\(parameters.memoryKiB),t=\(parameters.iterations),p=\(parameters.parallelism)$"
            + Base64.encode(salt) + "$" + Base64.encode(hash)
    }

    /// Parses a stored string; nil when it is not an Argon2id v19 string with accepted
    /// parameters (see `KDFParameters.isAccepted`).
    public init?(parsing text: String) {
        let fields = text.split(separator: "$", omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0].isEmpty, fields[1] == "argon2id", fields[2] == "v=19" else { return nil }
        let params = fields[3].split(separator: ",", omittingEmptySubsequences: false)
        guard params.count == 3,
              let m = Self.value(params[0], "m="), let t = Self.value(params[1], "t="),
              let p = Self.value(params[2], "p=")
        else { return nil }
        let parameters = KDFParameters(memoryKiB: m, iterations: t, parallelism: p)
        guard parameters.isAccepted,
              let salt = Base64.decode(fields[4]), salt.count >= 8, salt.count <= 64,
              let hash = Base64.decode(fields[5]), hash.count >= 16, hash.count <= 64
        else { return nil }
        self.init(parameters: parameters, salt: salt, hash: hash)
    }

    private static func value(_ field: Substring, _ prefix: String) -> UInt32? {
        guard field.hasPrefix(prefix) else { return nil }
        let digits = field.dropFirst(prefix.count)
        guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return UInt32(digits)
    }
}

/// Standard Base64 without padding, as the PHC string format uses it.
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 4 + 2) / 3)
        var i = 0
        while i + 3 <= bytes.count {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            for shift in [18, 12, 6, 0] as [UInt32] { out.append(alphabet[Int((n >> shift) & 63)]) }
            i += 3
        }
        let rest = bytes.count - i
        if rest == 1 {
            let n = UInt32(bytes[i]) << 16
            out.append(alphabet[Int((n >> 18) & 63)])
            out.append(alphabet[Int((n >> 12) & 63)])
        } else if rest == 2 {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8
            out.append(alphabet[Int((n >> 18) & 63)])
            out.append(alphabet[Int((n >> 12) & 63)])
            out.append(alphabet[Int((n >> 6) & 63)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The URL-safe alphabet (RFC 4648 §5: '-' and '_' for '+' and '/'), without padding, as
    /// bytes: for tokens, which go into headers and files.
    public static func encodeURLSafe(_ bytes: [UInt8]) -> [UInt8] {
        encode(bytes).utf8.map { $0 == 0x2B ? 0x2D : $0 == 0x2F ? 0x5F : $0 }
    }

    /// The bytes, or nil when `text` holds a character outside the alphabet, padding, or a
    /// length no encoder produces.
    public static func decode<S: StringProtocol>(_ text: S) -> [UInt8]? {
        var out: [UInt8] = []
        var acc: UInt32 = 0
        var bits = 0
        var count = 0
        for c in text.utf8 {
            let v: UInt32
            switch c {
            case 0x41...0x5A: v = UInt32(c - 0x41)
            case 0x61...0x7A: v = UInt32(c - 0x61 + 26)
            case 0x30...0x39: v = UInt32(c - 0x30 + 52)
            case 0x2B: v = 62
            case 0x2F: v = 63
            default: return nil
            }
            acc = (acc << 6) | v
            bits += 6
            count += 1
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: acc >> UInt32(bits)))
                acc &= (1 << UInt32(bits)) - 1
            }
        }
        if count % 4 == 1 || acc != 0 { return nil }
        return out
    }
}
