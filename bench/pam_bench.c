/*
 * pam_bench: load time and pam_chauthtok time of PAM password modules, side by side.
 *
 *   pam_bench ITERATIONS NAME MODULE [ARGS] [NAME MODULE [ARGS] ...]
 *
 * For each module:
 *   load      dlopen(RTLD_NOW) + dlsym("pam_sm_chauthtok") in a fresh child process
 *             (the module is new to the process; the file is in the page cache), median of
 *             $PAM_BENCH_LOAD_RUNS (default 51). The distinct modules take turns, one load
 *             each per round, so that a busy machine slows every module alike; rows naming
 *             the same module share its load time.
 *   rejected  one pam_chauthtok (PRELIM + UPDATE) for user $PAM_BENCH_USER (default nobody)
 *             through the real libpam with "abc" typed,
 *             the module loaded already; median over ITERATIONS.
 *   accepted  the same with a strong password ("Vq7#mLp2zR"), pam_permit after the module.
 * The service file goes to a temporary folder used with pam_start_confdir; the module line
 * is "password requisite MODULE retry=1 enforce_for_root ARGS" (enforce_for_root so that
 * root gets a refusal, not a warning). Only pam_chauthtok is timed, not pam_start/pam_end.
 * ARGS "-" measures the load only (for modules such as pam_unix that do not refuse "abc").
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <security/pam_appl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *values, int n) {
    qsort(values, n, sizeof *values, compare);
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* Answers every prompt with the password in appdata; ignores messages. */
static int conversation(int n, const struct pam_message **msg, struct pam_response **resp, void *appdata) {
    struct pam_response *replies = calloc(n, sizeof *replies);
    if (!replies) return PAM_BUF_ERR;
    for (int i = 0; i < n; i++) {
        int style = msg[i]->msg_style;
        if (style == PAM_PROMPT_ECHO_OFF || style == PAM_PROMPT_ECHO_ON) {
            replies[i].resp = strdup((const char *)appdata);
            if (!replies[i].resp) {
                for (int j = 0; j < i; j++) free(replies[j].resp);
                free(replies);
                return PAM_BUF_ERR;
            }
        }
    }
    *resp = replies;
    return PAM_SUCCESS;
}

/* Ms of one load in a fresh child; -1 on failure. */
static double load_once_ms(const char *module) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        close(fds[0]);
        double start = now_us();
        void *image = dlopen(module, RTLD_NOW | RTLD_LOCAL);
        void *symbol = image ? dlsym(image, "pam_sm_chauthtok") : NULL;
        double took = symbol ? now_us() - start : -1;
        if (!symbol) fprintf(stderr, "pam_bench: %s: %s\n", module, dlerror());
        if (write(fds[1], &took, sizeof took) != sizeof took) _exit(1);
        _exit(0);
    }
    close(fds[1]);
    double took = -1;
    if (read(fds[0], &took, sizeof took) != sizeof took) took = -1;
    close(fds[0]);
    waitpid(pid, NULL, 0);
    return took < 0 ? -1 : took / 1000;
}

/* Median load ms of each of `count` modules (`modules[i]`), taking turns; -1 on failure. */
static void load_ms(const char **modules, int count, int runs, double *result) {
    double *samples = calloc((size_t)count * runs, sizeof *samples);
    for (int m = 0; m < count; m++) result[m] = samples ? 0 : -1;
    if (!samples) return;
    for (int r = 0; r < runs; r++)
        for (int m = 0; m < count; m++)
            if (result[m] == 0) {
                double took = load_once_ms(modules[m]);
                if (took < 0) result[m] = -1;
                samples[m * runs + r] = took;
            }
    for (int m = 0; m < count; m++)
        if (result[m] == 0) result[m] = median(samples + m * runs, runs);
    free(samples);
}

