"""Which values of one persona fact one person can hold together: marital statuses, occupations, and
free-text values written in different words. One definition, shared by the checkers and by the scripted
model's ground truth, so what the model counts as a contradiction is what the checkers look for."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

__all__ = ["ALWAYS_COMPATIBLE_JOBS", "NOT_WORKING", "marital_statuses_conflict", "occupations_conflict", "squashed",
           "texts_compatible"]

_COMPATIBLE_STATUS = {frozenset(p) for p in (("single", "dating"), ("divorced", "single"), ("widowed", "single"),
                                             ("divorced", "dating"), ("widowed", "dating"),
                                             ("engaged", "dating"), ("separated", "married"),
                                             ("engaged", "widowed"), ("engaged", "divorced"))}
ALWAYS_COMPATIBLE_JOBS = {"student", "intern", "volunteer", "freelancer"}
NOT_WORKING = {"retired", "unemployed"}

_JOB_FAMILIES = [
    {"doctor", "physician", "pediatrician", "paediatrician", "surgeon", "cardiologist", "neurologist", "gp",
     "psychiatrist", "dermatologist", "oncologist", "radiologist", "anesthesiologist", "medic", "resident"},
    {"lawyer", "attorney", "solicitor", "barrister", "paralegal"},
    {"police", "policeman", "policewoman", "cop", "officer", "detective", "sheriff", "deputy"},
    {"chef", "cook", "baker"},
    {"teacher", "educator", "tutor", "instructor", "lecturer", "professor"},
    {"musician", "pianist", "drummer", "guitarist", "singer", "violinist", "rapper", "dj", "composer"},
    {"artist", "painter", "sculptor", "illustrator", "designer"},
    {"writer", "author", "novelist", "journalist", "poet", "reporter", "editor"},
    {"vet", "veterinarian"},
    {"driver", "trucker", "chauffeur"},
    {"engineer", "developer", "programmer", "coder"},
    {"nurse", "midwife", "caregiver"},
    {"soldier", "marine", "officer", "veteran"},
    {"farmer", "rancher", "farmhand"},
    {"waiter", "waitress", "server", "bartender", "barista"},
]


def marital_statuses_conflict(a: str, b: str) -> bool:
    """Can one person not say both? ("divorced" and "single" can both hold; "married" and "single" cannot.)"""
    return a != b and frozenset((a, b)) not in _COMPATIBLE_STATUS


def occupations_conflict(a: str, b: str) -> bool:
    """Can one person not hold both occupations, each said as their job ("I work as a ...")? Students,
    interns, volunteers and freelancers can hold another job; "retired" cannot go with a job."""
    a, b = a.lower(), b.lower()
    if a == b:
        return False
    heads = {a.split()[-1] if a.split() else a, b.split()[-1] if b.split() else b}
    if heads & ALWAYS_COMPATIBLE_JOBS or {"student"} & heads:
        return False
    if {a, b} & NOT_WORKING or any(v.startswith(("retired ", "former ")) for v in (a, b)):
        return True
    return not texts_compatible(a, b)


def texts_compatible(a: str, b: str) -> bool:
    """Can both be said of one thing? The same words (one within the other, plurals aside), the same name
    spelt two ways, or two jobs of one family ("doctor", "surgeon")."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb or _same_spelling(a, b):
        return True
    return (wa <= wb or wb <= wa or _stem(wa) <= _stem(wb) or _stem(wb) <= _stem(wa)
            or _same_family(_stem(wa) | wa, _stem(wb) | wb))


def squashed(text: str) -> str:
    """Names and brands written with or without spaces and punctuation ("PetSmart", "pet smart")."""
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower())) - {"the", "of", "and", "in", "a", "an", "de", "la"}


def _same_spelling(a: str, b: str) -> bool:
    """One name written twice, with or without spaces, or with a slip ("Rascal Flats", "Rascal Flatts")."""
    sa, sb = squashed(a), squashed(b)
    if sa == sb:
        return True
    if min(len(sa), len(sb)) >= 7 and _one_slip(sa, sb):
        return True  # "the late war", "the late was"
    return min(len(sa), len(sb)) >= 6 and SequenceMatcher(None, sa, sb).ratio() >= 0.88


def _one_slip(a: str, b: str) -> bool:
    """Do `a` and `b` differ by one typed character (changed, added or dropped)?"""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _stem(words: set[str]) -> set[str]:
    return {w.rstrip("s") for w in words}


def _same_family(wa: set[str], wb: set[str]) -> bool:
    return any(wa & family and wb & family for family in _JOB_FAMILIES)
