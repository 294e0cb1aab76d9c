"""The ``thidua`` command line: a thin click layer over one library function per command.

Data goes to stdout, messages and progress to stderr. Every domain error is a
``click.ClickException`` (one line, exit 1); usage errors exit 2; no traceback reaches a user
(:func:`main` turns anything unexpected into one line too). ``-o -`` means stdout.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from thidua import __version__
from thidua.vocab import DEFAULT_BASE


class CliError(click.ClickException):
    """A one-line error, exit status 1."""

    def show(self, file=None) -> None:  # type: ignore[no-untyped-def]
        click.echo(f"error: {self.format_message()}", err=True)


def say(message: str) -> None:
    """A message for the user on stderr (never mixed into data on stdout)."""
    click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="thidua")
def cli() -> None:
    """thidua-kg: a knowledge graph of Vietnam's emulation clusters, provinces and awards.

    \b
    Example:
      thidua build data/facts -o kg.ttl
      thidua query run rotation_history -p number 3 --data kg.ttl
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, help="Output file (.ttl .nt .trig .jsonld), or - for Turtle on stdout.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI for minted resources.")
@click.option("--published", default=None, help="Publication date YYYY-MM-DD for articles that lack one.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def build(paths: tuple[Path, ...], output: str, base: str, published: str | None, quiet: bool) -> None:
    """Build a graph from facts files, article files, or folders of them.

    Facts files (.yaml, .jsonl) load as they are; articles (.txt, .html) are extracted first.
    Bad files are reported one line each and skipped; the exit status is 1 if any failed.

    \b
    Example:
      thidua build data/facts -o kg.ttl
      thidua build data/facts ../articles -o kg.trig
    """
    from thidua.build import build as run_build
    from thidua.ids import check_base
    from thidua.turtle import format_for

    try:
        check_base(base)
        if output != "-":
            format_for(output)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    article_loader = _article_loader(published)
    files = _count_inputs(paths) if not quiet else 0
    bar = None
    if files > 20 and not quiet:
        from tqdm import tqdm

        bar = tqdm(total=files, unit="file", file=sys.stderr, leave=False)
    try:
        data, report = run_build(
            paths, None if output == "-" else output, base, article_loader=article_loader,
            on_file=(lambda _p: bar.update(1)) if bar else None,
        )  # fmt: skip
    finally:
        if bar:
            bar.close()
    if output == "-":
        sys.stdout.buffer.write(data)
    for err in report.errors:
        say(f"error: {err}")
    if not quiet:
        say(report.summary() + ("" if output == "-" else f" -> {output}"))
    if report.errors:
        sys.exit(1)


def _count_inputs(paths: tuple[Path, ...]) -> int:
    n = 0
    for p in paths:
        n += sum(1 for q in p.rglob("*") if q.is_file()) if p.is_dir() else 1
    return n


def _article_loader(published: str | None):  # type: ignore[no-untyped-def]
    """The extractor as a build input, when it is installed (it is part of this package)."""
    try:
        from thidua.loaders.articles import documents_from_article
    except ImportError:
        return None
    return lambda path: documents_from_article(path, published=published)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
def check(file: Path) -> None:
    """Validate a graph: SHACL shapes plus ontology checks; lists violations, exit 1 if any.

    \b
    Example:
      thidua check data/kg.ttl
    """
    from thidua.validate import check_file

    try:
        violations = check_file(file)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    for v in violations:
        click.echo(v)
    if violations:
        say(f"{file}: {len(violations)} violation(s)")
        sys.exit(1)
    say(f"{file}: conforms")


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "yaml"]), default="jsonl", show_default=True)
@click.option("-o", "--output", default="-", help="Output file, or - for stdout.")
def export(file: Path, fmt: str, output: str) -> None:
    """Export the facts of a graph, one per line (jsonl) or row (csv), with their sources.

    jsonl writes one facts document per source (the format ``build`` reads); csv writes one
    row per fact and source, for pandas or a spreadsheet.

    \b
    Example:
      thidua export data/kg.ttl --format csv -o facts.csv
    """
    from thidua.export import export_file

    try:
        data = export_file(file, fmt)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    _emit(data, output)


def _emit(data: bytes, output: str) -> None:
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        from thidua.turtle import write_atomic

        write_atomic(output, data)
        say(f"wrote {output}")


# Commands defined in their own modules are registered here.
# -- command registry (one line per module) --
from thidua.cli_extract import evaluate_cmd, extract  # noqa: E402, I001
cli.add_command(extract)
cli.add_command(evaluate_cmd)
import thidua.cli_graph  # noqa: E402, F401, I001  (graph, chart)
from thidua.cli_query import push, query, serve  # noqa: E402
cli.add_command(query)
cli.add_command(push)
cli.add_command(serve)
# -- end of command registry --


def main() -> None:
    """Entry point: run the CLI, keep BrokenPipe quiet, never show a traceback."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        say("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        try:
            sys.stdout.close()
        except Exception:
            pass
        sys.exit(0)
    except KeyboardInterrupt:
        say("interrupted")
        sys.exit(130)
    except MemoryError:
        say("error: out of memory")
        sys.exit(1)
    except Exception as exc:  # the last resort: one line, not a traceback
        say(f"error: unexpected {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        sys.exit(1)


if __name__ == "__main__":
    main()
