"""`smscodec serve` as a user runs it: a process, killed and started again on its database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
from emulator_fixtures import serve, wait_for

import smscodec as sc


def test_a_killed_emulator_restarted_on_its_db_keeps_every_accepted_message(
        tmp_path: Path) -> None:
    db = str(tmp_path / "emulator.db")
    headers = {"authorization": "App k"}
    with serve("--db", db, "--key", "k") as (url, process):
        ids = []
        for i in range(20):
            body = {"to": ["41793026727", "41793020002"], "text": f"Message {i}"}
            answer = httpx.post(f"{url}/sms/1/text/single", json=body, headers=headers)
            ids += [m.message_id for m in sc.decode(answer.content, sc.SmsResponse).messages]
        os.kill(process.pid, signal.SIGKILL)  # no shutdown: only what was committed survives
        process.wait(10)
    with serve("--db", db, "--key", "k") as (url, _):
        def all_final() -> dict[str, str] | None:
            listed = httpx.get(f"{url}/_emulator/messages").json()["messages"]
            found = {m["messageId"]: m["status"]["groupName"] for m in listed
                     if m["state"] == "final"}
            return found if len(found) == len(listed) else None
        found = wait_for(all_final)
        assert sorted(found) == sorted(ids)
        assert sorted(found.values()) == ["DELIVERED"] * 20 + ["UNDELIVERABLE"] * 20


def test_serve_without_the_extra_says_how_to_install_it() -> None:
    code = ("import sys; sys.modules['uvicorn'] = None\n"
            "from smscodec._cli.main import main\n"
            "sys.exit(main(['serve']))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2
    assert "pip install 'smscodec[server]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_import_smscodec_imports_no_server_library() -> None:
    code = ("import sys, smscodec, smscodec.asgi\n"
            "heavy = sorted({'uvicorn', 'httpx', 'sqlite3'} & set(sys.modules))\n"
            "assert not heavy, heavy\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
