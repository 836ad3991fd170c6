// The PAM module is written here (issue 4).
import PassPolicy
