"""What every command module shares: registration, the database, output, refusals."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


class Registrar:
    """Adds commands that accept ``--db`` and ``--lang`` before or after their name."""

    def __init__(self, commands: Any, common: argparse.ArgumentParser):
        self.commands = commands
        self.common = common

    def group(self, name: str, help: str) -> Registrar:
        """A command group such as ``campaign``, whose actions are registered on the result."""
        parser = self.commands.add_parser(name, help=help, description=help)
        actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
        return Registrar(actions, self.common)

    def command(self, name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self.commands.add_parser(
            name, parents=[self.common], help=help, description=help
        )
        parser.set_defaults(handler=handler)
        return parser


def database_path(args: argparse.Namespace) -> Path:
    from mysterycaller.persistence.database import default_database_path

    path: Path | None = getattr(args, "db", None)
    return path if path is not None else default_database_path()


@contextmanager
def opened_database(args: argparse.Namespace) -> Iterator[Any]:
    """The database the command works on (created and migrated if needed), closed afterwards."""
    from mysterycaller.persistence.database import Database

    database = Database.open(database_path(args), new_database=getattr(args, "new_database", False))
    if database.backup_path is not None:  # on stderr: --json output stays as it is
        print(
            f"Upgraded {database.path} for this version; the copy from before is "
            f"{database.backup_path}.",
            file=sys.stderr,
        )
    try:
        yield database
    finally:
        database.close()


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def refusal_message(error: Exception) -> str | None:
    """The message for an error that means 'input refused', or None for a real bug."""
    from mysterycaller.persistence.database import DatabaseError, StoreError
    from mysterycaller.services.errors import RefusedInput

    if isinstance(error, RefusedInput | DatabaseError):
        return str(error)
    if isinstance(error, StoreError):
        # Not classified on its way up (it did not pass a transaction): classify it here.
        from mysterycaller.persistence.faults import classify

        return str(classify(error, None))
    if isinstance(error, LookupError):
        return str(error.args[0]) if error.args else "not found"
    if isinstance(error, OSError):
        return f"{error.filename or ''}: {error.strerror}".lstrip(": ")
    return None
