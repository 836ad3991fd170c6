import Hummingbird
import PassPolicy

/// The language of one response, chosen per request (never from the process's locale: one
/// service answers Welsh and English readers at once, from many threads):
/// 1. an explicit choice — the `lang` field of a `POST /v1/check` body (`cy` or `en`);
/// 2. the `Accept-Language` header, the highest-rated language passpolicy speaks;
/// 3. the `language` setting of passpolicy.conf.
///
/// Only `message` and `description` texts change; rule ids, error codes and keys stay English.
///
/// The hook for the helpdesk page (issue 11): it follows the browser through
/// `Accept-Language`, and its Cymraeg/English switch passes the reader's choice as
/// `explicit` (a `lang` query parameter or cookie, say).
enum RequestLanguage {
    static func choose(_ request: Request, explicit: String? = nil, fallback: Language) -> Language {
        if let explicit, let language = Language.named(explicit) { return language }
        if let header = request.headers[.acceptLanguage], let language = Language.fromAcceptLanguage(header) {
            return language
        }
        return fallback
    }
}
