import CPAM

// The symbols libpam looks up. Only these are exported (see scripts/build-module.sh).

/// Password change. PAM_PRELIM_CHECK succeeds at once; PAM_UPDATE_AUTHTOK runs the check.
@_cdecl("pam_sm_chauthtok")
public func pam_sm_chauthtok(
    _ pamh: OpaquePointer?, _ flags: Int32, _ argc: Int32,
    _ argv: UnsafeMutablePointer<UnsafePointer<CChar>?>?
) -> Int32 {
    guard let pamh else { return PAM_SYSTEM_ERR }
    if flags & pamFlag(PAM_PRELIM_CHECK) != 0 { return PAM_SUCCESS }
    guard flags & pamFlag(PAM_UPDATE_AUTHTOK) != 0 else { return PAM_SERVICE_ERR }
    let change = PasswordChange(pam: PAMHandle(raw: pamh), options: ModuleOptions(argc: argc, argv: argv), flags: flags)
    return change.run()
}

/// libpam's flag macros import as Int32 or UInt32 (0x0020U); the `flags` argument is a C int.
func pamFlag<Flag: BinaryInteger>(_ flag: Flag) -> Int32 { Int32(truncatingIfNeeded: flag) }
