"""What the testers wrote on the own lines, grouped by section and criterion."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from mysterycaller.domain.verbatims import Verbatim
from mysterycaller.domain.wave import WaveFigures
from mysterycaller.services.reports.layout import Styles, escape
from mysterycaller.services.reports.texts import Texts
from mysterycaller.services.reports.wave_cells import quote, small
from mysterycaller.services.reports.wave_names import WaveNames

#: The kinds of verbatims shown under a criterion (evidence is for the levers only).
SHOWN = ("observation", "remark")


def verbatims_section(
    figures: WaveFigures, names: WaveNames, texts: Texts, styles: Styles
) -> list[Flowable]:
    """Observations and remarks per section and criterion, then the notes on the calls."""
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        Paragraph(escape(texts["verbatims"]), styles.h1),
        small(texts["verbatims_intro"], styles),
        Spacer(1, 2 * mm),
    ]
    by_criterion: dict[str, list[Verbatim]] = {}
    for item in figures.verbatims:
        if item.kind in SHOWN:
            by_criterion.setdefault(item.criterion_id, []).append(item)
    notes = [v for v in figures.verbatims if v.kind == "note"]
    if not by_criterion and not notes:
        return [*story, Paragraph(escape(texts["no_verbatims"]), styles.body)]
    for section in names.campaign.catalogue.sections:
        wanted = [c for c in section.criteria if c.id in by_criterion]
        if not wanted:
            continue
        for index, criterion in enumerate(wanted):
            heading = section.title if index == 0 else None
            items = by_criterion[criterion.id]
            story += _group(heading, criterion.text, criterion.id, items, figures, names, texts,
                            styles)  # fmt: skip
    if notes:
        story += _group(texts["call_notes"], "", "", notes, figures, names, texts, styles)
    return story


def _group(
    heading: str | None,
    title: str,
    key: str,
    items: list[Verbatim],
    figures: WaveFigures,
    names: WaveNames,
    texts: Texts,
    styles: Styles,
) -> list[Flowable]:
    total = figures.verbatim_counts.get(key, len(items))
    count = texts.format("shown_of", shown=texts.integer(len(items)), total=texts.integer(total))
    head = f"<b>{escape(title)}</b> " if title else ""
    parts: list[Flowable] = [Paragraph(escape(heading), styles.h2)] if heading else []
    parts.append(
        Paragraph(f"{head}<font size='7' color='#5A6270'>{escape(count)}</font>", styles.body)
    )
    parts += [quote(item, names, texts, styles) for item in reversed(items)]
    parts.append(Spacer(1, 2 * mm))
    return [KeepTogether(parts)]
