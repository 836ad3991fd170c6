#ifndef PASSPOLICY_CURL_SHIM_H
#define PASSPOLICY_CURL_SHIM_H
/* libcurl, loaded with dlopen on first use (RemoteHistory.swift is the only caller).
 * curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call through a
 * pointer; these non-variadic wrappers make each call with the right C types. */
#include <stddef.h>

typedef struct pp_curl pp_curl;

/* 0 when libcurl is loaded (or already was); otherwise -1 and `error` holds dlerror's text. */
int pp_curl_load(char *error, size_t error_size);

pp_curl *pp_curl_easy_init(void);
void pp_curl_easy_cleanup(pp_curl *handle);
int pp_curl_setopt_long(pp_curl *handle, int option, long value);
int pp_curl_setopt_pointer(pp_curl *handle, int option, const void *value);
int pp_curl_setopt_function(pp_curl *handle, int option, size_t (*function)(char *, size_t, size_t, void *));
int pp_curl_perform(pp_curl *handle);
int pp_curl_response_code(pp_curl *handle, long *code);
const char *pp_curl_strerror(int code);
void *pp_curl_slist_append(void *list, const char *text);
void pp_curl_slist_free_all(void *list);

/* The options and codes RemoteHistory.swift uses, so that it needs no curl header. */
enum {
    PP_CURLOPT_URL, PP_CURLOPT_POSTFIELDS, PP_CURLOPT_POSTFIELDSIZE, PP_CURLOPT_HTTPHEADER, PP_CURLOPT_CUSTOMREQUEST,
    PP_CURLOPT_WRITEFUNCTION, PP_CURLOPT_WRITEDATA, PP_CURLOPT_TIMEOUT_MS, PP_CURLOPT_CONNECTTIMEOUT_MS,
    PP_CURLOPT_CAINFO, PP_CURLOPT_NOSIGNAL, PP_CURLOPT_PROTOCOLS_STR, PP_CURLOPT_HTTPGET, PP_CURLOPT_FOLLOWLOCATION,
};
enum { PP_CURLE_OK = 0, PP_CURLE_TIMEDOUT = 28 };

#endif
