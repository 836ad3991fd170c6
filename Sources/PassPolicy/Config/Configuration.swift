/// The effective settings and where each came from.
///
/// One documented order, later wins: built-in defaults, then the config file
/// (`/etc/security/passpolicy.conf`, or `--config` / the PAM `config=` option), then its
/// drop-in directory (`FILE.d/*.conf`, in name order), then options on the PAM line, then
/// command-line flags. A `profile = NAME` line applies the profile's settings where it stands.
public struct Configuration: Sendable {
    public struct Origin: Sendable, Equatable, CustomStringConvertible {
        public let source: String
        public let line: Int
        /// When it was applied, counted from 1: later wins, and errors name the later key.
        public let sequence: Int
        /// Set when the value came from the profile that `source:line` named.
        public let profile: String?
        public init(source: String, line: Int, sequence: Int, profile: String? = nil) {
            self.source = source
            self.line = line
            self.sequence = sequence
            self.profile = profile
        }
        public var description: String {
            let place = line > 0 ? "\(source):\(line)" : source
            return profile.map { Messages.originFromProfile(place: place, profile: $0) } ?? place
        }
    }

    public private(set) var settings = Settings()
    /// Where each key that is not at its default was set.
    public private(set) var origins: [String: Origin] = [:]
    /// The config file that was read, if any.
    public private(set) var file: String?
    /// Every file read, in order: the config file, then its drop-ins.
    public private(set) var files: [String] = []
    private var sequence = 0

    public init() {}

    /// Reads the config file at `path`, or the default file when `path` is nil, then the
    /// `*.conf` files of its drop-in directory (`FILE.d`) in name order. A missing default
    /// file means the built-in defaults (its drop-ins still apply); a missing named file is an
    /// error; a missing drop-in directory is none.
    public static func load(path: String?) throws(ConfigError) -> Configuration {
        var configuration = Configuration()
        let target = path ?? Settings.defaultConfigPath
        switch SystemFile.read(target, limit: 1 << 20) {
        case .success(let bytes):
            configuration.file = target
            configuration.files.append(target)
            try configuration.apply(fileContents: bytes, source: target)
        case .failure(let error):
            if !(path == nil && error.errno == ENOENT_) {
                throw ConfigError(source: target, line: 0, key: nil, problem: .unreadable(errno: error.errno))
            }
        }
        try configuration.applyDropIns(of: target)
        try configuration.validate()
        return configuration
    }

    /// Applies `FILE.d/*.conf` in name order.
    mutating func applyDropIns(of file: String) throws(ConfigError) {
        let directory = DropInDirectory.path(for: file)
        let dropIns: [String]
        switch DropInDirectory.files(in: directory) {
        case .success(let found): dropIns = found
        case .failure(let error):
            throw ConfigError(source: directory, line: 0, key: nil, problem: .unreadable(errno: error.errno))
        }
        for dropIn in dropIns {
            switch SystemFile.read(dropIn, limit: 1 << 20) {
            case .success(let bytes):
                files.append(dropIn)
                try apply(fileContents: bytes, source: dropIn)
            case .failure(let error):
                throw ConfigError(source: dropIn, line: 0, key: nil, problem: .unreadable(errno: error.errno))
            }
        }
    }

