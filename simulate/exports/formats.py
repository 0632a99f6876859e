"""Export batch records as training and analysis data.

Formats (all JSONL but parquet; one record per line, deterministic: the same records give the
same bytes):

conversations
    Conversation JSONL v1 (what `simulate check` reads), one line per conversation, plus a `meta`
    object: item, template, draw, repeat, model, seed, status, error, sessions, findings.
openai
    OpenAI chat fine-tuning JSONL: one example per persona per conversation. The persona's turns
    are `assistant`, everyone else's `user` (as "Name: text" when more than two personas take part);
    each session opens with a user-side note "(Session N, <weekday day month year>)", N from 1 (so
    every example starts with a user message, even when the persona speaks first);
    consecutive messages of one role are merged with a newline; the example ends with the persona's
    last reply. A scripted probe question the persona asked is an assistant message with
    `"weight": 0` (context, not trained on).
sharegpt
    ShareGPT JSONL (`system`, `conversations` of `human`/`gpt`), same messages as openai.
parquet
    One row per turn (needs pyarrow: the `parquet` extra).
dpo
    TRL conversational preference pairs, one per regenerated turn with a consistent reply:
    prompt = the exact request that produced the contradicting turn, chosen = the consistent
    regeneration, rejected = the turn as kept.
kto
    TRL unpaired preference lines from the same turns: the kept turn with `label: false`, the
    consistent regeneration with `label: true`.

Every line carries its provenance in `metadata` (`meta` for conversations): item, template
(scenario), model, seed, conversation, persona, sessions, and the findings that concern it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any, BinaryIO

import orjson

from ..errors import InputError
from ..persona import PersonaCard
from .conversations import conversation_v1

__all__ = ["FORMATS", "export", "system_prompt"]

FORMATS = ("conversations", "openai", "sharegpt", "parquet", "dpo", "kto")
PREFERENCE_FORMATS = ("dpo", "kto")

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def export(records: Iterable[dict[str, Any]], out: BinaryIO, fmt: str, *, consistent_only: bool = False,
           max_findings: int | None = None, include_failed: bool = False) -> int:
    """Write `records` (batch records, see simulate.exports.batch_records) to `out` in format `fmt`.

    Failed conversations are skipped unless `include_failed`. `consistent_only` keeps only the
    conversations with no finding, `max_findings` those with at most that many; neither applies to
    dpo and kto, whose lines come from contradicting turns by design.

    Returns the number of lines written (conversations, examples, pairs or KTO lines), or for
    parquet the number of conversations written.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    if max_findings is not None and max_findings < 0:
        raise InputError(f"max_findings must be 0 or more, got {max_findings}")
    limit = 0 if consistent_only else max_findings
    if fmt in PREFERENCE_FORMATS:
        limit = None

    def kept(record: dict[str, Any]) -> bool:
        if not include_failed and record.get("status", "done") != "done":
            return False
        return limit is None or len(record.get("findings") or ()) <= limit

    selected = (record for record in records if kept(record))
    if fmt == "parquet":
        from .parquet import write_parquet  # pyarrow is optional: imported only here

        return write_parquet(selected, out)
    lines = _WRITERS[fmt]
    count = 0
    for record in selected:
        for line in lines(record):
            out.write(orjson.dumps(line) + b"\n")
            count += 1
    return count


# --- helpers shared by the formats -----------------------------------------------------------


def _cards(record: dict[str, Any]) -> dict[str, PersonaCard]:
    return {name: PersonaCard.model_validate(card) for name, card in (record.get("personas") or {}).items()}


def _parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)


def _day(value: str) -> str:
    """`Monday 5 January 2026` (locale-independent)."""
    moment = _parse_time(value)
    return f"{_DAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def sessions(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Each session of the conversation: its number (from 0), the time of its first turn, its turn count."""
    out: list[dict[str, Any]] = []
    for turn in record.get("turns") or ():
        if not out or out[-1]["session"] != turn["session"]:
            out.append({"session": turn["session"], "start": turn["time"], "turns": 0})
        out[-1]["turns"] += 1
    return out


def _provenance(record: dict[str, Any]) -> dict[str, Any]:
    return {key: record.get(key) for key in ("item", "template", "draw", "repeat", "model", "seed", "conversation")}


def system_prompt(card: PersonaCard) -> str:
    """The persona's system prompt for fine-tuning: who they are, their facts and how they change, their style."""
    parts = [f"You are {card.name}."]
    if card.description:
        parts.append(card.description if card.description.endswith((".", "!", "?")) else card.description + ".")
    facts = card.facts.sentences()
    if facts:
        parts.append("Facts about you: " + " ".join(facts))
    changes: dict[int, list[str]] = {}
    for session, _slot, sentence in card.timeline_facts():
        changes.setdefault(session, []).append(sentence)
    events: dict[int, list[str]] = {}
    for event in card.timeline:
        events.setdefault(event.session, []).append(event.event)
    later = [f"from session {s + 1} ({'; '.join(events[s])}): {' '.join(v)}" for s, v in changes.items()]
    if later:
        parts.append("Later changes: " + " ".join(later))
    if card.style:
        parts.append(f"Style: {card.style}")
    return " ".join(parts)


# --- conversations ---------------------------------------------------------------------------


