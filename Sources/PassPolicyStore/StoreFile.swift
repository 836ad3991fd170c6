#if canImport(Glibc)
import Glibc
#endif
import PassPolicy

/// Where an SQLite store's file stands, found without following a symbolic link anywhere on
/// its path, with the process's effective ids (the PAM module runs in setuid `passwd`, whose
/// real uid is the person's: `access()` would answer for them, not for the module).
///
/// Only one answer means "no history yet": the file itself is missing (ENOENT) in a
/// directory that exists and can be read and searched. Everything else — a directory missing
/// (an unmounted share), one that cannot be entered, a link, a relative path — is an error,
/// so the history is never turned off by accident.
///
/// The walk opens each directory relative to the one before with O_NOFOLLOW, so a link is
/// refused wherever it is; SQLite then opens the file by its path. Swapping a directory for a
/// link between the two needs write access to a directory on the path, which only root has on
/// a store's path: the check is against mistakes and misconfiguration, not against root.
enum StoreFile {
    /// True when the file exists (a regular file), false when only the file is missing.
    static func exists(_ path: String) throws(HistoryError) -> Bool {
        guard path.hasPrefix("/") else { throw .badLocation(path) }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let name = parts.last else { throw .unavailable(store: path, reason: Messages.storeNamesNoFile) }
        var dir = open("/", O_PATH_ | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0 else { throw .unavailable(store: path, reason: SystemError(errno: errno).description) }
        defer { close(dir) }
        var walked = ""
        for part in parts.dropLast() {
            walked += "/" + part
            try expectDirectory(dir, part, walked: walked, store: path)
            let next = openat(dir, part, O_PATH_ | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else {
                throw .unavailable(store: path, reason: Messages.storeDirectoryUnusable(walked, SystemError(errno: errno).description))
            }
            close(dir)
            dir = next
        }
        let directory = walked.isEmpty ? "/" : walked
        guard faccessat(dir, ".", R_OK | X_OK, AT_EACCESS) == 0 else {
            throw .unavailable(store: path, reason: Messages.storeDirectoryUnusable(directory, SystemError(errno: errno).description))
        }
        var st = stat()
        guard fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else {
            if errno == ENOENT { return false }
            throw .unavailable(store: path, reason: SystemError(errno: errno).description)
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return true
        case S_IFLNK: throw .symbolicLink(store: path, link: path)
        default: throw .unavailable(store: path, reason: SystemError.notARegularFile.description)
        }
    }

    /// Throws unless `name` in `dir` is a directory (not a link to one).
    private static func expectDirectory(_ dir: Int32, _ name: String, walked: String, store: String) throws(HistoryError) {
        var st = stat()
        guard fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else {
            let error = SystemError(errno: errno)
            if error.errno == ENOENT { throw .unavailable(store: store, reason: Messages.storeDirectoryMissing(walked)) }
            throw .unavailable(store: store, reason: Messages.storeDirectoryUnusable(walked, error.description))
        }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: return
        case S_IFLNK: throw .symbolicLink(store: store, link: walked)
        default: throw .unavailable(store: store, reason: Messages.storeDirectoryUnusable(walked, SystemError(errno: ENOTDIR).description))
        }
    }
}

/// O_PATH (Linux; Glibc exports it only with _GNU_SOURCE): a descriptor that names a directory
/// to open others relative to, needing search permission on the path but no read permission.
private let O_PATH_: Int32 = 0o10000000
