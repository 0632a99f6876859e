"""A home implied by everyday evidence, held against a home said outright.

A country one lives in is often told by its everyday evidence rather than named ("I get the tube to work",
"I work for the NHS": `I take the tube => I live in the UK` in `implications.txt`). Such an implied home meets a
home said outright in the same session when the gazetteer puts them apart ("I live in Sydney"), as two homes
said outright do. Not held against each other: a move ("I'm moving to Spain" implies no home now), a home said
while visiting it or work done for it from afar ("I take the tube whenever I visit London"), homes said in two
sessions (one may have moved), and a small town or county said, which may be a namesake of one the gazetteer
lacks ("I live in Kent": a county, not the town in Ohio).
"""

from __future__ import annotations

import re

from .open_ledger import LEDGER_CHECKS, OpenConflict, OpenLedger, OpenRecord, finding_confidence

__all__ = ["home_conflicts", "note_home"]

_HOMES = "homes"  # the key of this check's notes in the ledger
_MOVING = re.compile(r"^I (?:move|moved|am moving|will move|have moved)\b")
# a home said while visiting it, or work done for it from afar ("I work for the NHS remotely"), is no home there
_VISITING = re.compile(r"\b(?:visit|visiting|trip|holiday|vacation|remote|remotely|when i am in|whenever i am in|when in|"
                       r"over in)\b")
# counties and regions the gazetteer lacks, whose names it knows as towns abroad ("Surrey", British Columbia)
_COUNTIES = frozenset("""bedfordshire berkshire buckinghamshire cambridgeshire cheshire cornwall cumbria derbyshire devon
dorset durham essex gloucestershire hampshire herefordshire hertfordshire kent lancashire leicestershire lincolnshire
norfolk northamptonshire northumberland nottinghamshire oxfordshire rutland shropshire somerset staffordshire suffolk
surrey sussex warwickshire wiltshire worcestershire yorkshire merseyside tyneside teesside cleveland avon humberside
middlesex cumberland westmorland anglesey gwynedd powys ceredigion pembrokeshire carmarthenshire glamorgan gwent
monmouthshire fife lothian lanarkshire ayrshire renfrewshire dunbartonshire stirlingshire perthshire angus aberdeenshire
moray highlands argyll galloway dumfries borders orkney shetland antrim armagh down fermanagh tyrone derry londonderry
wicklow kildare meath louth cork kerry clare galway mayo sligo donegal wexford waterford kilkenny tipperary limerick
offaly laois westmeath longford roscommon leitrim cavan monaghan carlow""".split())
_BIG_CITY = 500_000  # a home said outright is set against an implied one only when it is a country, a state or a city


def _home(record: OpenRecord) -> bool | None:
    """Is the record a present home said outright (False), implied by evidence (True), or no home (None)?"""
    d = record.derived
    if d.predicate != "liv in" or d.polarity != "affirm" or not d.object or record.claim.change or \
            record.claim.time not in ("present", "now") or (d.time is not None and d.time not in ("present", "now")):
        return None
    if d.via is None:
        return False if d.confidence >= 1.0 else None
    return True if " => I live in " in d.via and not _MOVING.match(d.via) else None


def note_home(ledger: OpenLedger, record: OpenRecord) -> None:
    """Keep the speaker's present homes, said or implied (the last twelve)."""
    if _home(record) is None:
        return
    homes = ledger.notes.setdefault(_HOMES, {}).setdefault(record.speaker, [])
    homes.append(record)
    del homes[:-12]


def home_conflicts(ledger: OpenLedger, record: OpenRecord) -> list[OpenConflict]:
    """A home implied by evidence against a home said outright, in one session, that the gazetteer puts apart."""
    implied = _home(record)
    if implied is None:
        return []
    if _VISITING.search(record.claim.text.lower()):
        return []  # "I take the tube whenever I visit London"
    from .places import place_relation, resolve, same_area  # noqa: PLC0415  (the gazetteer loads on first use)

    out = []
    for old in ledger.notes.get(_HOMES, {}).get(record.speaker, ()):
        if _home(old) == implied or old.session != record.session or old.claim.text == record.claim.text:
            continue  # two homes said outright are the origin check's; a home can change between sessions
        a, b = old.derived.object, record.derived.object
        said = a if implied else b
        big = any(p.kind in ("country", "admin1") or p.population >= _BIG_CITY for p in resolve(said))
        if not big or said.removeprefix("the ").removesuffix(" county").split()[-1] in _COUNTIES or \
                place_relation(a, b) != "distinct" or same_area(a, b) or _VISITING.search(old.claim.text.lower()):
            continue  # a small town said may be a namesake of one the gazetteer lacks ("Kent": a county, not Ohio)
        line = record.derived.via or old.derived.via
        out.append(OpenConflict(old, record.derived, record.claim, finding_confidence(record, old, 0.8), "exclusion",
                                f"{line}; one home at a time (the gazetteer)"))
    return out


LEDGER_CHECKS.append((note_home, home_conflicts))
