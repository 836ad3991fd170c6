/*
 * The libm functions the static Swift standard library refers to, linked into
 * pam_passpolicy.so in place of libm.so.6 (scripts/build-module.sh), each forwarding to the
 * real function in a libm opened with dlopen on the first call.
 *
 * Why: the module never calls them on its paths (the standard library's Float and Double
 * math needs them), yet a libm.so.6 in NEEDED is loaded and relocated at every load of the
 * module, into every `passwd`, `login` and `sshd` that does not have it already: about
 * 0.1 ms, a third of the module's load (BENCHMARKS.md). With these forwarders nothing is
 * loaded until a math function is really called.
 *
 * The list is the module's undefined symbols that libm defines (`nm -D --undefined-only`
 * against libm's exports). The linker script beside this file also names the real libm AS_NEEDED, so
 * a function a later toolchain adds resolves to libm as before (and libm is NEEDED again),
 * rather than staying undefined; ModuleBinaryTests fail then, saying to add it here.
 *
 * libm is part of libc6: if it cannot be opened the system is broken, and abort() is the
 * honest answer to a math call that cannot be made.
 */
#include <dlfcn.h>
#include <math.h>
#include <stdlib.h>

static void *libm(void) {
    static void *handle;
    void *h = __atomic_load_n(&handle, __ATOMIC_ACQUIRE);
    if (h == NULL) {
        /* dlopen counts references: two threads racing here both get the same library. */
        h = dlopen("libm.so.6", RTLD_NOW | RTLD_LOCAL);
        if (h == NULL) abort();
        __atomic_store_n(&handle, h, __ATOMIC_RELEASE);
    }
    return h;
}

static void *lookup(const char *name) {
    void *f = dlsym(libm(), name);
    if (f == NULL) abort();
    return f;
}

/* ret name(args): the pointer to libm's `name`, looked up once. */
#define FORWARD(ret, name, params, args)                                              \
    ret name params {                                                                 \
        static ret (*real) params;                                                    \
        ret (*f) params = __atomic_load_n(&real, __ATOMIC_ACQUIRE);                   \
        if (f == NULL) {                                                              \
            f = (ret (*) params)lookup(#name);                                        \
            __atomic_store_n(&real, f, __ATOMIC_RELEASE);                             \
        }                                                                             \
        return f args;                                                                \
    }

#define UNARY(name, t) FORWARD(t, name, (t x), (x))
#define BINARY(name, t) FORWARD(t, name, (t x, t y), (x, y))
/* Each function in its three widths: double, float, long double. */
#define UNARY3(name) UNARY(name, double) UNARY(name##f, float) UNARY(name##l, long double)
#define UNARY_FL(name) UNARY(name##f, float) UNARY(name##l, long double)
#define BINARY3(name) BINARY(name, double) BINARY(name##f, float) BINARY(name##l, long double)
#define BINARY_FL(name) BINARY(name##f, float) BINARY(name##l, long double)

UNARY3(ceil) UNARY3(cos) UNARY3(exp) UNARY3(exp2) UNARY3(floor) UNARY3(log) UNARY3(log10)
UNARY3(log2) UNARY3(nearbyint) UNARY3(rint) UNARY3(round) UNARY3(sin) UNARY3(sqrt) UNARY3(trunc)
UNARY_FL(acos) UNARY_FL(acosh) UNARY_FL(asin) UNARY_FL(asinh) UNARY_FL(atan) UNARY_FL(atanh)
UNARY_FL(cbrt) UNARY_FL(cosh) UNARY_FL(erf) UNARY_FL(erfc) UNARY_FL(expm1) UNARY_FL(log1p)
UNARY_FL(logb) UNARY_FL(sinh) UNARY_FL(tan) UNARY_FL(tanh) UNARY_FL(tgamma)

BINARY3(fmod) BINARY3(remainder)
BINARY_FL(atan2) BINARY_FL(fdim) BINARY_FL(hypot) BINARY_FL(nextafter) BINARY_FL(pow)
BINARY(fmaxl, long double) BINARY(fminl, long double)

FORWARD(double, fma, (double x, double y, double z), (x, y, z))
FORWARD(float, fmaf, (float x, float y, float z), (x, y, z))
FORWARD(long double, fmal, (long double x, long double y, long double z), (x, y, z))
FORWARD(double, remquo, (double x, double y, int *q), (x, y, q))
FORWARD(float, remquof, (float x, float y, int *q), (x, y, q))
FORWARD(long double, remquol, (long double x, long double y, int *q), (x, y, q))
FORWARD(double, lgamma_r, (double x, int *sign), (x, sign))
FORWARD(float, lgammaf_r, (float x, int *sign), (x, sign))
FORWARD(long double, lgammal_r, (long double x, int *sign), (x, sign))
FORWARD(double, jn, (int n, double x), (n, x))
FORWARD(double, yn, (int n, double x), (n, x))
FORWARD(float, nanf, (const char *tag), (tag))
FORWARD(long double, nanl, (const char *tag), (tag))