def _conversations(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield {**conversation_v1(record),
           "meta": {**_provenance(record), "status": record.get("status", "done"), "error": record.get("error"),
                    "sessions": sessions(record), "findings": record.get("findings") or []}}


# --- openai / sharegpt -----------------------------------------------------------------------


def _speakers(record: dict[str, Any]) -> list[str]:
    """Personas of the record in card order, then anyone else who speaks, in order of first turn."""
    names = list(record.get("personas") or {})
    for turn in record.get("turns") or ():
        if turn["speaker"] not in names:
            names.append(turn["speaker"])
    return names


def dialogue(record: dict[str, Any], persona: str) -> list[dict[str, Any]]:
    """The conversation as `persona` lives it: user/assistant messages, or [] if they never reply.

    Each message is {"role", "content", "trained"}; `trained` is False for a scripted probe question
    the persona asked (context, not their model's words).
    """
    several = len(_speakers(record)) > 2
    messages: list[dict[str, Any]] = []

    def add(role: str, content: str, trained: bool) -> None:
        if messages and messages[-1]["role"] == role:
            messages[-1]["content"] += "\n" + content
            messages[-1]["trained"] = messages[-1]["trained"] or trained
        else:
            messages.append({"role": role, "content": content, "trained": trained})

    session = None
    for turn in record.get("turns") or ():
        if turn["session"] != session:
            session = turn["session"]
            add("user", f"(Session {session + 1}, {_day(turn['time'])})", False)
        if turn["speaker"] == persona:
            add("assistant", turn["text"], turn.get("kind", "turn") != "probe_question")
        else:
            add("user", f"{turn['speaker']}: {turn['text']}" if several else turn["text"], False)
    while messages and not (messages[-1]["role"] == "assistant" and messages[-1]["trained"]):
        messages.pop()
    return messages


def _examples(record: dict[str, Any]) -> Iterator[tuple[str, str, list[dict[str, Any]], dict[str, Any]]]:
    """(persona, system prompt, messages, metadata) for each persona who replies at least once."""
    cards = _cards(record)
    findings = record.get("findings") or []
    spans = sessions(record)
    for persona in _speakers(record):
        messages = dialogue(record, persona)
        if not messages:
            continue
        card = cards.get(persona) or PersonaCard(name=persona)
        metadata = {**_provenance(record), "status": record.get("status", "done"), "persona": persona,
                    "sessions": spans, "findings": [f for f in findings if f.get("speaker") == persona]}
        yield persona, system_prompt(card), messages, metadata


def _openai(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for _persona, prompt, messages, metadata in _examples(record):
        chat: list[dict[str, Any]] = [{"role": "system", "content": prompt}]
        for message in messages:
            line: dict[str, Any] = {"role": message["role"], "content": message["content"]}
            if message["role"] == "assistant" and not message["trained"]:
                line["weight"] = 0
            chat.append(line)
        yield {"messages": chat, "metadata": metadata}


def _sharegpt(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for persona, prompt, messages, metadata in _examples(record):
        yield {"id": f"{record['item']}/{persona}", "system": prompt,
               "conversations": [{"from": "gpt" if m["role"] == "assistant" else "human", "value": m["content"]}
                                 for m in messages],
               "metadata": metadata}


# --- dpo / kto -------------------------------------------------------------------------------


def preferences(record: dict[str, Any]) -> Iterator[tuple[list[dict[str, str]], str, str, dict[str, Any]]]:
    """(prompt, rejected text, chosen text, metadata) for each turn regenerated into a consistent reply."""
    findings = record.get("findings") or []
    for turn in record.get("turns") or ():
        preference = (turn.get("metadata") or {}).get("preference")
        if not isinstance(preference, dict):
            continue
        chosen = preference.get("chosen")
        prompt = preference.get("prompt")
        if not isinstance(chosen, str) or not isinstance(prompt, list) or chosen == turn["text"]:
            continue
        metadata = {**_provenance(record), "persona": turn["speaker"], "session": turn["session"],
                    "turn": turn["index"], "findings": [f for f in findings if f.get("turn") == turn["index"]],
                    "flagged": list(preference.get("findings") or []), "tried": preference.get("tried"),
                    "chosen_seed": preference.get("chosen_seed")}
        messages = [{"role": m["role"], "content": m["content"]} for m in prompt]
        yield messages, turn["text"], chosen, metadata


def _dpo(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for prompt, rejected, chosen, metadata in preferences(record):
        yield {"prompt": prompt, "chosen": [{"role": "assistant", "content": chosen}],
               "rejected": [{"role": "assistant", "content": rejected}], "metadata": metadata}


def _kto(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for prompt, rejected, chosen, metadata in preferences(record):
        yield {"prompt": prompt, "completion": [{"role": "assistant", "content": rejected}], "label": False,
               "metadata": metadata}
        yield {"prompt": prompt, "completion": [{"role": "assistant", "content": chosen}], "label": True,
               "metadata": metadata}


_WRITERS: dict[str, Callable[[dict[str, Any]], Iterator[dict[str, Any]]]] = {
    "conversations": _conversations, "openai": _openai, "sharegpt": _sharegpt, "dpo": _dpo, "kto": _kto,
}
