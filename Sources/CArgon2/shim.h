#ifndef PASSPOLICY_CARGON2_SHIM_H
#define PASSPOLICY_CARGON2_SHIM_H
#include <argon2.h>
#endif
