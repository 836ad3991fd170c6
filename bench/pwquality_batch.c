/* Checks one password per stdin line with libpwquality, in one process, so that its rate can
 * be compared with `passpolicy check --batch` on the same input. Settings match passpolicy's
 * default policy where libpwquality has the knob: minlen 8, 3 classes, no doubled characters.
 * Prints one line per input line: "OK" or "BAD". */
#include <pwquality.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    const char *user = argc > 1 ? argv[1] : NULL;
    pwquality_settings_t *pwq = pwquality_default_settings();
    if (!pwq) return 2;
    void *aux = NULL;
    const char *opts[] = {"minlen=8", "minclass=3", "maxrepeat=1", "dcredit=0", "ucredit=0",
                          "lcredit=0", "ocredit=0", "dictcheck=1", "usercheck=1"};
    for (size_t i = 0; i < sizeof opts / sizeof *opts; i++)
        if (pwquality_set_option(pwq, opts[i]) != 0) return 2;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    unsigned long ok = 0, bad = 0;
    while ((n = getline(&line, &cap, stdin)) >= 0) {
        if (n > 0 && line[n - 1] == '\n') line[n - 1] = 0;
        aux = NULL;
        int score = pwquality_check(pwq, line, NULL, user, &aux);
        if (score >= 0) { ok++; puts("OK"); } else { bad++; puts("BAD"); }
    }
    free(line);
    pwquality_free_settings(pwq);
    return 0;
}
