import CArgon2
import Glibc
import PassPolicy

/// An error code of libargon2, as a Swift error.
public enum Argon2Error: Error, Sendable, Equatable, CustomStringConvertible {
    case memoryAllocation
    case saltTooShort
    case outputTooShort
    case badParameters(code: Int32, message: String)
    case other(code: Int32, message: String)
    /// libargon2 could not be loaded (or lacks a function): `message` says which and why.
    case libraryUnavailable(message: String)

    init(code: Int32) {
        switch code {
        case ARGON2_MEMORY_ALLOCATION_ERROR.rawValue: self = .memoryAllocation
        case ARGON2_SALT_TOO_SHORT.rawValue: self = .saltTooShort
        case ARGON2_OUTPUT_TOO_SHORT.rawValue: self = .outputTooShort
        case ARGON2_MEMORY_TOO_LITTLE.rawValue, ARGON2_MEMORY_TOO_MUCH.rawValue, ARGON2_TIME_TOO_SMALL.rawValue,
             ARGON2_TIME_TOO_LARGE.rawValue, ARGON2_LANES_TOO_FEW.rawValue, ARGON2_LANES_TOO_MANY.rawValue,
             ARGON2_THREADS_TOO_FEW.rawValue, ARGON2_THREADS_TOO_MANY.rawValue:
            self = .badParameters(code: code, message: Self.message(code))
        default: self = .other(code: code, message: Self.message(code))
        }
    }

    static func message(_ code: Int32) -> String {
        guard case .success(let argon2) = LibArgon2.shared, let text = argon2.errorMessage(code) else { return "error \(code)" }
        return String(cString: text)
    }

    public var description: String {
        switch self {
        case .memoryAllocation: return "Argon2: " + Self.message(ARGON2_MEMORY_ALLOCATION_ERROR.rawValue)
        case .saltTooShort: return "Argon2: " + Self.message(ARGON2_SALT_TOO_SHORT.rawValue)
        case .outputTooShort: return "Argon2: " + Self.message(ARGON2_OUTPUT_TOO_SHORT.rawValue)
        case .badParameters(_, let message), .other(_, let message): return "Argon2: " + message
        case .libraryUnavailable(let message): return "Argon2: " + message
        }
    }
}

/// libargon2, loaded with dlopen on the first hash rather than linked (as libpq and
/// libsqlite3 are): only a password change with a history store hashes, so the logins and
/// checks without one should not pay for loading it. CArgon2 gives the types and constants only.
struct LibArgon2: @unchecked Sendable {
    let ctx: @convention(c) (UnsafeMutablePointer<argon2_context>?, argon2_type) -> Int32
    let errorMessage: @convention(c) (Int32) -> UnsafePointer<CChar>?

    static let soname = "libargon2.so.1"
    /// Loaded once, on first use (a Swift global is initialised lazily and thread-safely).
    static let shared: Result<LibArgon2, Argon2Error> = load(soname)

    /// `soname` is a parameter only so that a test can ask for a library that is not there.
    static func load(_ soname: String) -> Result<LibArgon2, Argon2Error> {
        guard let handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "not found"
            return .failure(.libraryUnavailable(message: "\(soname) cannot be loaded (\(reason)); install libargon2-1"))
        }
        func symbol<T>(_ name: String, as type: T.Type) throws(Argon2Error) -> T {
            guard let pointer = dlsym(handle, name) else {
                throw .libraryUnavailable(message: "\(soname) has no \(name)")
            }
            return unsafeBitCast(pointer, to: type)
        }
        do throws(Argon2Error) {
            return .success(LibArgon2(
                ctx: try symbol("argon2_ctx", as: (@convention(c) (UnsafeMutablePointer<argon2_context>?, argon2_type) -> Int32).self),
                errorMessage: try symbol("argon2_error_message", as: (@convention(c) (Int32) -> UnsafePointer<CChar>?).self)))
        } catch {
            return .failure(error)
        }
    }
}

/// Argon2id (version 0x13) with libargon2: the only file that calls it.
public struct Argon2Hasher: PasswordHasher {
    public init() {}

    /// Raw Argon2id through `argon2_ctx`, which (unlike `argon2id_hash_raw`) takes the
    /// pepper as Argon2's secret input. Single-threaded: `passwd` stays one thread.
    /// libargon2 is loaded on the first call; if it cannot be, `.libraryUnavailable`.
    public static func hash(password: UnsafeBufferPointer<UInt8>, salt: [UInt8], secret: [UInt8],
                            parameters: KDFParameters, length: Int) throws(Argon2Error) -> [UInt8] {
        var secret = secret
        defer { secureWipe(&secret) }
        let argon2 = try LibArgon2.shared.get()
        var out = [UInt8](repeating: 0, count: length)
        var salt = salt
        let rc: Int32 = out.withUnsafeMutableBufferPointer { outBuf in
            salt.withUnsafeMutableBufferPointer { saltBuf in
                secret.withUnsafeMutableBufferPointer { secretBuf in
                    var context = argon2_context()
                    context.out = outBuf.baseAddress
                    context.outlen = UInt32(truncatingIfNeeded: outBuf.count)
                    context.pwd = password.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
                    context.pwdlen = UInt32(truncatingIfNeeded: password.count)
                    context.salt = saltBuf.baseAddress
                    context.saltlen = UInt32(truncatingIfNeeded: saltBuf.count)
                    context.secret = secretBuf.count > 0 ? secretBuf.baseAddress : nil
                    context.secretlen = UInt32(truncatingIfNeeded: secretBuf.count)
                    context.ad = nil
                    context.adlen = 0
                    context.t_cost = parameters.iterations
                    context.m_cost = parameters.memoryKiB
                    context.lanes = parameters.parallelism
                    context.threads = 1
                    context.version = UInt32(ARGON2_VERSION_13.rawValue)
                    context.allocate_cbk = nil
                    context.free_cbk = nil
                    context.flags = 0  // ARGON2_DEFAULT_FLAGS: the password buffer is the caller's to wipe
                    return argon2.ctx(&context, Argon2_id)
                }
            }
        }
        guard rc == ARGON2_OK.rawValue else {
            secureWipe(&out)
            throw Argon2Error(code: rc)
        }
        return out
    }

    public func deriveKey(from password: UnsafeBufferPointer<UInt8>, salt: [UInt8], pepper: [UInt8],
                          parameters: KDFParameters) throws(HistoryError) -> [UInt8] {
        guard password.count <= Int(UInt32.max) else { throw .hashing("password too long") }
        do {
            return try Self.hash(password: password, salt: salt, secret: pepper, parameters: parameters,
                                 length: HistoryTags.keyLength)
        } catch {
            throw .hashing(error.description)
        }
    }
}
