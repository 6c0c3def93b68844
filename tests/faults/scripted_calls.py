"""A zygote that forks children which record calls or import until they are killed.

Started once as ``python scripted_calls.py`` (the imports are paid once), it reads commands on
stdin and answers each with the child's pid:

- ``calls FIFO DB TAG``: the child records calls on DB and, after each action's commit has
  returned, writes one line to FIFO (``call ID``, ``result ID CRITERION``, ``note ID TEXT``).
  Whatever the parent has read was reported as saved, and must be in the database after a kill.
- ``import FIFO DB FILE``: the child writes ``start``, runs ``calls import FILE``, then ``done``.
"""

from __future__ import annotations

import os
import signal
import sys
import traceback

from mysterycaller.cli import main as cli_main
from mysterycaller.domain.timing import Phase
from mysterycaller.persistence.database import Database
from mysterycaller.services.call_session import CallSession

DEMO = "5e0c9b7a-1d2f-4c3b-9a8e-7f6d5c4b3a21"
SCENARIO, TARGET = "waermepumpe-tarif", "mte-vertrieb"


def record_calls(path: str, tag: str) -> None:
    database = Database.open(path, daily_backup=False)
    number = 0
    while True:
        session = CallSession.start(database, DEMO, SCENARIO, TARGET, "T-09")
        print("call", session.call_id, flush=True)
        session.dial()
        session.enter_phase(Phase.QUEUE)
        session.enter_phase(Phase.TALK)
        session.toggle_check("firmenname")
        print("result", session.call_id, "firmenname", flush=True)
        for _ in range(3):
            text = f"{tag}-{number}"
            session.add_note(text)
            print("note", session.call_id, text, flush=True)
            number += 1


def run_import(path: str, calls_file: str) -> None:
    print("start", flush=True)
    status = cli_main(["calls", "import", calls_file, "--db", path])
    print("done", status, flush=True)


def serve() -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the system
    for line in sys.stdin:
        kind, fifo, *args = line.split()
        pid = os.fork()
        if pid == 0:
            writer = os.open(fifo, os.O_WRONLY)
            os.dup2(writer, 1)
            sys.stdout = os.fdopen(1, "w", buffering=1)
            try:
                record_calls(*args) if kind == "calls" else run_import(*args)
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
            finally:
                os._exit(0)
        print(pid, flush=True)


if __name__ == "__main__":
    serve()
