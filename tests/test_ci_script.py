"""``.ci/run``: system packages are installed only when missing, whatever the pipes do.

The script runs with fake ``fc-list``, ``ldconfig``, ``apt-get``, ``python3`` and every tool it
looks for with ``command -v`` first on PATH: the fonts and libraries are there, listed first in
long outputs (so ``grep -q`` quits early and the lister dies of SIGPIPE). ``apt-get`` must never
be called.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FAKES = {
    "fc-list": 'echo "/usr/share/fonts/wqy-microhei.ttc: WenQuanYi Micro Hei:style=Regular"\n'
    'echo "/usr/share/fonts/NotoSerifCJK.ttc: Noto Serif CJK SC:style=Regular"\n'
    'yes "/usr/share/fonts/x.ttf: Some Font:style=Regular" | head -n 20000\n',
    "ldconfig": "for lib in libEGL.so.1 libGL.so.1 libfontconfig.so.1 libxkbcommon.so.0 "
    'libdbus-1.so.3; do echo "\t$lib (libc6,x86-64) => /usr/lib/$lib"; done\n'
    'yes "\tlibother.so.1 (libc6,x86-64) => /usr/lib/libother.so.1" | head -n 20000\n',
    "apt-get": 'echo "$@" >> "$APT_LOG"\nexit 0\n',
    "python3": "exit 0\n",
}


def test_nothing_is_installed_when_everything_is_there(tmp_path: Path) -> None:
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    script_text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    # Every tool the script looks for with `command -v` is there (apt-get records its calls).
    present = {name: "exit 0\n" for name in re.findall(r"command -v (\S+)", script_text)}
    for name, body in {**present, **FAKES}.items():
        script = fake_bin / name
        script.write_text("#!/bin/bash\n" + body, encoding="utf-8")
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
    checkout = tmp_path / "checkout"
    (checkout / ".ci").mkdir(parents=True)
    shutil.copy(ROOT / ".ci" / "run", checkout / ".ci" / "run")
    log = tmp_path / "apt.log"
    env = {
        "PATH": f"{fake_bin}:/usr/bin:/bin",
        "APT_LOG": str(log),
        "HOME": str(tmp_path),
    }
    for _ in range(3):  # the old pipes failed at random: run it more than once
        subprocess.run(
            ["bash", str(checkout / ".ci" / "run")],
            env=env,
            capture_output=True,
            timeout=120,
            cwd=tmp_path,
        )
        assert not log.exists(), f"apt-get was called: {log.read_text()}"
    assert os.access(checkout / ".ci" / "run", os.R_OK)
