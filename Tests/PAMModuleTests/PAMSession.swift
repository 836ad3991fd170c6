import CPAM
import Foundation

/// One message libpam's modules sent through the conversation.
struct ConversationMessage: Equatable, CustomStringConvertible {
    enum Style: Equatable { case hiddenPrompt, visiblePrompt, error, info, other(Int32) }
    let style: Style
    let text: String
    var description: String { "\(style): \(text)" }
}

/// What a `pam_chauthtok` run did: its status and every message, in order.
struct ChauthtokResult {
    let status: Int32
    let messages: [ConversationMessage]
    /// Answers the conversation still had when the run ended.
    let unusedAnswers: Int

    var errors: [String] { messages.filter { $0.style == .error }.map(\.text) }
    var infos: [String] { messages.filter { $0.style == .info }.map(\.text) }
    var prompts: [String] { messages.filter { $0.style == .hiddenPrompt || $0.style == .visiblePrompt }.map(\.text) }
    var badPasswordLines: [String] { errors.filter { $0.hasPrefix("BAD PASSWORD: ") } }
}

/// Answers prompts from a list, like a person typing, and records every message.
final class ScriptedConversation {
    var answers: [String]
    var messages: [ConversationMessage] = []

    init(answers: [String]) { self.answers = answers }

    fileprivate func handle(_ style: Int32, _ text: String) -> String?? {
        switch style {
        case PAM_PROMPT_ECHO_OFF, PAM_PROMPT_ECHO_ON:
            messages.append(ConversationMessage(style: style == PAM_PROMPT_ECHO_OFF ? .hiddenPrompt : .visiblePrompt, text: text))
            guard !answers.isEmpty else { return nil }  // no answer left: a conversation error
            return .some(answers.removeFirst())
        case PAM_ERROR_MSG:
            messages.append(ConversationMessage(style: .error, text: text))
        case PAM_TEXT_INFO:
            messages.append(ConversationMessage(style: .info, text: text))
        default:
            messages.append(ConversationMessage(style: .other(style), text: text))
        }
        return .some(nil)
    }
}

/// The conversation function libpam calls: a C function, the context in `appdata`.
private let scriptedConversation: @convention(c) (
    Int32, UnsafeMutablePointer<UnsafePointer<pam_message>?>?,
    UnsafeMutablePointer<UnsafeMutablePointer<pam_response>?>?, UnsafeMutableRawPointer?
) -> Int32 = { count, messages, responses, appdata in
    guard count > 0, let messages, let responses, let appdata else { return PAM_CONV_ERR }
    let conversation = Unmanaged<ScriptedConversation>.fromOpaque(appdata).takeUnretainedValue()
    // libpam frees the replies: they must come from calloc/strdup.
    guard let replies = calloc(Int(count), MemoryLayout<pam_response>.stride)?
        .bindMemory(to: pam_response.self, capacity: Int(count)) else { return PAM_BUF_ERR }
    for index in 0..<Int(count) {
        guard let message = messages[index] else { free(replies); return PAM_CONV_ERR }
        let text = message.pointee.msg.map { String(cString: $0) } ?? ""
        guard let answer = conversation.handle(message.pointee.msg_style, text) else {
            for done in 0..<index { free(replies[done].resp) }
            free(replies)
            return PAM_CONV_ERR
        }
        replies[index].resp = answer.flatMap { strdup($0) }
        replies[index].resp_retcode = 0
    }
    responses.pointee = replies
    return PAM_SUCCESS
}

/// Runs `pam_chauthtok` through the real libpam with a service file written to a temporary
/// folder (`pam_start_confdir`): no change to /etc/pam.d, no root needed.
enum PAMSession {
    static let service = "passpolicy-test"

    /// The module talks to a person only when standard input is a terminal (otherwise it
    /// behaves as under chpasswd: see `PasswordChange`). The tests' process gets a
    /// pseudo-terminal as standard input once, so `pam_chauthtok` here is the interactive
    /// case; the non-interactive one is PAM_SILENT (`flags`) or pamtester fed from a pipe.
    private static let terminalStdin: Bool = {
        // Glibc's pty functions are not imported without _XOPEN_SOURCE: looked up in libc.
        typealias IntToInt = @convention(c) (Int32) -> Int32
        typealias IntToName = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        func libc<T>(_ name: String, as: T.Type) -> T? {
            dlsym(UnsafeMutableRawPointer(bitPattern: 0), name).map { unsafeBitCast($0, to: T.self) }
        }
        guard let openpt = libc("posix_openpt", as: IntToInt.self), let grantpt = libc("grantpt", as: IntToInt.self),
              let unlockpt = libc("unlockpt", as: IntToInt.self), let ptsname = libc("ptsname", as: IntToName.self)
        else { return false }
        let master = openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else { return false }
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { return false }
        dup2(slave, STDIN_FILENO)
        close(slave)
        // The master stays open for the life of the tests: the terminal must not hang up.
        return isatty(STDIN_FILENO) == 1
    }()

    static var interactive: Bool { terminalStdin }

    /// `stack` holds the `password` lines of the service file, e.g.
    /// `["requisite \(module) retry=1", "required pam_permit.so"]`. `flags` go to
    /// pam_chauthtok (PAM_SILENT: no terminal conversation); `endFlags` are or-ed into
    /// pam_end's status (PAM_DATA_SILENT: a quiet copy of the handle).
    static func chauthtok(user: String, stack: [String], answers: [String],
                          flags: Int32 = 0, endFlags: Int32 = 0) throws -> ChauthtokResult {
        _ = terminalStdin
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("passpolicy-pam-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = stack.map { "password \($0)\n" }.joined()
        try file.write(to: folder.appendingPathComponent(service), atomically: true, encoding: .utf8)

        let conversation = ScriptedConversation(answers: answers)
        let context = Unmanaged.passRetained(conversation)
        defer { context.release() }
        var conv = pam_conv(conv: scriptedConversation, appdata_ptr: context.toOpaque())
        var handle: OpaquePointer?
        let started = pam_start_confdir(service, user, &conv, folder.path, &handle)
        guard started == PAM_SUCCESS, let handle else {
            throw PAMStartError(status: started)
        }
        let status = pam_chauthtok(handle, flags)
        pam_end(handle, status | endFlags)
        return ChauthtokResult(status: status, messages: conversation.messages,
                               unusedAnswers: conversation.answers.count)
    }

    struct PAMStartError: Error { let status: Int32 }
}
