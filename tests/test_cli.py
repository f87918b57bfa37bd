"""The ``newsclean`` command: formats, JSONL records, errors, exit codes, parallel runs."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

import newsclean
from newsclean.cli import main

ROOT = pathlib.Path(__file__).resolve().parent.parent
FEED = ROOT / "examples" / "feed.txt"
RECORDS = ROOT / "examples" / "feed.jsonl"

STORY = (
    "Advertisement\n"
    "Volunteers have planted three thousand trees along the canal towpath in Stoke.\n"
    "Image: Volunteers with spades beside the water. Pic: Canal Trust\n"
    "The trust said the saplings would form a hedge within five years.\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str | pathlib.Path) -> tuple[int, str, str]:
    """Run the command in this process; returns (exit code, stdout, stderr)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def write_lines(path: pathlib.Path, *records: object) -> pathlib.Path:
    """Write a JSONL file: dicts as JSON, strings verbatim."""
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_default_is_text_articles_separated_by_a_blank_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`newsclean FILE` prints the cleaned articles, a blank line between two articles."""
    code, out, err = run(capsys, FEED)
    feed = newsclean.clean(FEED.read_text(encoding="utf-8"))
    assert code == 0
    assert err == ""
    assert out == "\n\n".join(a.text for a in feed.articles) + "\n"


def test_articles_of_several_files_are_separated_too(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """Two inputs give their articles in order, with a blank line between the inputs."""
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code, out, _ = run(capsys, story, story)
    text = newsclean.clean(STORY).articles[0].text
    assert code == 0
    assert out == f"{text}\n\n{text}\n"


def test_module_and_stdin(tmp_path: pathlib.Path) -> None:
    """`python -m newsclean` reads standard input when no file is named."""
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean"],
        input=STORY.encode(),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == newsclean.clean(STORY).articles[0].text + "\n"


def test_jsonl_has_one_record_per_article(capsys: pytest.CaptureFixture[str]) -> None:
    """`--format jsonl` writes one JSON record per article: its data, source and index."""
    code, out, _ = run(capsys, "--format", "jsonl", FEED)
    feed = newsclean.clean(FEED.read_text(encoding="utf-8"))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert len(records) == len(feed.articles)
    for index, (record, article) in enumerate(zip(records, feed.articles, strict=True)):
        assert record == {"source": str(FEED), "index": index, **article.to_dict()}


def test_json_is_one_document_per_input(capsys: pytest.CaptureFixture[str]) -> None:
    """`--format json` writes one document per input: its articles and removed counts."""
    code, out, _ = run(capsys, "--format", "json", FEED)
    feed = newsclean.clean(FEED.read_text(encoding="utf-8"))
    doc = json.loads(out)
    assert code == 0
    assert doc == {"source": str(FEED), **feed.to_dict()}


def test_explain_shows_rules_and_cues(capsys: pytest.CaptureFixture[str]) -> None:
    """`--explain` lists every removed piece with its rule id and every boundary's cues."""
    code, out, _ = run(capsys, "--explain", FEED)
    feed = newsclean.clean(FEED.read_text(encoding="utf-8"))
    assert code == 0
    for piece in feed.boilerplate:
        assert f"- [{piece.kind.value} {piece.rule}] {piece.text}" in out
    for article in feed.articles:
        assert article.boundary.reason in out
        for cue in article.boundary.cues:
            assert f"cue {cue.name} = {cue.value:+.2f}" in out
    assert out.count("== article ") == len(feed.articles)


def test_no_split_gives_one_article(capsys: pytest.CaptureFixture[str]) -> None:
    """`--no-split` treats the whole input as one article."""
    code, out, _ = run(capsys, "--no-split", "--format", "jsonl", FEED)
    assert code == 0
    assert len(out.splitlines()) == 1


