#!/usr/bin/env python3
"""Waits until some process opens FILE (inotify IN_OPEN), then prints "opened FILE" and exits 0;
exits 1 after TIMEOUT seconds without. Prints "watching" once the watch is in place, so that the
caller can start the program only then.

    watch_open.py FILE TIMEOUT
"""
import ctypes
import os
import select
import sys
import time

IN_OPEN = 0x00000020


def main(path, timeout):
    libc = ctypes.CDLL(None, use_errno=True)
    fd = libc.inotify_init1(os.O_CLOEXEC)
    if fd < 0 or libc.inotify_add_watch(fd, os.fsencode(path), IN_OPEN) < 0:
        print(f"watch_open: cannot watch {path}: {os.strerror(ctypes.get_errno())}", file=sys.stderr)
        return 1
    print("watching", flush=True)
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([fd], [], [], left)
        if ready and os.read(fd, 4096):
            print(f"opened {path}", flush=True)
            return 0
    print(f"watch_open: nothing opened {path} within {timeout:g} s", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], float(sys.argv[2])))
