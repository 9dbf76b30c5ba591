"""`--help` and argument errors of every subcommand follow --lang, else the system locale."""

from __future__ import annotations

import argparse
import re

import pytest

from desktop.cli import main
from tests.language_words import foreign

SUBCOMMANDS = ([], ["rank"], ["export"])
# Command syntax stays as typed: command and option names, their choices, one-letter
# placeholders; a subcommand named in the description is syntax too.
SYNTAX = re.compile(r"--?[\w-]+|\{[^}]*\}|\bcluster-planner( rank| export)?\b|\b[A-Z]\b")


def help_text(capsys, argv: list[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 0
    return capsys.readouterr().out


def in_locale(monkeypatch, value: str) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", value)


@pytest.mark.parametrize("command", SUBCOMMANDS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_help_is_in_the_language_asked_for(capsys, monkeypatch, command, lang):
    in_locale(monkeypatch, "en_US.UTF-8" if lang == "zh" else "zh_CN.UTF-8")  # --lang wins
    for spelling in (["--lang", lang], [f"--lang={lang}"]):
        shown = help_text(capsys, [*command, *spelling, "--help"])
        assert ("用法" in shown) == (lang == "zh") and ("usage" in shown) == (lang == "en")
        assert foreign(SYNTAX.sub(" ", shown), lang) == [], shown


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_help_follows_the_system_locale_without_lang(capsys, monkeypatch, command):
    in_locale(monkeypatch, "zh_CN.UTF-8")
    chinese = help_text(capsys, [*command, "--help"])
    assert "显示本帮助并退出" in chinese and foreign(SYNTAX.sub(" ", chinese), "zh") == []
    in_locale(monkeypatch, "en_GB.UTF-8")
    english = help_text(capsys, [*command, "--help"])
    assert "show this help message and exit" in english and foreign(english, "en") == []


def test_argument_errors_follow_the_language(capsys, monkeypatch):
    in_locale(monkeypatch, "en_US.UTF-8")
    assert main(["rank", "--lang", "zh", "--alpha", "2"]) == 2
    assert capsys.readouterr().err.strip() == "cluster-planner rank: 参数 --alpha：2 超出 [0, 1]"
    assert main(["export", "--lang", "zh"]) == 2
    assert "必需的参数缺失" in capsys.readouterr().err
    assert main(["rank", "--alpha", "2"]) == 2
    assert capsys.readouterr().err.strip() == (
        "cluster-planner rank: argument --alpha: 2 is outside [0, 1]"
    )


def test_parsing_leaves_argparse_as_it_was(capsys):
    before = argparse._
    help_text(capsys, ["rank", "--lang", "zh", "--help"])
    assert argparse._ is before
