"""``thidua extract`` and ``thidua eval``: facts from articles, and their scores against gold."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from thidua.cli import CliError, say

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def _expand(paths: tuple[Path, ...]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in ARTICLE_SUFFIXES))
        else:
            out.append(p)
    return out


def _check_date(value: str | None) -> str | None:
    import datetime

    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from None


def _extract_one(job: tuple[str, str | None, str | None]) -> tuple[str, dict | str]:
    """One article -> ("ok", document) or ("error", one-line message); never raises."""
    from thidua.loaders.articles import ArticleError, facts_document

    path, published, url = job
    try:
        doc = facts_document(path, published=published, url=url)
    except ArticleError as exc:
        return "error", str(exc)
    except Exception as exc:  # one line per file, the batch goes on
        return "error", f"{path}: extraction failed: {type(exc).__name__}: {exc}"
    if not doc["facts"]:
        return "error", f"{path}: no cluster facts found"
    return "ok", doc


def _json_line(doc: dict) -> str:
    """One JSON line; characters that Python's splitlines() would break on stay escaped."""
    line = json.dumps(doc, ensure_ascii=False, sort_keys=False)
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")


def _yaml_dump(doc: dict) -> bytes:
    import yaml

    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110).encode("utf-8")


@click.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", default=None, help="Publication date YYYY-MM-DD for articles that do not state one.")
@click.option("--url", default=None, help="Source URL to record (useful with one article).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "yaml"]), default="jsonl", show_default=True)
@click.option("-o", "--output", default="-", help="jsonl: a file or - (stdout); yaml: a folder (one file per article).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes.")
def extract(
    articles: tuple[Path, ...], published: str | None, url: str | None, fmt: str, output: str, jobs: int
) -> None:
    """Extract cluster facts, with their evidence spans, from articles (.txt, .html) or folders.

    Each article gives one facts document (the format `thidua build` reads); every fact carries
    evidence {text, start, end, rule} into the article's normalised text. Files that cannot be
    read, or state no cluster facts, are reported one line each; the exit status is then 1.

    \b
    Example:
      thidua extract ../shared/seeds/*.txt --format jsonl
      thidua extract articles/ --format yaml -o reviewed/ --jobs 4
    """
    from thidua.turtle import write_atomic

    published = _check_date(published)
    paths = _expand(articles)
    if not paths:
        raise CliError("no article files (.txt, .html) given")
    if fmt == "yaml" and output == "-" and len(paths) > 1:
        raise CliError("--format yaml writes one file per article: give a folder with -o DIR")
    failed = 0
    lines: list[str] = []
    written: list[tuple[Path, bytes]] = []
    jobs_list = [(str(p), published, url) for p in paths]
    if jobs > 1 and len(paths) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(min(jobs, len(paths))) as pool:
            results = list(pool.map(_extract_one, jobs_list, chunksize=8))
    else:
        results = [_extract_one(job) for job in jobs_list]
    for status, doc in results:
        if status == "error":
            say(f"error: {doc}")
            failed += 1
            continue
        assert isinstance(doc, dict)
        if fmt == "jsonl":
            lines.append(_json_line(doc))
        else:
            name = doc["source"]["id"]
            taken = {n.stem for n, _ in written}
            k = 2
            while name in taken:  # two articles with one file name in different folders
                name = f"{doc['source']['id']}-{k}"
                k += 1
            written.append((Path(name + ".yaml"), _yaml_dump(doc)))
    if fmt == "jsonl":
        data = ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        elif data:
            write_atomic(output, data)
    else:
        if output == "-":
            for _name, data in written:
                sys.stdout.buffer.write(data)
        else:
            out_dir = Path(output)
            if out_dir.exists() and not out_dir.is_dir():
                raise CliError(f"{output}: --format yaml needs a folder for -o")
            for name, data in written:
                write_atomic(out_dir / name, data)
    ok = len(paths) - failed
    say(f"{ok} article(s) extracted, {failed} failed" + ("" if output == "-" else f" -> {output}"))
    if failed:
        sys.exit(1)


@click.command("eval")
@click.argument("articles", type=click.Path(exists=True, path_type=Path))
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option("--published", default=None, help="Publication date for articles that do not state one.")
@click.option("--diff", "show_diff", is_flag=True, help="Also list, per article, the facts missed and the extra ones.")
def evaluate_cmd(articles: Path, gold: Path, published: str | None, show_diff: bool) -> None:
    """Precision, recall and F1 per fact kind of `extract` against annotated gold facts.

    ARTICLES and GOLD are folders paired by file name (001_x.txt with 001_x.yaml), or one
    article and its gold file. Facts match on all their qualifiers after both sides are
    resolved (name variants meet); evidence offsets are not compared.

    \b
    Example:
      thidua eval tests/fixtures/articles tests/fixtures/gold --diff
    """
    from thidua.evaluate import evaluate

    ev = evaluate(articles, gold, published=_check_date(published))
    if not ev.files:
        raise CliError("no article has a gold file of the same name")
    if show_diff and ev.diff():
        click.echo(ev.diff())
    click.echo(ev.table())
    say(f"{len(ev.files)} article(s) scored")
