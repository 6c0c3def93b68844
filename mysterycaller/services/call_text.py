"""A call record as plain text for the terminal (`calls show` without --json)."""

from __future__ import annotations

from mysterycaller.services.call_records import Record
from mysterycaller.services.formats import Formats

_EN = Formats("en")


def format_number(value: float | None) -> str:
    return _EN.number(value)


def clock(seconds: float | None) -> str:
    """Seconds as m:ss.s, the way a stopwatch shows them."""
    if seconds is None:
        return "–"
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}:{rest:04.1f}"


def describe_record(record: Record) -> str:
    """A readable summary: who, what, attempts with timings, score, results, notes."""
    lines = [
        f"Call {record['id']}",
        f"  campaign {record['campaign_id']} (version {record['campaign_version']})",
        f"  scenario {record['scenario_id']}, target {record['target_id']}, "
        f"tester {record['tester'] or '–'}",
        f"  started {record['started_at']}, status {record['status']}",
    ]
    for number, attempt in enumerate(record["attempts"], start=1):
        timings = attempt["timings"]
        lines.append(
            f"  attempt {number}: {attempt['outcome'] or 'running'}, "
            f"answer after {clock(timings['time_to_answer'])}, "
            f"queue {clock(timings['queue_seconds'])}, hold {clock(timings['hold_seconds'])} "
            f"({timings['hold_count'] or 0}x), talk {clock(timings['talk_seconds'])}, "
            f"total {clock(timings['total_seconds'])}"
        )
    if not record["reached"]:
        lines.append(f"  not reached; score {format_number(record['score'])}")
    else:
        knockout = " (knocked out)" if record["knocked_out"] else ""
        lines.append(
            f"  score {format_number(record['score'])}{knockout}, "
            f"raw {format_number(record['raw_score'])}"
        )
        for section, value in record["sections"].items():
            lines.append(f"    {section}: {format_number(value)}")
    if record["results"]:
        lines.append("  results:")
        for criterion, result in record["results"].items():
            value = "n/a" if result.get("na") else result["value"]
            lines.append(f"    {clock(result.get('at')):>7}  {criterion}: {value}")
    for note in record["notes"]:
        lines.append(f"  note at {clock(note['at'])}: {note['text']}")
    return "\n".join(lines)
