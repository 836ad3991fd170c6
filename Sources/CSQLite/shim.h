#ifndef PASSPOLICY_CSQLITE_SHIM_H
#define PASSPOLICY_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
