#!/usr/bin/python3
"""Drives the real setuid passwd under a pseudo-terminal for RealPasswdTests.swift.

Runs inside the test's private /etc (a mount namespace with an overlay; see IsolatedEtc.swift),
so the user it creates exists only there. Reads JSON on stdin (passwords never go on a
command line): {"user", "fullName", "old", "attempts": [new, ...]}. Creates the user with
the old password, then for each new password runs `passwd` as that user, answering the
current password and the new one twice. Prints a JSON report: per attempt the exit status,
the terminal transcript (any password text redacted) and whether /etc/shadow's hash changed.
It asserts nothing: the Swift test does.
"""
import io
import json
import os
import pwd
import subprocess
import sys
import warnings

import pexpect

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import crypt


def shadow_hash(user):
    with open("/etc/shadow", encoding="utf-8") as shadow:
        for line in shadow:
            fields = line.split(":")
            if fields[0] == user:
                return fields[1]
    return None


def create_user(user, full_name, password):
    subprocess.run(["useradd", "-M", "-s", "/bin/sh", "-c", full_name, user], check=True)
    hashed = crypt.crypt(password, crypt.mksalt(crypt.METHOD_SHA512))
    # chpasswd -e takes an already hashed password and skips PAM.
    subprocess.run(["chpasswd", "-e"], input=f"{user}:{hashed}\n", text=True, check=True)


def change_password(user, current, new, secrets):
    entry = pwd.getpwnam(user)

    def become_user():
        os.setgroups([])
        os.setgid(entry.pw_gid)
        os.setuid(entry.pw_uid)

    log = io.StringIO()
    child = pexpect.spawn("/usr/bin/passwd", [], env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
                          encoding="utf-8", timeout=60, preexec_fn=become_user)
    child.logfile_read = log
    steps = [("urrent password: ", current), ("New password: ", new), ("Retype new password: ", new)]
    for prompt, answer in steps:
        if child.expect([prompt, pexpect.EOF]) == 1:
            break
        child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()
    transcript = log.getvalue()
    for secret in secrets:
        transcript = transcript.replace(secret, "[redacted]")
    return child.exitstatus, transcript


def main():
    request = json.load(sys.stdin)
    user, old = request["user"], request["old"]
    secrets = [old] + request["attempts"]
    create_user(user, request["fullName"], old)
    report = []
    current = old
    for new in request["attempts"]:
        before = shadow_hash(user)
        status, transcript = change_password(user, current, new, secrets)
        changed = shadow_hash(user) != before
        if changed:
            current = new
        report.append({"status": status, "transcript": transcript, "shadowChanged": changed})
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main()
