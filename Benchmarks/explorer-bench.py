#!/usr/bin/env python3
"""Interactive benchmark of the natoscope explorer in a pseudo-terminal.

Measures, on a release build with the built-in data set:
  - time from launch to the first complete frame (until the status line arrives),
  - handling plus rendering of one key (decode, reduce, render, draw), from the
    explorer's own trace (NATOSCOPE_TRACE),
  - bytes written to the terminal per key (a one-row move of the selection),
  - resident memory (peak and current).

Usage:  swift build -c release && python3 Benchmarks/explorer-bench.py [path/to/natoscope]
Targets (issue 4): first frame < 15 ms at 100x30; one key < 1 ms at 200x50;
< 300 bytes for a one-row move; < 30 MB resident.
"""
import fcntl, os, select, statistics, struct, subprocess, sys, tempfile, termios, time

BINARY = sys.argv[1] if len(sys.argv) > 1 else ".build/release/natoscope"
KEYS = 60


def read_until(fd, predicate, timeout):
    """Reads from fd until predicate(buffer) holds or the timeout passes."""
    buf = b""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.005)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            buf += chunk
            if predicate(buf):
                return buf
    return buf


def drain(fd, idle=0.03, limit=1.0):
    """Reads until the terminal has been quiet for `idle` seconds."""
    buf = b""
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], idle)
        if not r:
            break
        try:
            buf += os.read(fd, 65536)
        except OSError:
            break
    return buf


def memory(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) / 1024
    return fields


def run(columns, rows):
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    trace = tempfile.NamedTemporaryFile(prefix="natoscope-trace-", delete=False)
    trace.close()
    env = dict(os.environ, TERM="xterm-256color", NATOSCOPE_TRACE=trace.name, LANG="C.UTF-8")
    env.pop("NO_COLOR", None)
    start = time.perf_counter()
    proc = subprocess.Popen([BINARY], stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    first = read_until(master, lambda b: b"quit" in b, 5.0)
    first_frame_ms = (time.perf_counter() - start) * 1000
    first += drain(master)
    sizes = []
    for i in range(KEYS):
        os.write(master, b"j" if (i // 10) % 2 == 0 else b"k")
        out = drain(master, idle=0.02)
        sizes.append(len(out))
    # A move that changes nothing but the selection: the search result list (Ctrl-N / Ctrl-P).
    os.write(master, b"/a")
    drain(master, idle=0.05)
    list_sizes = []
    for i in range(20):
        os.write(master, b"\x0e" if (i // 5) % 2 == 0 else b"\x10")
        list_sizes.append(len(drain(master, idle=0.02)))
    os.write(master, b"\x1b")
    drain(master, idle=0.05)
    mem = memory(proc.pid)
    os.write(master, b"q")
    proc.wait(timeout=5)
    drain(master, idle=0.05)
    os.close(master)
    with open(trace.name) as f:
        lines = [l.split() for l in f]
    os.unlink(trace.name)
    keys = [float(v) / 1000 for k, v in lines if k == "key"]
    internal_first = [float(v) / 1000 for k, v in lines if k == "first-frame"]
    return {
        "size": f"{columns}x{rows}",
        "first_frame_ms": first_frame_ms,
        "first_frame_internal_ms": internal_first[0] if internal_first else float("nan"),
        "first_frame_bytes": len(first),
        "key_ms_median": statistics.median(keys) if keys else float("nan"),
        "key_ms_max": max(keys) if keys else float("nan"),
        "bytes_per_key_median": statistics.median(sizes),
        "bytes_per_key_max": max(sizes),
        "bytes_list_move_median": statistics.median(list_sizes),
        "rss_mb": mem.get("VmRSS", 0),
        "peak_rss_mb": mem.get("VmHWM", 0),
    }


def main():
    if not os.access(BINARY, os.X_OK):
        sys.exit(f"no binary at {BINARY}: run 'swift build -c release' first")
    print(f"natoscope explorer benchmark ({BINARY}, {KEYS} one-row moves per size, median of 3 launches)")
    print(f"{'size':>8} {'first frame ms':>15} {'(in-process)':>13} {'frame bytes':>12} {'key ms med':>11} {'key ms max':>11} {'bytes/key med':>14} {'max':>6} {'list move':>10} {'RSS MB':>7} {'peak MB':>8}")
    for columns, rows in [(80, 24), (100, 30), (200, 50)]:
        runs = [run(columns, rows) for _ in range(3)]
        r = sorted(runs, key=lambda x: x["first_frame_ms"])[1]
        print(f"{r['size']:>8} {r['first_frame_ms']:>15.1f} {r['first_frame_internal_ms']:>13.1f} {r['first_frame_bytes']:>12} "
              f"{r['key_ms_median']:>11.3f} {r['key_ms_max']:>11.3f} {r['bytes_per_key_median']:>14.0f} {r['bytes_per_key_max']:>6} {r['bytes_list_move_median']:>10.0f} "
              f"{r['rss_mb']:>7.1f} {r['peak_rss_mb']:>8.1f}")
    print("bytes/key: a move in the Countries pane (the detail, breadcrumb and linked marks change too);")
    print("list move: a move in the search results, where only the selection changes")
    print("targets: first frame < 15 ms at 100x30; key < 1 ms at 200x50; < 300 bytes per one-row move; < 30 MB resident")


if __name__ == "__main__":
    main()
