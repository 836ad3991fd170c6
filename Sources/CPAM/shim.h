#ifndef PASSPOLICY_CPAM_SHIM_H
#define PASSPOLICY_CPAM_SHIM_H
#include <security/pam_appl.h>
#include <security/pam_modules.h>
#include <security/pam_ext.h>
#include <security/pam_modutil.h>
#include <syslog.h>
/* getspnam_r for the login age check (glibc; not in the Glibc module map). */
#include <shadow.h>
#endif
