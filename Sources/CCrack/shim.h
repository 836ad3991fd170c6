#ifndef PASSPOLICY_CCRACK_SHIM_H
#define PASSPOLICY_CCRACK_SHIM_H
/* crack.h uses size_t without including <stddef.h>. */
#include <stddef.h>
#include <crack.h>
/* packer.h declares PWDICT and GetPW (reading every word of the packed dictionary) only
   for cracklib's own code; inttypes.h gives it uint32_t. */
#define IN_CRACKLIB 1
#define HAVE_INTTYPES_H 1
#include <packer.h>
#endif
