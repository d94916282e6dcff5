#!/usr/bin/env python3
"""Runs programs inside pseudo-terminals, as a person at a terminal would, for the end-to-end
tests (PseudoTerminal.swift builds the script and reads the result).

Reads one JSON object on stdin:
  {"environment": {...}, "cwd": "...", "timeout": 30,
   "steps": [{"session": "main", "start": ["/path/to/program", "arg", ...]},
             {"session": "main", "expect": "text"},     # wait until the text appears
             {"session": "main", "send": "text"},       # type it
             {"session": "main", "signal": 15},         # kill(pid, 15)
             {"session": "main", "resize": [24, 100]},  # rows, columns: SIGWINCH
             {"session": "main", "wait": true}]}        # wait for the program to end
Writes one JSON object on stdout:
  {"failure": null or "what went wrong",
   "sessions": {"main": {"output": "...", "status": 0 or null, "signal": null or 15,
                         "sttyBefore": "...", "sttyAfter": "..."}}}

Each session gets its own pseudo-terminal (80x24 until resized) as its controlling terminal, in a
new session, so Ctrl-C typed there is a real SIGINT. The driver keeps the terminal's other end
open after the program ends, so `stty -a` can read the modes the program left behind.
"""

import fcntl
import json
import os
import struct
import subprocess
import sys
import termios

try:
    import pexpect
    import pexpect.fdpexpect
except ImportError:
    json.dump({"failure": "python3 has no pexpect: install it with "
               "'apt-get install python3-pexpect' or 'pip install pexpect'", "sessions": {}},
              sys.stdout)
    sys.exit(0)


class Session:
    def __init__(self, command, environment, cwd, timeout):
        self.master, self.slave = os.openpty()
        fcntl.ioctl(self.slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.stty_before = stty(self.slave)
        self.process = subprocess.Popen(
            command, stdin=self.slave, stdout=self.slave, stderr=self.slave,
            env=environment, cwd=cwd, start_new_session=True, preexec_fn=take_terminal)
        self.log = []
        self.terminal = pexpect.fdpexpect.fdspawn(
            self.master, timeout=timeout, encoding="utf-8", codec_errors="replace")
        self.terminal.logfile_read = self
        self.stty_after = None

    # pexpect writes everything it reads here.
    def write(self, text):
        self.log.append(text)

    def flush(self):
        pass

    def finish(self, timeout):
        """Waits for the program to end, then reads what it wrote last and the modes it left."""
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise
        finally:
            self.drain()
            self.stty_after = stty(self.slave)

    def drain(self):
        while True:
            try:
                self.terminal.read_nonblocking(size=65536, timeout=0.2)
            except (pexpect.TIMEOUT, pexpect.EOF):
                return

    def result(self):
        code = self.process.returncode
        return {"output": "".join(self.log),
                "status": code if code is not None and code >= 0 else None,
                "signal": -code if code is not None and code < 0 else None,
                "sttyBefore": self.stty_before, "sttyAfter": self.stty_after or ""}


def take_terminal():
    """In the child, after setsid: make the pseudo-terminal on stdin the controlling one."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def stty(descriptor):
    return subprocess.run(["stty", "-a"], stdin=descriptor, capture_output=True,
                          text=True).stdout


def main():
    script = json.load(sys.stdin)
    timeout = script.get("timeout", 30)
    sessions = {}
    failure = None
    try:
        for step in script["steps"]:
            name = step.get("session", "main")
            if "start" in step:
                sessions[name] = Session(step["start"], script["environment"], script["cwd"],
                                         timeout)
                continue
            session = sessions[name]
            if "expect" in step:
                try:
                    session.terminal.expect_exact(step["expect"])
                except pexpect.TIMEOUT:
                    raise AssertionError(
                        "no %r from session %s within %s s" % (step["expect"], name, timeout))
            elif "send" in step:
                session.terminal.send(step["send"])
            elif "signal" in step:
                session.process.send_signal(step["signal"])
            elif "resize" in step:
                rows, columns = step["resize"]
                # The kernel sends SIGWINCH to the terminal's foreground process group.
                fcntl.ioctl(session.slave, termios.TIOCSWINSZ,
                            struct.pack("HHHH", rows, columns, 0, 0))
            elif "wait" in step:
                session.finish(timeout)
    except AssertionError as error:
        failure = str(error)
    except subprocess.TimeoutExpired:
        failure = "a session did not end within %s s" % timeout
    for name, session in sessions.items():
        if session.stty_after is None:
            try:
                if failure is not None:
                    session.process.kill()
                session.finish(timeout)
            except subprocess.TimeoutExpired:
                failure = failure or "session %s did not end within %s s" % (name, timeout)
    json.dump({"failure": failure,
               "sessions": {name: session.result() for name, session in sessions.items()}},
              sys.stdout)


if __name__ == "__main__":
    main()
