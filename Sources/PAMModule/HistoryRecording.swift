#if canImport(Glibc)
import Glibc
#endif
import CPAM
import PassPolicy
import PassPolicyStore

/// Records an accepted password in the shared history only once the change has happened.
///
/// The module cannot know, when it accepts a password, whether pam_unix will then succeed.
/// So it leaves a `RecordRequest` with libpam (`pam_set_data`); libpam calls its cleanup at
/// `pam_end` with the application's final status — `passwd`, `login` and `sshd` pass the result
/// of `pam_chauthtok` — and only a PAM_SUCCESS there records. The request holds its own copy
/// of the password, wiped when it is released, whatever the outcome.
final class RecordRequest {
    let secret: Secret
    let settings: Settings
    let user: String
    let system: String
    let debug: Bool

    init(secret: Secret, settings: Settings, user: String, system: String, debug: Bool) {
        self.secret = secret
        self.settings = settings
        self.user = user
        self.system = system
        self.debug = debug
    }

    static let dataName = "passpolicy-history-record"

    /// Leaves the request with libpam; a failure is logged (the change itself goes on), and
    /// the reference libpam did not take is given back, so the request and its secret are
    /// wiped and freed now rather than never.
    static func leave(_ request: RecordRequest, with pam: PAMHandle) {
        let retained = Unmanaged.passRetained(request)
        let status = pam.setData(dataName, retained.toOpaque(), cleanup: recordCleanup)
        if status != PAM_SUCCESS {
            retained.release()
            pam.log(LOG_ERR, Messages.pamHistoryNotRecorded("pam_set_data: \(status)"))
        }
    }

    /// Called from libpam's cleanup: records when the change succeeded.
    ///
    /// PAM_DATA_SILENT marks a process that ends its copy of the handle quietly, typically
    /// one of two after a fork (su, login, a display manager's worker): pam_end(3) asks for
    /// no messages then. Such a copy may already run as the user, who cannot open the store,
    /// while the other copy records the change; so a failure there is logged only with
    /// `debug`, and never as "not recorded" — that line is kept for a change that was lost.
    func finish(pam: PAMHandle, status: Int32, debug: Bool) {
        let replaced = status & pamFlag(PAM_DATA_REPLACE) != 0
        let quiet = status & pamFlag(PAM_DATA_SILENT) != 0
        let outcome = status & ~(pamFlag(PAM_DATA_REPLACE) | pamFlag(PAM_DATA_SILENT))
        guard !replaced, outcome == PAM_SUCCESS else { return }
        do {
            guard let service = try HistoryGate.forRecording(settings) else { return }
            try service.record(password: secret.bytes, user: user, system: system)
        } catch {
            if !quiet {
                pam.log(LOG_ERR, Messages.pamHistoryNotRecorded(error.description))
            } else if debug {
                pam.log(LOG_DEBUG, Messages.pamDebugQuietRecordFailed(error.description))
            }
        }
    }
}

/// libpam's cleanup for a `RecordRequest` (a C function: no captures).
private let recordCleanup: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?, Int32) -> Void = { pamh, data, status in
    guard let data else { return }
    let request = Unmanaged<RecordRequest>.fromOpaque(data).takeRetainedValue()
    if let pamh { request.finish(pam: PAMHandle(raw: pamh), status: status, debug: request.debug) }
}
