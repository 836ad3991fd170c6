#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The word list opened once per process and kept while its file is unchanged.
///
/// `WordList.open` maps the file, checks its checksum and builds the direct tables (about a
/// millisecond for 3 MB); long-lived hosts of the PAM module (sshd, login, a display manager)
/// should pay that once, not per password.
/// The cache is keyed by the file's identity — device, inode, size, modification time — so
/// `passpolicy dict build`, which writes a new file and renames it into place, is picked up at
/// the next check, while the old mapping stays valid for checks already running.
public enum WordListCache {
    private struct Key: Equatable {
        let path: String
        let device: UInt64
        let inode: UInt64
        let size: Int64
        let modified: Int
        let modifiedNanoseconds: Int
    }

    private static let cached = Mutex<(Key, WordList)?>(nil)

    public static func open(path: String) throws(WordListError) -> WordList {
        var st = stat()
        guard stat(path, &st) == 0 else { throw WordListError(path: path, reason: SystemError(errno: errno).description) }
        let key = Key(path: path, device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int64(st.st_size),
                      modified: st.st_mtim.tv_sec, modifiedNanoseconds: st.st_mtim.tv_nsec)
        if let hit = cached.withLock({ entry -> WordList? in
            guard let (k, list) = entry, k == key else { return nil }
            return list
        }) {
            return hit
        }
        let list = try WordList.open(path: path)
        cached.withLock { $0 = (key, list) }
        return list
    }
}
