#!/usr/bin/python3
"""Sets a user's password on a provisioned Samba AD database the way a password change on a
domain controller does (through the directory's password_hash module, which runs the `check
password script`), reading the password from standard input so that it is on no command line.

    samba_setpassword.py SMB.CONF USER [GIVEN SURNAME] < password
        exit 0 set, 1 refused; with GIVEN and SURNAME the user is created with that password.
"""
import sys

from samba.auth import system_session
from samba.param import LoadParm
from samba.samdb import SamDB

def main():
    conf, user = sys.argv[1], sys.argv[2]
    password = sys.stdin.read()
    lp = LoadParm()
    lp.load(conf)
    samdb = SamDB(url=lp.samdb_url(), session_info=system_session(), lp=lp)
    try:
        if len(sys.argv) == 5:
            samdb.newuser(user, password, givenname=sys.argv[3], surname=sys.argv[4])
        else:
            samdb.setpassword("(sAMAccountName=%s)" % user, password)
    except Exception as e:  # ldb.LdbError: constraint violation when the script refuses
        print("refused: %s" % (e,))
        return 1
    return 0

if __name__ == "__main__":
    sys.exit(main())
