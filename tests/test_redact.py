"""redact / redact_mapping: secrets are masked, ordinary text is left alone."""

from __future__ import annotations

import pytest

from simulate.redact import redact, redact_mapping

MASK = "[REDACTED]"


@pytest.mark.parametrize("secret", ["sk-abcdef1234567890XYZ", "sk-proj-AbC_dEf-1234567890", "ghp_abcdefghijklmnop1234",
                                    "hf_abcdefghijklmnopqrst"])
def test_key_shaped_strings_are_masked(secret: str) -> None:
    """Provider key formats are masked wherever they appear in text."""
    out = redact(f"Incorrect API key provided: {secret}. See docs.")
    assert secret not in out
    assert MASK in out
    assert out.startswith("Incorrect API key provided: ")


def test_bearer_token_is_masked() -> None:
    """The token after Bearer is masked."""
    out = redact("Authorization: Bearer eyJhbGciOi.J9abc-def_ghi")
    assert "eyJhbGciOi" not in out
    assert MASK in out


@pytest.mark.parametrize("text", ["api_key=abcd1234efgh", "api-key: 'abcd1234efgh'", '"token": "abcd1234efgh"',
                                  "password=abcd1234efgh&user=bob"])
def test_assignments_keep_the_name_and_mask_the_value(text: str) -> None:
    """`name=value` style secrets keep their name and lose their value."""
    out = redact(text)
    assert "abcd1234efgh" not in out
    assert MASK in out
    assert out.split(MASK)[0].strip("\"' ").lower().startswith(("api", "token", "password"))


def test_user_env_secret_values_are_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Values of secret-named environment variables are masked, whatever their shape."""
    monkeypatch.setenv("MY_SERVICE_TOKEN", "plainvalue42zz")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "not-a-known-prefix-0001")
    out = redact("got plainvalue42zz and not-a-known-prefix-0001 back")
    assert "plainvalue42zz" not in out and "not-a-known-prefix-0001" not in out
    assert out == f"got {MASK} and {MASK} back"


def test_short_or_non_secret_env_values_are_not_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short secret values and values of ordinary variables are left alone."""
    monkeypatch.setenv("TINY_TOKEN", "abc")
    monkeypatch.setenv("MY_GREETING", "hello world friend")
    assert redact("abc hello world friend") == "abc hello world friend"


@pytest.mark.parametrize("text", ["I live in Denver and work as a nurse.", "max_tokens=64 temperature=0.7",
                                  "prompt_tokens: 12, completion_tokens: 3", "the task-list is long", ""])
def test_ordinary_text_untouched(text: str) -> None:
    """Text without secrets comes back byte for byte."""
    assert redact(text) == text


def test_redact_mapping_masks_secret_keys_recursively() -> None:
    """Secret-named keys are masked at any depth; other values are redacted as text; the input is not changed."""
    data = {
        "model": "openai/gpt-4o-mini",
        "max_tokens": 64,
        "api_key": "whatever",
        "options": {"auth_token": "abc12345", "password": "hunter2", "temperature": 0.5,
                    "note": "key sk-abcdef1234567890 leaked"},
        "servers": [{"secret": "s3cr3t!", "url": "http://x"}, "Bearer abcdefgh12345", 3],
        "empty_key": "",
    }
    out = redact_mapping(data)
    assert out["model"] == "openai/gpt-4o-mini"
    assert out["max_tokens"] == 64
    assert out["api_key"] == MASK
    assert out["options"]["auth_token"] == MASK
    assert out["options"]["password"] == MASK
    assert out["options"]["temperature"] == 0.5
    assert "sk-abcdef1234567890" not in out["options"]["note"] and MASK in out["options"]["note"]
    assert out["servers"][0] == {"secret": MASK, "url": "http://x"}
    assert "abcdefgh12345" not in out["servers"][1]
    assert out["servers"][2] == 3
    assert out["empty_key"] == ""
    assert data["api_key"] == "whatever"  # input untouched


@pytest.mark.parametrize("key", ["max_tokens", "monkey", "keyboard", "tokens_used", "prompt_tokens"])
def test_redact_mapping_leaves_harmless_keys(key: str) -> None:
    """Keys that merely contain 'key' or 'token' are not treated as secrets."""
    assert redact_mapping({key: "visible value"}) == {key: "visible value"}


def test_redact_mapping_masks_secrets_in_nested_sequences() -> None:
    """Strings inside lists of lists and tuples are redacted too."""
    out = redact_mapping({"args": [["--key", "sk-abcdefghijkl12345"]], "pair": ("sk-abcdefghijkl12345",)})
    assert "sk-abcdefghijkl12345" not in repr(out)
