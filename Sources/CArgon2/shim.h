#ifndef PASSPOLICY_CARGON2_SHIM_H
#define PASSPOLICY_CARGON2_SHIM_H
/* Types and constants only: the functions are looked up with dlsym (Argon2.swift). */
#include <argon2.h>
#endif