    /// Applies `key = value` lines; `#` starts a comment, at the start of a line or after a
    /// blank (`minlen = 10   # staff`), so a `#` inside a value (`a#b`) stays. Lines end at
    /// "\n" (a "\r" before it is trimmed like other blanks).
    ///
    /// Works on the bytes and makes strings only of keys and values: the PAM module reads the
    /// file on every password change, and the shipped file is mostly comments, which cost
    /// more to split as Swift text than all the rules cost to run.
    public mutating func apply(fileContents bytes: [UInt8], source: String) throws(ConfigError) {
        // Pass 1 on the raw bytes: the key and value ranges of each setting line.
        var settingLines: [(line: Int, key: Range<Int>, value: Range<Int>?)] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            func blank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
            func trimmed(_ r: Range<Int>) -> Range<Int> {
                var lo = r.lowerBound, hi = r.upperBound
                while lo < hi && blank(base[lo]) { lo += 1 }
                while hi > lo && blank(base[hi - 1]) { hi -= 1 }
                return lo..<hi
            }
            var start = 0, lineNumber = 0
            while start < buffer.count {
                let newline = memchr(base + start, 0x0A, buffer.count - start)
                    .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? buffer.count
                lineNumber += 1
                var end = newline
                // A trailing comment: "#" after a blank ends the line.
                var i = start + 1
                while i < newline {
                    if base[i] == 0x23 && blank(base[i - 1]) { end = i; break }
                    i += 1
                }
                let line = trimmed(start..<end)
                start = newline + 1
                if line.isEmpty || base[line.lowerBound] == 0x23 { continue }  // "#"
                if let eq = memchr(base + line.lowerBound, 0x3D, line.count) {  // "="
                    let e = base.distance(to: eq.assumingMemoryBound(to: UInt8.self))
                    settingLines.append((lineNumber, trimmed(line.lowerBound..<e), trimmed((e + 1)..<line.upperBound)))
                } else {
                    settingLines.append((lineNumber, line, nil))
                }
            }
        }
        // Pass 2: strings only for keys and values.
        for (lineNumber, keyRange, valueRange) in settingLines {
            let key = String(decoding: bytes[keyRange], as: UTF8.self)
            let value = valueRange.map { String(decoding: bytes[$0], as: UTF8.self) } ?? ""
            if key.isEmpty || key.utf8.contains(0x20) || key.utf8.contains(0x09) {
                throw ConfigError(source: source, line: lineNumber, key: key.isEmpty ? nil : key, problem: .malformedLine)
            }
            try set(key, value, source: source, line: lineNumber)
        }
    }

    /// Applies PAM-style arguments (`minlen=10`, `enforce_for_root`). Argument numbers stand
    /// in for line numbers in errors: `numbers[i]` is where `arguments[i]` stands on the PAM
    /// line, counted from 1 (the module takes `config=`, `debug` and `use_authtok` out before
    /// this, so the position in `arguments` alone would be off); without `numbers`, the
    /// position in `arguments`, from 1.
    public mutating func apply(arguments: [String], numbers: [Int]? = nil, source: String = "PAM arguments") throws(ConfigError) {
        for (index, argument) in arguments.enumerated() {
            let number = numbers.flatMap { index < $0.count ? $0[index] : nil } ?? index + 1
            let key: String
            let value: String
            // By bytes: splitting at a Character would run grapheme breaking over every
            // argument on every password change.
            if let eq = argument.utf8.firstIndex(of: 0x3D) {  // "="
                key = String(decoding: argument.utf8[..<eq], as: UTF8.self)
                value = String(decoding: argument.utf8[argument.utf8.index(after: eq)...], as: UTF8.self)
            } else {
                key = argument
                value = ""
            }
            try set(key, value, source: source, line: number)
        }
        try validate()
    }

    /// Sets one key. Unknown keys and bad values are errors naming source, line and key.
    public mutating func set(_ key: String, _ value: String, source: String, line: Int) throws(ConfigError) {
        guard let option = OptionTable.option(named: key) else {
            if let hint = ForeignKeys.hint(for: key) {
                throw ConfigError(source: source, line: line, key: key, problem: .otherToolKey(hint: hint))
            }
            throw ConfigError(source: source, line: line, key: key, problem: .unknownKey)
        }
        // pwquality's dictpath is cracklib's dictionary; here it is the compiled word list.
        if key == "dictpath" && value.contains("cracklib") {
            throw ConfigError(source: source, line: line, key: key, problem: .otherToolKey(hint: Messages.hintCrackLibDictPath))
        }
        do {
            try option.apply(value, to: &settings)
        } catch {
            throw ConfigError(source: source, line: line, key: key, problem: .badValue(error))
        }
        sequence += 1
        origins[key] = Origin(source: source, line: line, sequence: sequence)
        // A profile sets its keys where it stands: each is shown as set by it.
        if key == Profile.key, let profile = Profile.named(value) {
            for (profileKey, _) in profile.settings {
                origins[profileKey] = Origin(source: source, line: line, sequence: sequence, profile: profile.name)
            }
        }
    }

    /// Refuses pairs of values that cannot both hold, naming the later of the two.
    public func validate() throws(ConfigError) {
        let s = settings
        if s.minLength > s.maxLength {
            throw contradiction("minlen", "maxlen", reason: Messages.minlenOverMaxlen(s.minLength, s.maxLength))
        }
        let needed = max(s.minClasses, s.requiredClasses.filter { $0 != .letter }.count)
        if needed > s.minLength {
            throw contradiction("minclass", "minlen", reason: Messages.classesOverMinlen(needed, s.minLength))
        }
        if s.maxAge > 0 && s.warnAge >= s.maxAge {
            throw contradiction("warnage", "maxage", reason: Messages.warnageOverMaxage(s.warnAge, s.maxAge))
        }
    }

    private func contradiction(_ a: String, _ b: String, reason: String) -> ConfigError {
        let oa = origins[a], ob = origins[b]
        // Name the key set last: the one that made the pair impossible.
        let bIsLater = (ob?.sequence ?? 0) > (oa?.sequence ?? 0)
        let (key, other, origin) = bIsLater ? (b, a, ob) : (a, b, oa)
        return ConfigError(source: origin?.source ?? "defaults", line: origin?.line ?? 0, key: key,
                           problem: .contradiction(otherKey: other, reason: reason))
    }
}

#if canImport(Glibc)
import Glibc
let ENOENT_ = ENOENT
#endif
