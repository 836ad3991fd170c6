#if canImport(Glibc)
import Glibc
#endif

/// What tells one version of a file from another without reading it: device, inode, size,
/// modification and change times (to the nanosecond). A cache keyed by it sees an edit, even
/// one that keeps the size, and a file replaced by rename at the next lookup.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modified: Int
    let modifiedNanoseconds: Int
    let changed: Int
    let changedNanoseconds: Int

    /// The identity of the file at `path`, or the errno of `stat`.
    init(path: String) throws(SystemError) {
        var st = stat()
        guard stat(path, &st) == 0 else { throw SystemError(errno: errno) }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        modified = st.st_mtim.tv_sec
        modifiedNanoseconds = st.st_mtim.tv_nsec
        changed = st.st_ctim.tv_sec
        changedNanoseconds = st.st_ctim.tv_nsec
    }
}