def test_jsonl_records_keep_their_fields_and_gain_the_results(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A JSONL record keeps every field and gains its articles, removed pieces and counts."""
    code, out, err = run(capsys, "--jsonl", RECORDS)
    inputs = [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines()]
    outputs = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert len(outputs) == len(inputs)
    for before, after in zip(inputs, outputs, strict=True):
        gained = after.pop("newsclean")
        assert after == before
        feed = newsclean.clean(before["text"])
        assert [a["text"] for a in gained["articles"]] == [a.text for a in feed.articles]
        assert gained["removed"] == [b.to_dict() for b in feed.boilerplate]
        assert gained["counts"] == {k.value: n for k, n in feed.counts().items()}
        for piece in gained["removed"]:
            assert before["text"][piece["span"]["start"] : piece["span"]["end"]] == piece["text"]
    assert f"{len(inputs)} records: {len(inputs)} cleaned, 0 failed" in err


def test_jsonl_field_and_into_are_chosen(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """`--field` names the text field and `--into` the field the record gains."""
    path = write_lines(tmp_path / "in.jsonl", {"body": STORY, "n": 1})
    code, out, _ = run(capsys, "--jsonl", "--field", "body", "--into", "clean", path)
    record = json.loads(out)
    assert code == 0
    assert record["n"] == 1
    assert record["clean"]["articles"][0]["text"] == newsclean.clean(STORY).articles[0].text


def test_jsonl_explain_adds_the_boundary(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """With `--explain` each article of a record carries its boundary score, reason and cues."""
    path = write_lines(tmp_path / "in.jsonl", {"text": STORY})
    _, plain, _ = run(capsys, "--jsonl", path)
    _, explained, _ = run(capsys, "--jsonl", "--explain", path)
    assert "boundary" not in json.loads(plain)["newsclean"]["articles"][0]
    boundary = json.loads(explained)["newsclean"]["articles"][0]["boundary"]
    assert boundary["reason"] == "start of input"


BAD_RECORDS = (
    {"text": STORY, "id": 1},
    "this is not json",
    ["a", "list"],
    {"id": 4},
    {"text": 5},
    {"text": STORY, "newsclean": "taken"},
    {"text": STORY, "id": 7},
)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (2, "not valid JSON"),
        (3, "must be a JSON object, not list"),
        (4, "no field 'text'"),
        (5, "field 'text' is int, not a string"),
        (6, "already has a field 'newsclean'"),
    ],
)
def test_failing_records_are_reported_with_their_line(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path, line: int, message: str
) -> None:
    """Each kind of bad record is reported on stderr as FILE:LINE: reason."""
    path = write_lines(tmp_path / "in.jsonl", *BAD_RECORDS)
    code, _, err = run(capsys, "--jsonl", "--on-error", "skip", path)
    assert code == 1
    assert f"{path}:{line}: " in err
    assert message in err.split(f"{path}:{line}: ", 1)[1].splitlines()[0]


def test_on_error_fail_stops_at_the_first_failure(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """`--on-error fail` (the default) writes the records before the failure, then stops: exit 1."""
    path = write_lines(tmp_path / "in.jsonl", *BAD_RECORDS)
    code, out, err = run(capsys, "--jsonl", path)
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1]
    assert "2 records: 1 cleaned, 1 failed (stopped)" in err


def test_on_error_skip_leaves_failures_out_and_counts_them(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """`--on-error skip` leaves failed records out, reports each and counts them: exit 1."""
    path = write_lines(tmp_path / "in.jsonl", *BAD_RECORDS)
    code, out, err = run(capsys, "--jsonl", "--on-error", "skip", path)
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 7]
    assert "7 records: 2 cleaned, 5 failed (skipped)" in err


def test_on_error_keep_passes_failures_through(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """`--on-error keep` keeps every record, in order, a failed one with its error."""
    path = write_lines(tmp_path / "in.jsonl", *BAD_RECORDS)
    code, out, err = run(capsys, "--jsonl", "--on-error", "keep", path)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert len(records) == len(BAD_RECORDS)
    assert records[1]["newsclean"]["raw"] == "this is not json"
    assert records[3] == {"id": 4, "newsclean": {"error": "no field 'text'", "where": f"{path}:4"}}
    assert records[5] == {"text": STORY, "newsclean": "taken"}
    assert "7 records: 2 cleaned, 5 failed (kept)" in err


def test_invalid_utf8_names_file_and_byte_offset(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """Invalid UTF-8 stops with the file name and the offset of the bad byte: exit 1."""
    path = tmp_path / "bad.txt"
    path.write_bytes("Caf\u00e9 owners met on Monday.\nA second line ".encode() + b"\xff here.\n")
    offset = path.read_bytes().index(b"\xff")
    code, _, err = run(capsys, path)
    assert code == 1
    assert f"{path}: byte offset {offset}: invalid UTF-8" in err


def test_invalid_utf8_in_a_record_names_its_offset(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """In JSONL input the bad record is reported with its line and the byte offset in the file."""
    path = tmp_path / "bad.jsonl"
    good = json.dumps({"text": STORY}).encode() + b"\n"
    path.write_bytes(good + b'{"text": "bad \xc3 byte"}\n')
    code, _, err = run(capsys, "--jsonl", path)
    assert code == 1
    assert f"{path}:2: byte offset {len(good) + 14}: invalid UTF-8" in err


def test_encoding_errors_replace(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """`--encoding-errors replace` substitutes U+FFFD and carries on: exit 0."""
    path = tmp_path / "bad.txt"
    path.write_bytes(b"The market opened at 9am \xff sharp.\n")
    code, out, _ = run(capsys, "--encoding-errors", "replace", path)
    assert code == 0
    assert out == "The market opened at 9am \ufffd sharp.\n"


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "xml"],
        ["--jobs", "-1"],
        ["--on-error", "ignore"],
        ["no-such-file.txt"],
        ["-", "-"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    """A wrong command line (bad option, missing file, stdin twice) exits with 2."""
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert "usage:" in err


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    """`--help` documents the exit codes and the report command; `--version` exits 0."""
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "Exit codes: 0" in out
    assert "newsclean report" in out
    assert run(capsys, "--version")[0] == 0


def test_empty_input_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """An empty input has no articles and writes nothing."""
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    assert run(capsys, path) == (0, "", "")


def test_jobs_keep_input_order_for_files(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """`--jobs 2` over several files writes exactly what one process writes."""
    files = []
    for n in range(5):
        path = tmp_path / f"f{n}.txt"
        path.write_text(STORY.replace("three thousand", f"{n + 1} thousand"), encoding="utf-8")
        files.append(path)
    for fmt in ("text", "jsonl", "json"):
        one = run(capsys, "--format", fmt, *files)
        two = run(capsys, "--format", fmt, "--jobs", "2", *files)
        assert one == two


def test_jobs_keep_input_order_for_records(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """`--jobs 2` over many JSONL records keeps their order and the same failures."""
    records: list[object] = [
        {"text": STORY.replace("Stoke", f"town {n}"), "n": n} for n in range(300)
    ]
    records[150] = "broken"
    path = write_lines(tmp_path / "in.jsonl", *records)
    one = run(capsys, "--jsonl", "--on-error", "skip", path)
    two = run(capsys, "--jsonl", "--on-error", "skip", "--jobs", "2", path)
    assert one == two
    assert one[0] == 1
    assert [json.loads(line)["n"] for line in one[1].splitlines()] == [
        n for n in range(300) if n != 150
    ]


def test_jobs_with_stdin_among_files(tmp_path: pathlib.Path) -> None:
    """`--jobs 2` with `-` among the files still reads standard input, in its place."""
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "--jobs", "2", str(story), "-"],
        input=STORY.encode(),
        capture_output=True,
        check=False,
    )
    text = newsclean.clean(STORY).articles[0].text
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == f"{text}\n\n{text}\n"


def test_jsonl_input_as_text_and_json(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """With `--jsonl`, `--format text` prints the cleaned articles; `json` one array per input."""
    path = write_lines(tmp_path / "in.jsonl", {"text": STORY, "n": 1}, {"text": STORY, "n": 2})
    text = newsclean.clean(STORY).articles[0].text
    code, out, _ = run(capsys, "--jsonl", "--format", "text", path)
    assert code == 0
    assert out == f"{text}\n\n{text}\n"
    code, out, _ = run(capsys, "--jsonl", "--format", "json", path, path)
    decoder, docs, pos = json.JSONDecoder(), [], 0
    while pos < len(out):
        doc, pos = decoder.raw_decode(out, pos)
        docs.append(doc)
        pos += 1  # the line break after each document
    assert code == 0
    assert [[r["n"] for r in doc] for doc in docs] == [[1, 2], [1, 2]]
    code, out, _ = run(capsys, "--jsonl", "--format", "text", "--explain", path)
    assert out.count("== article 1 ") == 2
    assert "- [advertisement " in out


def test_files_saved_with_a_byte_order_mark(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """A file that opens with a UTF-8 byte-order mark reads like one without: JSONL
    records parse (a later line's mark is an error, as in JSON), and plain text loses
    no rule match to it."""
    records = write_lines(tmp_path / "in.jsonl", {"text": STORY}, {"text": STORY})
    records.write_bytes(b"\xef\xbb\xbf" + records.read_bytes())
    code, out, _ = run(capsys, "--jsonl", records)
    assert code == 0
    assert len(out.splitlines()) == 2
    text = tmp_path / "in.txt"
    text.write_bytes(b"\xef\xbb\xbf" + STORY.encode("utf-8"))
    code, out, _ = run(capsys, text)
    assert code == 0
    assert "Advertisement" not in out
    assert out.strip() == newsclean.clean(STORY).articles[0].text
