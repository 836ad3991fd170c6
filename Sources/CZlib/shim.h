#ifndef PASSPOLICY_CZLIB_SHIM_H
#define PASSPOLICY_CZLIB_SHIM_H
#include <zlib.h>
#endif