/* Median µs of one pam_chauthtok typing `password`; sets *status to the last result. */
static double chauthtok_us(const char *confdir, const char *user, const char *password, int iterations, int *status) {
    double *samples = calloc(iterations, sizeof *samples);
    if (!samples) return -1;
    struct pam_conv conv = { conversation, (void *)password };
    for (int i = 0; i < iterations; i++) {
        pam_handle_t *pamh = NULL;
        if (pam_start_confdir("pam-bench", user, &conv, confdir, &pamh) != PAM_SUCCESS) {
            free(samples);
            return -1;
        }
        double start = now_us();
        *status = pam_chauthtok(pamh, 0);
        samples[i] = now_us() - start;
        pam_end(pamh, *status);
    }
    double result = median(samples, iterations);
    free(samples);
    return result;
}

int main(int argc, char **argv) {
    if (argc < 4 || (argc - 2) % 3 != 0) {
        fprintf(stderr, "usage: %s ITERATIONS NAME MODULE ARGS [NAME MODULE ARGS ...]\n", argv[0]);
        return 2;
    }
    int iterations = atoi(argv[1]);
    /* A user in /etc/passwd, as in real use (an unknown one costs an NSS miss in both). */
    const char *user = getenv("PAM_BENCH_USER") ? getenv("PAM_BENCH_USER") : "nobody";
    if (iterations < 1) iterations = 1;
    char confdir[] = "/tmp/pam-bench-XXXXXX";
    if (!mkdtemp(confdir)) { perror("mkdtemp"); return 1; }
    char service[sizeof confdir + 16];
    snprintf(service, sizeof service, "%s/pam-bench", confdir);

    int load_runs = getenv("PAM_BENCH_LOAD_RUNS") ? atoi(getenv("PAM_BENCH_LOAD_RUNS")) : 51;
    if (load_runs < 1) load_runs = 1;
    int count = (argc - 2) / 3;
    const char **modules = calloc(count, sizeof *modules);
    double *loads = calloc(count, sizeof *loads);
    if (!modules || !loads) { perror("calloc"); return 1; }
    /* Each distinct module once: a module loaded right after itself finds its pages in the
       CPU caches and looks faster than it is. Rows naming the same module share its time. */
    int distinct = 0;
    int *index = calloc(count, sizeof *index);
    if (!index) { perror("calloc"); return 1; }
    for (int i = 0; i < count; i++) {
        const char *module = argv[2 + 3 * i + 1];
        int j = 0;
        while (j < distinct && strcmp(modules[j], module) != 0) j++;
        if (j == distinct) modules[distinct++] = module;
        index[i] = j;
    }
    double *distinct_loads = calloc(distinct, sizeof *distinct_loads);
    if (!distinct_loads) { perror("calloc"); return 1; }
    load_ms(modules, distinct, load_runs, distinct_loads);
    for (int i = 0; i < count; i++) loads[i] = distinct_loads[index[i]];
    free(distinct_loads);
    free(index);

    printf("%-28s %10s %14s %14s   (median; load over %d runs in turn, chauthtok over %d runs)\n",
           "module", "load ms", "rejected µs", "accepted µs", load_runs, iterations);
    printf("user %s\n", user);
    int failed = 0;
    for (int m = 2; m + 2 < argc; m += 3) {
        const char *name = argv[m], *module = argv[m + 1], *args = argv[m + 2];
        double load = loads[(m - 2) / 3];
        if (strcmp(args, "-") == 0) {
            printf("%-28s %10.3f %14s %14s\n", name, load, "-", "-");
            if (load < 0) failed = 1;
            continue;
        }
        FILE *file = fopen(service, "w");
        if (!file) { perror(service); failed = 1; break; }
        fprintf(file, "password requisite %s retry=1 enforce_for_root %s\npassword required pam_permit.so\n", module, args);
        fclose(file);
        int rejected_status = -1, accepted_status = -1;
        double rejected = chauthtok_us(confdir, user, "abc", iterations, &rejected_status);
        double accepted = chauthtok_us(confdir, user, "Vq7#mLp2zR", iterations, &accepted_status);
        printf("%-28s %10.3f %14.1f %14.1f", name, load, rejected, accepted);
        if (rejected_status != PAM_AUTHTOK_ERR || accepted_status != PAM_SUCCESS) {
            printf("   UNEXPECTED: rejected→%d accepted→%d", rejected_status, accepted_status);
            failed = 1;
        }
        printf("\n");
    }
    unlink(service);
    rmdir(confdir);
    free(modules);
    free(loads);
    return failed;
}
