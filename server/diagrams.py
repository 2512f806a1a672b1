"""Explorer pages for governance diagrams, funding flows and the governance-health report.

Every page has machine-readable twins (.json, and the diagram formats), and takes the same options as the CLI:
body, area, topic, relations, as_of, depth, people. Pages work without JavaScript: a GET form redraws.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, jsonify, render_template, request
from markupsafe import Markup, escape

from ..errors import GovKGError, IndexWarming, QueryTimeout, StoreError
from ..graph.cache import cached
from ..graph.diagram import Scope, diagram_format, source_count
from ..graph.diagram.formats import diagram_data
from ..graph.diagram.funding_view import FUNDING_WRITERS, funding_svg
from ..graph.diagram.styles import EDGE_STYLES
from ..graph.funding import RULE, allocation_count, flows, funding_by_area, funding_parties, money
from ..graph.health import governance_health
from ..graph.network import BODY_KINDS, DEFAULT_RELATIONS, DIAGRAM_RELATIONS
from ..graph.scope import ScopeError, governance_graph, parse_date, parse_relations

bp = Blueprint("diagrams", __name__, template_folder="templates")

SUFFIXES = {"svg": "svg", "png": "png", "json": "json", "dot": "dot", "mmd": "mermaid", "graphml": "graphml"}


def _store() -> Any:
    return current_app.extensions["govkg.store"]


def _scope() -> Scope:
    args = request.args
    rels = args.getlist("relations")
    relations = parse_relations(",".join(rels)) if rels else DEFAULT_RELATIONS
    depth_text = args.get("depth", "2") or "2"
    try:
        depth = int(depth_text)
    except ValueError:
        raise GovKGError(f"depth: not a whole number: {depth_text!r}") from None
    return Scope(body=args.get("body") or None, area=args.get("area") or None, topic=args.get("topic") or None,
                 relations=relations, as_of=parse_date(args.get("as_of") or None, "as_of"), depth=depth,
                 people=args.get("people") in ("1", "on", "true", "yes"))


def store_failure(error: GovKGError) -> None:
    """Re-raise a failure of the store itself (the app answers 503); anything else is the request's fault."""
    if isinstance(error, (StoreError, QueryTimeout)):
        raise error


def _error(message: str, fmt: str) -> Response:
    if fmt == "html":
        return Response(render_template("diagrams/error.html", message=message), status=400)
    if fmt == "json":
        resp = jsonify(error=message)
        resp.status_code = 400
        return resp
    return Response(message + "\n", status=400, mimetype="text/plain")


def _query(**extra: str) -> str:
    params = [(k, v) for k, v in request.args.items(multi=True) if v]
    return urlencode(params + list(extra.items()))


def _recentre_link(scope: Scope):  # type: ignore[no-untyped-def]
    """Clicking a body on the page redraws the chart around it, keeping the relations and date."""
    def link(node: str, attrs: dict[str, Any]) -> str | None:
        if attrs.get("kind") not in BODY_KINDS:
            return None
        params = [("body", node), *(("relations", r) for r in scope.relations)]
        if scope.as_of:
            params.append(("as_of", scope.as_of.isoformat()))
        return "/diagram?" + urlencode(params)
    return link


MAX_CHOICES = 2000  # names offered in each of the form's lists (a national graph has tens of thousands)


def _choices() -> tuple[Markup, Markup, Markup]:
    """The form's lists of bodies, areas and topics, as the datalists' options, from the index the questions keep
    (not a pass over the whole graph on every request), kept per store version: every name of the index sorted,
    and two thousand options written out, were a fifth of a cold diagram page. None offered while a server's
    start-up prepares the index: the chart itself does not need it, so it is drawn rather than refused."""
    try:
        index = current_app.extensions["govkg.api"].asker.index()
    except IndexWarming:
        return Markup(""), Markup(""), Markup("")
    return cached(_store(), ("diagram choices",), lambda: _options(index))


