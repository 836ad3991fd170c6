#ifndef PASSPOLICY_CLIBPQ_SHIM_H
#define PASSPOLICY_CLIBPQ_SHIM_H
/* Types and constants only: the functions are looked up with dlsym (PostgresConnection.swift). */
#include <postgresql/libpq-fe.h>
#endif
