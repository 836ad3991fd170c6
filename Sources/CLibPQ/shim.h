#ifndef PASSPOLICY_CLIBPQ_SHIM_H
#define PASSPOLICY_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