def _options(index: Any) -> tuple[Markup, Markup, Markup]:
    by_kind: dict[str, set[str]] = {"body": set(), "area": set(), "topic": set()}
    for e in index.entities.values():
        if e.kind in by_kind:
            by_kind[e.kind].add(e.label)
    # written as the template wrote them, each value escaped
    return tuple(Markup("".join(f'<option value="{escape(x)}">' for x in sorted(by_kind[k])[:MAX_CHOICES]))
                 for k in ("body", "area", "topic"))  # type: ignore[return-value]


@bp.get("/diagram")
def diagram_page() -> Any:
    try:
        scope = _scope()
    except GovKGError as e:
        store_failure(e)
        return _error(str(e), "html")
    error = None
    svg = b""
    nodes = edges = 0
    description = scope.describe()
    try:
        def draw() -> tuple[bytes, int, int, str]:
            g = governance_graph(_store(), scope)
            svg = diagram_format("svg").write(g, {"title": request.args.get("title"), "sources": source_count(g),
                                                  "link": _recentre_link(scope)})
            return svg, g.number_of_nodes(), g.number_of_edges(), g.graph.get("scope", "")

        svg, nodes, edges, description = cached(_store(), ("diagram page", repr(scope), request.args.get("title")),
                                                draw)
    except GovKGError as e:
        store_failure(e)
        error = str(e)  # the form stays, so the officer can narrow the scope
    bodies, areas, topics = _choices()
    downloads = [(label, f"/diagram.{suffix}?{_query()}") for suffix, label in
                 (("svg", "SVG"), ("png", "PNG"), ("dot", "DOT (Graphviz)"), ("graphml", "GraphML (yEd, Gephi)"),
                  ("mmd", "Mermaid"), ("json", "JSON"))]
    return render_template(
        "diagrams/diagram.html", svg=Markup(svg.decode("utf-8")), scope=scope, bodies=bodies,
        areas=areas, topics=topics, relations=[(r, EDGE_STYLES[r].label) for r in DIAGRAM_RELATIONS],
        chosen=set(scope.relations), downloads=downloads, args=request.args, nodes=nodes, edges=edges,
        description=description, query=_query(), error=error,
    ), 400 if error else 200


@bp.get("/diagram.<suffix>")
def diagram_file(suffix: str) -> Any:
    name = SUFFIXES.get(suffix)
    if name is None:
        return _error(f"unknown diagram format .{suffix}; known: {', '.join('.' + s for s in SUFFIXES)}", "text")
    chosen = diagram_format(name)
    try:
        scope = _scope()

        def draw() -> Any:
            g = governance_graph(_store(), scope)
            opts = {"title": request.args.get("title"), "sources": source_count(g)}
            return diagram_data(g, opts) if name == "json" else chosen.write(g, opts)

        data = cached(_store(), ("diagram", name, repr(scope), request.args.get("title")), draw)
        if name == "json":
            return jsonify(data)
    except GovKGError as e:
        store_failure(e)
        return _error(str(e), "json" if name == "json" else "text")
    return Response(data, mimetype=chosen.media_type.split(";")[0],
                    headers={"Content-Disposition": f'inline; filename="governance{chosen.suffix}"'})


# A whole-graph funding page draws every allocation; beyond this many it lists the areas instead, each a link
# to its own page (a national graph holds tens of thousands).
WHOLE_FUNDING = 400


def _funding_scope() -> tuple[Any, dict[str, str]]:
    """(as_of, the scope asked for: area or funder) from the request."""
    args = request.args
    as_of = parse_date(args.get("as_of") or None, "as_of")
    scope = {k: args[k].strip() for k in ("area", "funder") if (args.get(k) or "").strip()}
    if len(scope) > 1:
        raise ScopeError("give at most one of area and funder")
    return as_of, scope


