"""The `mysterycaller` command: the GUI by default, and commands for coordinators and scripts.

Exit status: 0 done, 1 input refused (nothing changed), 2 wrong usage (argparse's own).
Heavy modules are imported inside the commands that need them, to keep start-up fast.
Each command group lives in its own module with a ``register(registrar)`` function.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from mysterycaller import __version__
from mysterycaller.cli import (
    call_commands,
    campaign_commands,
    export_commands,
    maintenance_commands,
    report_commands,
    sync_commands,
)
from mysterycaller.cli.common import EXIT_REFUSED, Registrar, database_path, refusal_message

COMMAND_MODULES = (
    campaign_commands,
    call_commands,
    report_commands,
    export_commands,
    sync_commands,
    maintenance_commands,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, metavar="PATH",
        help="database file (default: $MYSTERYCALLER_DB or the user data folder)",
    )  # fmt: skip
    common.add_argument(
        "--new-database", action="store_true", default=argparse.SUPPRESS,
        help="start a new, empty database where one is missing or empty although backups "
        "show there was one",
    )  # fmt: skip
    common.add_argument(
        "--lang", choices=("de", "en"), default=argparse.SUPPRESS,
        help="language of the GUI and reports",
    )  # fmt: skip
    parser = argparse.ArgumentParser(
        prog="mysterycaller",
        parents=[common],
        description="Mystery Caller: record test calls to service hotlines and report them.",
    )
    parser.add_argument("--version", action="version", version=f"mysterycaller {__version__}")
    parser.add_argument(
        "--exit-after-startup", action="store_true",
        help="open the GUI, wait for the first paint of the main window, exit 0",
    )  # fmt: skip
    registrar = Registrar(parser.add_subparsers(dest="command", metavar="COMMAND"), common)
    for module in COMMAND_MODULES:
        module.register(registrar)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        from mysterycaller.app import run_gui

        return run_gui(
            database_path(args),
            getattr(args, "lang", None),
            exit_after_startup=args.exit_after_startup,
            new_database=getattr(args, "new_database", False),
        )
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_REFUSED
    except Exception as error:  # refused input of any kind: say what and where, change nothing
        message = refusal_message(error)
        if message is None:
            if os.environ.get("MYSTERYCALLER_TRACEBACK"):
                raise
            # A bug: one sentence, never a traceback that could show SQL or call data.
            message = (
                f"mysterycaller stopped because of an internal error ({type(error).__name__}); "
                "set MYSTERYCALLER_TRACEBACK=1 to see the details and please report it."
            )
        print(message, file=sys.stderr)
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())
