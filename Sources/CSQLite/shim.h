#ifndef PASSPOLICY_CSQLITE_SHIM_H
#define PASSPOLICY_CSQLITE_SHIM_H
/* Types and constants only: the functions are looked up with dlsym (SQLiteDatabase.swift). */
#include <sqlite3.h>
#endif
