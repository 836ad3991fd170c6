#!/usr/bin/env python3
"""Drives the real passwd as USER under a pseudo-terminal (scripts/test-deb.sh):
the current password, then a weak new one (it must be refused before any retype prompt),
then a strong one twice. Prints one line per outcome."""
import sys

import pexpect

user, current, weak, strong = sys.argv[1:5]
c = pexpect.spawn("runuser", ["-u", user, "--", "passwd"], encoding="utf-8", timeout=60)
c.expect("[Cc]urrent password:")
c.sendline(current)
c.expect("New password:")
c.sendline(weak)
i = c.expect(["BAD PASSWORD", "Retype new password:"])
print("passwd weak: refused before retype" if i == 0 else "passwd weak: asked for the retype")
c.expect("New password:")
c.sendline(strong)
c.expect("Retype new password:")
c.sendline(strong)
c.expect(pexpect.EOF)
c.close()
print("passwd strong: changed" if c.exitstatus == 0 else f"passwd strong: failed ({c.exitstatus}): {c.before}")
