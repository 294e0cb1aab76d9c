"""``thidua graph`` (an offline HTML graph page) and ``thidua chart`` (rotation / awards pictures).

Both run a named view (``queries/view_*.rq``) over a graph file or a SPARQL endpoint, with
filters validated before they reach a query: a cluster number and years as integers, an
authority through the SKOS vocabulary, a province through the gazetteer. Heavy imports
(networkx, pyvis, matplotlib) happen inside the commands so ``thidua --help`` stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from thidua.cli import CliError, cli, say


def _source_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--data / --endpoint and the four filters, shared by every command of this module."""
    options = [
        click.option(
            "--data", "data", multiple=True, type=click.Path(path_type=Path),
            help="Graph file(s) (.ttl .nt .trig ...); default data/kg.ttl when it exists.",
        ),
        click.option("--endpoint", default=None, help="SPARQL endpoint URL to query instead of files."),
        click.option("--cluster", default=None, help="Cluster number (1-999)."),
        click.option("--authority", default=None, help="Cluster authority or grantor, e.g. 'Bộ TT&TT' or bo_tttt."),
        click.option("--year", default=None, help="One year (role year, reviewed year, performance year)."),
        click.option("--years", default=None, help="A span of years, e.g. 2019-2024."),
        click.option("--province", default=None, help="Province; a current name matches the old ones merged into it."),
    ]  # fmt: skip
    for option in reversed(options):
        fn = option(fn)
    return fn


def open_source(data: tuple[Path, ...], endpoint: str | None) -> Any:
    """The row source: the embedded store over the files (default data/kg.ttl), or an endpoint."""
    from thidua.cli_query import open_store

    return open_store(data, endpoint, None, 60.0, ())


def _filter(cluster: str | None, authority: str | None, year: str | None, years: str | None, province: str | None):  # type: ignore[no-untyped-def]
    from thidua.render import ViewFilter

    try:
        return ViewFilter.from_user(cluster=cluster, authority=authority, year=year, years=years, province=province)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def _write(data: bytes, output: str, what: str) -> None:
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from thidua.turtle import write_atomic

    try:
        write_atomic(output, data)
    except OSError as exc:
        raise CliError(f"{output}: cannot write: {exc.strerror or exc}") from None
    say(f"wrote {output} ({what})")


def _rows(source: Any, view: str, flt: Any) -> list[dict[str, Any]]:
    from thidua.render import run_view

    try:
        return run_view(source, view, flt)
    except (OSError, SyntaxError, ValueError) as exc:  # QueryError and EndpointError are ValueErrors
        raise CliError(f"view {view}: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


@cli.command()
@_source_options
@click.option(
    "--view", type=click.Choice(["clusters", "rotation", "awards"]), default="clusters", show_default=True,
    help="clusters: members, roles, conferences, awards; rotation: heads/deputies and who "
    "followed whom; awards: awards, recipients, provinces.",
)  # fmt: skip
@click.option(
    "--physics/--no-physics", default=None, help="Force the live layout on or off (default: on up to 300 nodes)."
)
@click.option("-o", "--output", required=True, help="Output .html file, or - for stdout.")
def graph(data, endpoint, cluster, authority, year, years, province, view, physics, output) -> None:  # type: ignore[no-untyped-def]
    """Write an interactive graph page (opens offline in any browser).

    Nodes are clusters, member agencies, provinces, awards and conferences; edges carry the role
    and years (Cụm trưởng 2024, thành viên 2019–2023, đề nghị Cờ thi đua 2023). Hover a node or an
    edge for its facts and sources; filter by year and cluster in the page.

    \b
    Example:
      thidua graph --data data/kg.ttl --cluster 3 --years 2019-2024 -o cum3.html
      thidua graph --view rotation --authority "Bộ TT&TT" -o rotation.html
    """
    if output != "-" and not output.lower().endswith((".html", ".htm")):
        raise CliError(f"{output}: the graph page is written as .html")
    flt = _filter(cluster, authority, year, years, province)
    source = open_source(data, endpoint)
    from thidua.render import graph_page

    try:
        page, g = graph_page(source, view, flt, physics=physics)
    except (OSError, SyntaxError, ValueError) as exc:  # QueryError and EndpointError are ValueErrors
        raise CliError(f"view {view}: {_first_line(exc)}") from None
    if g.number_of_nodes() == 0:
        raise CliError(f"no facts match in view {view}{' (' + flt.describe() + ')' if flt.describe() else ''}")
    _write(page.encode("utf-8"), output, f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


@cli.group()
def chart() -> None:
    """Charts (SVG or PNG): cluster rotation, awards per province.

    \b
    Example:
      thidua chart rotation --authority "Bộ TT&TT" -o rotation.svg
      thidua chart awards --rollup -o awards.png
    """


_chart_output = click.option("-o", "--output", required=True, help="Output .svg or .png file (- writes SVG to stdout).")


def _chart_format(output: str) -> str:
    from thidua.charts import chart_format

    if output == "-":
        return "svg"
    try:
        return chart_format(output)
    except ValueError as exc:
        raise CliError(str(exc)) from None


@chart.command("rotation")
@_source_options
@_chart_output
def chart_rotation(data, endpoint, cluster, authority, year, years, province, output) -> None:  # type: ignore[no-untyped-def]
    """Cluster x year grid of heads and deputies (who led when, who followed whom).

    Heads on top, deputies below, one colour per member; an arrow marks a deputy who became head
    the next year; a hatched cell is a slot the sources disagree on.

    \b
    Example:
      thidua chart rotation --cluster 3 --authority bo_tttt --years 2015-2024 -o rotation.svg
    """
    fmt = _chart_format(output)
    flt = _filter(cluster, authority, year, years, province)
    rows = _rows(open_source(data, endpoint), "rotation", flt)
    from thidua.charts import rotation_chart

    try:
        image = rotation_chart(rows, fmt)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    _write(image, output, "rotation chart")


@chart.command("awards")
@_source_options
@click.option("--rollup", is_flag=True, help="Count under today's provinces (after the 2025 merger).")
@_chart_output
def chart_awards(data, endpoint, cluster, authority, year, years, province, rollup, output) -> None:  # type: ignore[no-untyped-def]
    """Heat map of award counts per province and performance year.

    \b
    Example:
      thidua chart awards --years 2018-2024 -o awards.svg
    """
    fmt = _chart_format(output)
    flt = _filter(cluster, authority, year, years, province)
    rows = _rows(open_source(data, endpoint), "awards", flt)
    from thidua.charts import awards_chart

    try:
        image = awards_chart(rows, fmt, rollup=rollup)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    _write(image, output, "awards chart")
