#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The word list opened once per process and kept while its file is unchanged.
///
/// `WordList.open` maps the file, checks its checksum and builds the direct tables (about a
/// millisecond for 3 MB); long-lived hosts of the PAM module (sshd, login, a display manager)
/// should pay that once, not per password.
/// The cache is keyed by the file's identity (see `FileIdentity`), so
/// `passpolicy dict build`, which writes a new file and renames it into place, is picked up at
/// the next check, while the old mapping stays valid for checks already running.
public enum WordListCache {
    private struct Key: Equatable {
        let path: String
        let file: FileIdentity
    }

    private static let cached = Mutex<(Key, WordList)?>(nil)

    public static func open(path: String) throws(WordListError) -> WordList {
        let key: Key
        do throws(SystemError) {
            key = Key(path: path, file: try FileIdentity(path: path))
        } catch {
            throw WordListError(path: path, reason: error.description)
        }
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
