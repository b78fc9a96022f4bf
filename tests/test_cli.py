"""The command line, run as a user runs it: a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PAGES = Path(__file__).parent / "pages"
DATA = Path(__file__).parent / "data"
MINI = str(DATA / "mini_gazetteer.jsonl")
SEED = str(PAGES.parent.parent / "examples" / "seed.html")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsmend", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_text_output_lists_corrections_after_the_article() -> None:
    result = run(SEED, "--gazetteer", MINI, "--no-default-gazetteer")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert out.startswith("Trump says he will meet Putin again")
    article, corrections = out.split("\nCorrections (", 1)
    assert "Richard Blumenthal" in article
    assert "\nCaptions (1):\n  The President of Ukraine Volodymyr Zelenskyy, left," in article
    assert "'Richard Blicutt' -> 'Richard Blumenthal'" in corrections
    assert "'Voldymyr Jemenskyy' -> 'Volodymyr Zelenskyy'" in corrections  # in a caption
    assert "Removed (" in corrections


def test_jsonl_reads_stdin_and_keeps_going_after_a_failure(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.html")
    html = (PAGES / "seed_table.html").read_bytes()
    result = run(
        "-", missing, "javascript:alert(1)", "--format", "jsonl", "--no-repair", stdin=html
    )
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(lines) == 3  # One per source, failures included, so a pipeline can resume.
    article = lines[0]
    assert article["corrections"] == []
    assert "Richard Blicutt" in article["text"]
    assert [(line["source"], line["error"]) for line in lines[1:]] == [
        (missing, "InvalidInput"),
        ("javascript:alert(1)", "InvalidInput"),
    ]
    errors = result.stderr.decode("utf-8").splitlines()
    assert len(errors) == 2
    assert missing in errors[0]
    assert "javascript:alert(1)" in errors[1]


def test_json_output_and_default_gazetteer() -> None:
    result = run(SEED, "--format", "json")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    replacements = {c["original"]: c["replacement"] for c in article["corrections"]}
    assert replacements["Khosset"] == "Knesset"


def test_text_output_separates_articles_and_keeps_source_order(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.html")
    table = str(PAGES / "seed_table.html")
    result = run(missing, SEED, table, "--no-repair", "--no-progress")
    assert result.returncode == 1
    out = result.stdout.decode("utf-8")
    assert not out.startswith("\n")  # No separator before the first article written.
    assert out.count("\n\n" + "=" * 72 + "\n\n") == 1
    assert result.stderr.decode("utf-8").startswith(f"newsmend: {missing}: InvalidInput")


def test_usage_errors_exit_with_two(tmp_path: Path) -> None:
    assert run().returncode == 2
    assert run(SEED, "--processes", "many").returncode == 2
    assert run(SEED, "--workers", "0").returncode == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops}\n", encoding="utf-8")
    result = run(SEED, "--gazetteer", str(bad))
    assert result.returncode == 2
    assert b"line 1" in result.stderr


def test_console_script_matches_python_dash_m() -> None:
    script = Path(sys.executable).with_name("newsmend")
    result = subprocess.run(
        [str(script), "--version"], capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 0
    assert result.stdout.decode().startswith("newsmend ")
