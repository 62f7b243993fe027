#!/usr/bin/env python3
"""Regenerate the expected output of the end-to-end corpus from python3.

For every tests/programs/**/*.py this runs `python3 -X utf8 NAME.py` with the
program's own directory as the working directory (so sys.argv[0] is the bare
file name, exactly as the Rust runner invokes ouro) and writes beside it:

    NAME.out   the exact stdout bytes
    NAME.exit  the exit status followed by a newline, only when it is not 0
    NAME.err   the last non-empty line of stderr, only when the status is not 0

Stale .exit/.err files are removed when a program starts exiting 0. Files
named NAME.<collector>.out/.exit/.err are per-collector overrides written by
hand; this script never touches them.

Every program is run twice, under two different PYTHONHASHSEED values; if the
two runs disagree the program depends on string hashing (set or dict order of
strings, hash() of a str) and the script fails instead of writing anything.

Before running, every examples/*.py at the repository root gets a symbolic
link in tests/programs/examples/, so the newcomer examples are tested as they
are (the expected output sits beside the link).

Usage:
    python3 tests/regen.py            regenerate everything
    python3 tests/regen.py FILTER     only programs whose path contains FILTER
    python3 tests/regen.py --check    regenerate in memory and report files
                                      that would change (exit 1 if any)
"""

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TESTS = Path(__file__).resolve().parent
PROGRAMS = TESTS / "programs"
EXAMPLES = TESTS.parent / "examples"
TIMEOUT = 60
HASH_SEEDS = ("0", "4242")


def sync_examples(check):
    """Link examples/*.py into tests/programs/examples/ (relative links).

    Returns how many links were (or, with check, would be) made."""
    target = PROGRAMS / "examples"
    target.mkdir(parents=True, exist_ok=True)
    stale = 0
    for src in sorted(EXAMPLES.glob("*.py")):
        dst = target / src.name
        link = Path("../../../examples") / src.name
        if not dst.is_symlink() or Path(os.readlink(dst)) != link:
            stale += 1
            if check:
                print(f"would link {dst.relative_to(TESTS)}")
            else:
                if dst.exists() or dst.is_symlink():
                    dst.unlink()
                dst.symlink_to(link)
                print(f"linked {dst.relative_to(TESTS)}")
    return stale


def last_line(stderr: bytes) -> str:
    lines = [ln.rstrip() for ln in stderr.decode("utf-8", "replace").splitlines()]
    lines = [ln for ln in lines if ln]
    return lines[-1] if lines else ""


def run(program: Path, seed: str):
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONSTARTUP", None)
    proc = subprocess.run(
        [sys.executable, "-X", "utf8", program.name],
        cwd=program.parent,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
    )
    return proc.returncode, proc.stdout, proc.stderr


def expected_files(program: Path):
    """The files regen owns for one program: {path: bytes or None (absent)}."""
    runs = [run(program, seed) for seed in HASH_SEEDS]
    if runs[0][:2] != runs[1][:2]:
        raise RuntimeError(f"{program.relative_to(TESTS)}: output depends on PYTHONHASHSEED")
    status, stdout, stderr = runs[0]
    stem = program.with_suffix("")
    files = {stem.with_suffix(".out"): stdout}
    failing = status != 0
    files[stem.with_suffix(".exit")] = f"{status}\n".encode() if failing else None
    files[stem.with_suffix(".err")] = (last_line(stderr) + "\n").encode() if failing else None
    return files


def differs(path: Path, content):
    if content is None:
        return path.exists()
    return not path.exists() or path.read_bytes() != content


def main(argv):
    check = "--check" in argv
    filters = [a for a in argv if not a.startswith("--")]
    changed = sync_examples(check)
    programs = sorted(p for p in PROGRAMS.rglob("*.py") if all(f in str(p) for f in filters))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(expected_files, programs))
    for files in results:
        for path, content in files.items():
            if not differs(path, content):
                continue
            changed += 1
            print(f"{'would change' if check else 'wrote'} {path.relative_to(TESTS)}")
            if check:
                continue
            if content is None:
                path.unlink()
            else:
                path.write_bytes(content)
    orphans = [p for p in PROGRAMS.rglob("*.out") if not p.with_name(p.name.split(".")[0] + ".py").exists()]
    for orphan in sorted(orphans):
        print(f"warning: {orphan.relative_to(TESTS)} has no program")
    print(f"{len(programs)} programs, {changed} files {'differ' if check else 'changed'}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
