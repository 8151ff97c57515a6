#!/usr/bin/env python3
"""Interactive benchmark of the natoscope explorer in a pseudo-terminal.

Measures, on a release build with the built-in data set:
  - time from launch to the first complete frame, beside the C reference
    (../shared/bench/ncref.c, built here with cc -O2 -lncursesw) in the same run:
    median of 21 launches each, alternating, and the ratio, at 80x24, 100x30, 200x50,
  - handling plus rendering of one key (decode, reduce, render, draw), from the
    explorer's own trace (NATOSCOPE_TRACE),
  - bytes written to the terminal per key (a one-row move of the selection),
  - resident memory (peak and current),
  - instructions to start (valgrind --tool=callgrind): the explorer to its first frame,
    `natoscope list frameworks` and `natoscope --version`, and the C reference; counts do not
    depend on the machine's load, unlike times.

Usage:  swift build -c release && python3 Benchmarks/explorer-bench.py [path/to/natoscope [path/to/ncref.c]]
Targets (issue 13): first frame at most 2x the C reference's at all three sizes; resident
memory <= 17 MB. (Issue 4: one key < 1 ms at 200x50; < 300 bytes for a one-row move.)
"""
import fcntl, os, re, select, shutil, statistics, struct, subprocess, sys, tempfile, termios, time

BINARY = sys.argv[1] if len(sys.argv) > 1 else ".build/release/natoscope"
def default_ncref():
    """shared/bench/ncref.c beside the checkout, or beside a folder above it (a git worktree
    such as /work/wt/NAME has the shared folder two levels up, not one)."""
    folder = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    while True:
        parent = os.path.dirname(folder)
        candidate = os.path.join(parent, "shared", "bench", "ncref.c")
        if os.path.exists(candidate) or parent == folder:
            return candidate
        folder = parent


NCREF_SOURCE = sys.argv[2] if len(sys.argv) > 2 else default_ncref()
KEYS = 60
FIRST_FRAME_RUNS = 21
SIZES = [(80, 24), (100, 30), (200, 50)]


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


def spawn(argv, columns, rows, extra_env=None):
    """Starts argv in a fresh pseudo-terminal of the given size; returns (process, master fd)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", **(extra_env or {}))
    env.pop("NO_COLOR", None)
    env.pop("LC_ALL", None)
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    return proc, master


def first_frame_ms(argv, columns, rows):
    """Launch to the status line ("quit" is on the last line of both programs)."""
    start = time.perf_counter()
    proc, master = spawn(argv, columns, rows)
    read_until(master, lambda b: b"quit" in b, 10.0)
    elapsed = (time.perf_counter() - start) * 1000
    drain(master, idle=0.02)
    os.write(master, b"q")
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    drain(master, idle=0.01, limit=0.2)
    os.close(master)
    return elapsed


def build_ncref(folder):
    """Builds the C reference into `folder`; None (with a note) when it cannot."""
    if not os.path.exists(NCREF_SOURCE):
        print(f"C reference not found at {NCREF_SOURCE}: ratios skipped")
        return None
    out = os.path.join(folder, "ncref")
    result = subprocess.run(["cc", "-O2", "-o", out, NCREF_SOURCE, "-lncursesw"], capture_output=True, text=True)
    if result.returncode != 0:
        print(f"cannot build the C reference: {result.stderr.strip()}")
        return None
    return out


def compare_first_frames(ncref):
    print(f"first frame, median of {FIRST_FRAME_RUNS} launches each, alternating with the C reference (target: ratio <= 2)")
    print(f"{'size':>8} {'natoscope ms':>13} {'ncref ms':>9} {'ratio':>6}")
    ratios = {}
    for columns, rows in SIZES:
        ours, theirs = [], []
        first_frame_ms([BINARY], columns, rows)  # warm the page cache
        if ncref:
            first_frame_ms([ncref], columns, rows)
        for _ in range(FIRST_FRAME_RUNS):
            ours.append(first_frame_ms([BINARY], columns, rows))
            if ncref:
                theirs.append(first_frame_ms([ncref], columns, rows))
        a = statistics.median(ours)
        b = statistics.median(theirs) if theirs else float("nan")
        ratios[(columns, rows)] = a / b
        print(f"{columns:>4}x{rows:<3} {a:>13.1f} {b:>9.1f} {a / b:>6.2f}")
    return ratios


def callgrind_instructions(argv, interactive):
    """Instructions counted by callgrind; for the explorers, until the first frame is drawn."""
    with tempfile.TemporaryDirectory() as folder:
        log = os.path.join(folder, "log")
        cmd = ["valgrind", "--tool=callgrind", f"--log-file={log}", f"--callgrind-out-file={os.path.join(folder, 'out')}"] + argv
        if interactive:
            proc, master = spawn(cmd, 100, 30)
            read_until(master, lambda b: b"quit" in b, 120.0)
            drain(master, idle=0.2)
            os.write(master, b"q")
            proc.wait(timeout=60)
            drain(master, idle=0.05, limit=0.5)
            os.close(master)
        else:
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        with open(log) as f:
            found = re.search(r"Collected : (\d+)", f.read())
        return int(found.group(1)) if found else None


def report_instructions(ncref):
    if not shutil.which("valgrind"):
        print("valgrind not found: instruction counts skipped (apt-get install valgrind)")
        return
    print("instructions to start (valgrind --tool=callgrind; the explorers at 100x30, until the first frame, then q)")
    rows = [("natoscope (explorer)", [BINARY], True), ("natoscope list frameworks", [BINARY, "list", "frameworks"], False),
            ("natoscope --version", [BINARY, "--version"], False)]
    if ncref:
        rows.append(("ncref (C reference)", [ncref], True))
    for label, argv, interactive in rows:
        count = callgrind_instructions(argv, interactive)
        print(f"  {label:<28} {count / 1e6:>8.1f} M" if count else f"  {label:<28} (no count)")


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
    with tempfile.TemporaryDirectory() as folder:
        ncref = build_ncref(folder)
        compare_first_frames(ncref)
        print()
        report_instructions(ncref)
    print()
    print(f"natoscope explorer benchmark ({BINARY}, {KEYS} one-row moves per size, median of 3 launches)")
    print(f"{'size':>8} {'first frame ms':>15} {'(in-process)':>13} {'frame bytes':>12} {'key ms med':>11} {'key ms max':>11} {'bytes/key med':>14} {'max':>6} {'list move':>10} {'RSS MB':>7} {'peak MB':>8}")
    for columns, rows in SIZES:
        runs = [run(columns, rows) for _ in range(3)]
        r = sorted(runs, key=lambda x: x["first_frame_ms"])[1]
        print(f"{r['size']:>8} {r['first_frame_ms']:>15.1f} {r['first_frame_internal_ms']:>13.1f} {r['first_frame_bytes']:>12} "
              f"{r['key_ms_median']:>11.3f} {r['key_ms_max']:>11.3f} {r['bytes_per_key_median']:>14.0f} {r['bytes_per_key_max']:>6} {r['bytes_list_move_median']:>10.0f} "
              f"{r['rss_mb']:>7.1f} {r['peak_rss_mb']:>8.1f}")
    print("bytes/key: a move in the Countries pane (the detail, breadcrumb and linked marks change too);")
    print("list move: a move in the search results, where only the selection changes")
    print("targets: key < 1 ms at 200x50; < 300 bytes per one-row move; <= 17 MB resident")


if __name__ == "__main__":
    main()