def _whole_too_large(scope: dict[str, str]) -> int | None:
    """How many allocations the graph holds, when no scope is asked for and they are too many for one page."""
    if scope:
        return None
    count = cached(_store(), ("funding count",), lambda: allocation_count(_store()))
    return count if count > WHOLE_FUNDING else None


def _parties(scope: dict[str, str]) -> set[str] | None:
    return cached(_store(), ("funding parties", tuple(sorted(scope.items()))),
                  lambda: funding_parties(_store(), **scope))


def _scope_title(scope: dict[str, str]) -> str:
    if "area" in scope:
        return f"to or from {scope['area']}"
    if "funder" in scope:
        return f"to or from {scope['funder']}"
    return ""


@bp.get("/funding")
def funding_page() -> Any:
    try:
        as_of, scope = _funding_scope()
        too_many = _whole_too_large(scope)
        if too_many is not None:
            summary = cached(_store(), ("funding by area",), lambda: funding_by_area(_store()))
            return render_template("diagrams/funding.html", svg=None, periods=[], money=money, rule=RULE,
                                   as_of=request.args.get("as_of", ""), query=_query(), scope=scope,
                                   scope_title="", summary=summary, allocations=too_many, limit=WHOLE_FUNDING)
        parties = _parties(scope)
        periods, svg = cached(_store(), ("funding page", as_of, tuple(sorted(scope.items()))), lambda: (
            (p := flows(_store(), as_of, parties=parties)), funding_svg(_store(), as_of, periods=p)))
    except GovKGError as e:
        store_failure(e)
        return _error(str(e), "html")
    return render_template("diagrams/funding.html", svg=Markup(svg), periods=periods, money=money, rule=RULE,
                           as_of=request.args.get("as_of", ""), query=_query(), scope=scope,
                           scope_title=_scope_title(scope), summary=None)


@bp.get("/funding.<suffix>")
def funding_file(suffix: str) -> Any:
    if suffix not in FUNDING_WRITERS:
        return _error(f"unknown funding format .{suffix}; known: .svg, .png, .csv, .json", "text")
    fmt = "json" if suffix == "json" else "text"
    try:
        as_of, scope = _funding_scope()
        too_many = _whole_too_large(scope)
        if too_many is not None and suffix == "json":
            summary = cached(_store(), ("funding by area",), lambda: funding_by_area(_store()))
            return jsonify({"rule": RULE, "as_of": as_of.isoformat() if as_of else None, "allocations": too_many,
                            "note": f"more than {WHOLE_FUNDING} allocations: ask for one area (?area=) or one "
                                    "funder (?funder=); the areas below each give and receive",
                            **summary})
        if too_many is not None:
            raise ScopeError(f"the graph holds {too_many} funding allocations, more than one chart or table shows "
                             f"({WHOLE_FUNDING}): ask for one area (?area=) or one funder (?funder=); /funding "
                             "lists the areas")
        media_type, write = FUNDING_WRITERS[suffix]
        parties = _parties(scope)
        data = cached(_store(), ("funding", suffix, as_of, tuple(sorted(scope.items()))),
                      lambda: write(_store(), as_of, parties))
    except GovKGError as e:
        store_failure(e)
        return _error(str(e), fmt)
    return Response(data, mimetype=media_type.split(";")[0],
                    headers={"Content-Disposition": f'inline; filename="funding.{suffix}"'})


def _health() -> dict[str, Any]:
    area = request.args.get("area") or None
    as_of = parse_date(request.args.get("as_of") or None, "as_of")
    return cached(_store(), ("governance report", area, as_of), lambda: governance_health(_store(), area, as_of))


@bp.get("/report/governance")
def governance_page() -> Any:
    try:
        data = _health()
    except GovKGError as e:
        store_failure(e)
        return _error(str(e), "html")
    return render_template("diagrams/governance.html", data=data, args=request.args, query=_query())


@bp.get("/report/governance.json")
def governance_json() -> Any:
    try:
        return jsonify(_health())
    except GovKGError as e:
        store_failure(e)
        return _error(str(e), "json")
