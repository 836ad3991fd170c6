#include "curl_shim.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <string.h>

static struct {
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    CURLcode (*global_init)(long);
} lib;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int loaded = 0;

int pp_curl_load(char *error, size_t error_size) {
    pthread_mutex_lock(&lock);
    if (loaded) { pthread_mutex_unlock(&lock); return 0; }
    void *handle = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *reason = dlerror();
        if (error && error_size) { strncpy(error, reason ? reason : "not found", error_size - 1); error[error_size - 1] = 0; }
        pthread_mutex_unlock(&lock);
        return -1;
    }
#define LOOKUP(field, name) *(void **)(&lib.field) = dlsym(handle, name); if (!lib.field) goto missing;
    LOOKUP(easy_init, "curl_easy_init")
    LOOKUP(easy_cleanup, "curl_easy_cleanup")
    LOOKUP(easy_setopt, "curl_easy_setopt")
    LOOKUP(easy_perform, "curl_easy_perform")
    LOOKUP(easy_getinfo, "curl_easy_getinfo")
    LOOKUP(easy_strerror, "curl_easy_strerror")
    LOOKUP(slist_append, "curl_slist_append")
    LOOKUP(slist_free_all, "curl_slist_free_all")
    LOOKUP(global_init, "curl_global_init")
#undef LOOKUP
    lib.global_init(CURL_GLOBAL_DEFAULT);
    loaded = 1;
    pthread_mutex_unlock(&lock);
    return 0;
missing:
    if (error && error_size) { strncpy(error, "libcurl.so.4 lacks a function passpolicy needs", error_size - 1); error[error_size - 1] = 0; }
    pthread_mutex_unlock(&lock);
    return -1;
}

static CURLoption option(int o) {
    switch (o) {
    case PP_CURLOPT_URL: return CURLOPT_URL;
    case PP_CURLOPT_POSTFIELDS: return CURLOPT_POSTFIELDS;
    case PP_CURLOPT_POSTFIELDSIZE: return CURLOPT_POSTFIELDSIZE;
    case PP_CURLOPT_HTTPHEADER: return CURLOPT_HTTPHEADER;
    case PP_CURLOPT_CUSTOMREQUEST: return CURLOPT_CUSTOMREQUEST;
    case PP_CURLOPT_WRITEFUNCTION: return CURLOPT_WRITEFUNCTION;
    case PP_CURLOPT_WRITEDATA: return CURLOPT_WRITEDATA;
    case PP_CURLOPT_TIMEOUT_MS: return CURLOPT_TIMEOUT_MS;
    case PP_CURLOPT_CONNECTTIMEOUT_MS: return CURLOPT_CONNECTTIMEOUT_MS;
    case PP_CURLOPT_CAINFO: return CURLOPT_CAINFO;
    case PP_CURLOPT_NOSIGNAL: return CURLOPT_NOSIGNAL;
    case PP_CURLOPT_PROTOCOLS_STR: return CURLOPT_PROTOCOLS_STR;
    case PP_CURLOPT_HTTPGET: return CURLOPT_HTTPGET;
    case PP_CURLOPT_FOLLOWLOCATION: return CURLOPT_FOLLOWLOCATION;
    default: return CURLOPT_LASTENTRY;
    }
}

pp_curl *pp_curl_easy_init(void) { return loaded ? (pp_curl *)lib.easy_init() : NULL; }
void pp_curl_easy_cleanup(pp_curl *h) { if (loaded && h) lib.easy_cleanup((CURL *)h); }
int pp_curl_setopt_long(pp_curl *h, int o, long v) { return lib.easy_setopt((CURL *)h, option(o), v); }
int pp_curl_setopt_pointer(pp_curl *h, int o, const void *v) { return lib.easy_setopt((CURL *)h, option(o), v); }
int pp_curl_setopt_function(pp_curl *h, int o, size_t (*f)(char *, size_t, size_t, void *)) {
    return lib.easy_setopt((CURL *)h, option(o), f);
}
int pp_curl_perform(pp_curl *h) { return lib.easy_perform((CURL *)h); }
int pp_curl_response_code(pp_curl *h, long *code) { return lib.easy_getinfo((CURL *)h, CURLINFO_RESPONSE_CODE, code); }
const char *pp_curl_strerror(int code) { return loaded ? lib.easy_strerror((CURLcode)code) : "libcurl is not loaded"; }
void *pp_curl_slist_append(void *l, const char *t) { return lib.slist_append((struct curl_slist *)l, t); }
void pp_curl_slist_free_all(void *l) { if (loaded) lib.slist_free_all((struct curl_slist *)l); }
