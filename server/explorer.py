"""The explorer: home, search, questions, entity and document pages, the SPARQL page, documents and upload.

Every page has a `.json` twin built from the same data (Datasette's habit); every page reads without script.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, abort, current_app, jsonify, render_template, request, url_for
from werkzeug.utils import secure_filename

from ..api import GovKG
from ..errors import IndexWarming
from ..graph.iris import BASE
from ..questions.engine import Asker
from .neighbourhood import neighbourhood_svg
from .query_runner import DOWNLOADS, EXAMPLES, run_query
from .query_runner import download as query_download
from .views_data import (
    DOCUMENTS_PAGE,
    _doc_label,
    counts,
    document_view,
    documents_list,
    entity_view,
    example_questions,
    url_for_iri,
)
from .web import given_token, token_denial

bp = Blueprint("explorer", __name__)

EXAMPLE_QUESTIONS = (
    "Which body oversees Prevent in Staffordshire?",
    "Who chairs the Staffordshire Prevent Board?",
    "What does the Staffordshire Prevent Board report to?",
    "Who was Director of Public Health in 2017?",
    "Who funds the North Worcestershire Community Safety Partnership?",
    "Which districts does the North Worcestershire CSP cover?",
    "Who chairs the body that the Staffordshire Prevent Board reports to?",
)
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def store() -> Any:
    return current_app.extensions["govkg.store"]


def kg() -> GovKG:
    return current_app.extensions["govkg.api"]


def asker() -> Asker:
    return kg().asker


def respond(template: str, data: dict[str, Any], as_json: bool, status: int = 200, **extra: Any) -> Response:
    if as_json:
        resp = jsonify(data)
        resp.status_code = status
        return resp
    return Response(render_template(template, data=data, **extra), status=status, mimetype="text/html")


# -- home and search


@bp.get("/")
@bp.get("/index.json")
def home() -> Response:
    as_json = request.path.endswith(".json")
    try:
        data = {"counts": counts(asker(), store()), "documents": documents_list(asker(), store(), 8),
                "examples": example_questions(asker(), store(), EXAMPLE_QUESTIONS), "warming": False}
    except IndexWarming:
        # the first page a new user may open right after `govkg serve`: it answers at once, saying what is not
        # ready yet, rather than an error page
        data = {"counts": {}, "documents": [], "examples": list(EXAMPLE_QUESTIONS), "warming": True}
    return respond("explorer/home.html", data, as_json)


@bp.get("/search")
@bp.get("/search.json")
def search() -> Response:
    as_json = request.path.endswith(".json")
    q = request.args.get("q", "").strip()[:200]
    limit = min(max(_int_arg("limit", 10), 1), 50)
    hits = asker().index().search(q, limit=limit) if q else []
    results = [
        {
            "label": e.label,
            "iri": e.iri,
            "kind": e.kind,
            "url": url_for_iri(e.iri),
            "matched": name if name != e.label else None,
        }
        for e, name in hits
    ]
    return respond("explorer/search.html", {"q": q, "results": results}, as_json)


def _int_arg(name: str, default: int) -> int:
    try:
        return int(request.args.get(name, default))
    except ValueError:
        return default


# -- questions


@bp.get("/ask")
@bp.get("/ask.json")
@bp.get("/api/ask")
def ask() -> Response:
    as_json = request.path.endswith(".json") or request.path.startswith("/api/")
    q = request.args.get("q", "").strip()[:500]
    result = asker().ask(q) if q else None
    if as_json:
        if result is None:
            return _json_error("give the question in the q parameter, e.g. /api/ask?q=Who+chairs+...", 400)
        return jsonify(result.to_json())
    answers = []
    labels: dict[str, str | None] = {}
    if result is not None:
        for a in result.answers:
            answers.append(
                {
                    "label": a.label,
                    "note": a.note,
                    "iri": a.iri,
                    "url": url_for_iri(a.iri) if a.iri else None,
                    "evidence": [
                        {
                            "document": e.document,
                            "quote": e.quote,
                            "date": e.shown_date,
                            "document_label": _doc_label(store(), e.document, labels),
                            "citation": e.citation,
                            "source": e.source,
                            "by_hand": e.by_hand,
                            "url": _evidence_url(e.document, e.assertion),
                        }
                        for e in a.evidence
                    ],
                }
            )
    data = {
        "q": q,
        "result": result.to_json() if result else None,
        "answers": answers,
        "queries": result.queries if result else [],
        "linked": _linked(result.linked) if result else [],
        # what the graph holds near a name it does not hold: offered to follow, never given as an answer
        "suggestions": [
            {"label": s.label, "kind": s.kind, "area": s.area, "url": url_for_iri(s.iri) if s.iri else None}
            for s in (result.suggestions if result else [])
        ],
        "examples": example_questions(asker(), store(), EXAMPLE_QUESTIONS),
    }
    return respond("explorer/ask.html", data, False)


def _linked(linked: list[tuple[str, str, str]]) -> list[dict[str, str]]:
    """The entities the question named, once each, with their pages."""
    seen: dict[str, dict[str, str]] = {}
    for _, label, iri in linked:
        seen.setdefault(iri, {"label": label, "url": url_for_iri(iri)})
    return list(seen.values())


def _evidence_url(doc: str | None, assertion: str | None) -> str | None:
    from .views_data import evidence_url

    return evidence_url(doc, assertion)


def _json_error(message: str, status: int) -> Response:
    resp = jsonify(error=message)
    resp.status_code = status
    return resp


# -- entities and documents


def render_entity(iri: str, as_json: bool) -> Response | None:
    """The page (or its JSON) of any IRI in the graph: documents get the document view. None if unknown."""
    as_of = request.args.get("as_of", "").strip() or None
    if as_of and not DATE.match(as_of):
        if as_json:
            return _json_error(f"as_of must be a date (yyyy, yyyy-mm or yyyy-mm-dd), not {as_of[:40]!r}", 400)
        as_of = None
    if iri.startswith(BASE + "doc/"):
        hl = re.sub(r"[^A-Za-z0-9_-]", "", request.args.get("hl", ""))[:64] or None
        doc = document_view(asker(), store(), iri, hl)
        if doc is None:
            return None
        if as_json:
            return jsonify({k: v for k, v in doc.items() if k != "segments"})
        return respond("explorer/document.html", doc, False)
    data = entity_view(asker(), store(), iri, as_of)
    if data is None:
        return None
    if as_json:
        return jsonify(data)
    return respond(
        "explorer/entity.html", data, False, diagram=neighbourhood_svg(data["label"], data["groups"])
    )


@bp.get("/resource")
@bp.get("/resource.json")
def resource() -> Response:
    iri = request.args.get("iri", "").strip()
    if not iri.startswith(("http://", "https://", "urn:")):
        abort(400, "give an IRI in the iri parameter")
    try:
        ox.NamedNode(iri)
    except ValueError as e:
        abort(400, f"iri: {iri[:200]!r} is not a valid IRI ({e})")
    resp = render_entity(iri, request.path.endswith(".json"))
    if resp is None:
        abort(404, "nothing in the graph has this IRI")
    return resp


@bp.get("/documents")
@bp.get("/documents.json")
def documents() -> Response:
    # A page at a time: a national store holds tens of thousands of documents.
    page = request.args.get("page", "1")
    if not page.isdigit() or int(page) < 1:
        abort(400, "page: give a page number from 1")
    number = int(page)
    listed = documents_list(asker(), store(), DOCUMENTS_PAGE + 1, (number - 1) * DOCUMENTS_PAGE)
    total, _ = asker().state.counts()
    data = {
        "documents": listed[:DOCUMENTS_PAGE], "page": number, "per_page": DOCUMENTS_PAGE, "total": total,
        "next": f"{request.path}?page={number + 1}" if len(listed) > DOCUMENTS_PAGE else None,
        "previous": f"{request.path}?page={number - 1}" if number > 1 else None,
    }
    return respond("explorer/documents.html", data, request.path.endswith(".json"))


# -- SPARQL page


@bp.route("/query.json", methods=["GET", "POST"], endpoint="query_json")
@bp.route("/query", methods=["GET", "POST"])
def query_page() -> Response:
    as_json = request.path.endswith(".json")
    text = (request.values.get("query") or "").strip()
    limit = int(current_app.config.get("ROW_LIMIT", 10_000))
    # The app's executor: the page's queries get the endpoint's time limit and memory cap.
    outcome = run_query(current_app.extensions["govkg.executor"], text, limit) if text else None
    data: dict[str, Any] = {
        "query": text,
        "row_limit": limit,
        "blank": _blank_query(),
        "examples": [
            {"title": t, "query": q, "url": url_for("explorer.query_page", query=q)} for t, q in EXAMPLES
        ],
    }
    if outcome is not None:
        data.update(
            kind=outcome.kind,
            columns=outcome.columns,
            rows=outcome.rows,
            boolean=outcome.boolean,
            truncated=outcome.truncated,
            error=outcome.error,
        )
        data["permalink"] = url_for("explorer.query_page", query=text)
        data["downloads"] = {
            name: url_for("explorer.query_download_route", fmt=name, query=text)
            for name in DOWNLOADS
            if (name == "ttl") == (outcome.kind == "graph")
        }
    status = outcome.status if outcome is not None and outcome.error else 200
    if as_json:
        return respond("", data, True, status)
    from ..ontology.vocab import PREFIXES

    return respond("explorer/query.html", data, False, status, prefixes=PREFIXES, url_for_iri=url_for_iri)


EDITOR_PREFIXES = ("gkg", "rdf", "rdfs", "skos", "org", "schema", "oa", "prov", "dcterms")


def _blank_query() -> str:
    """What the editor starts with: the common prefixes written out, then the first example."""
    from ..ontology.vocab import PREFIXES

    head = "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in EDITOR_PREFIXES)
    return head + "\n" + EXAMPLES[0][1]


@bp.route("/query.<fmt>", methods=["GET", "POST"])
def query_download_route(fmt: str) -> Response:
    if fmt not in DOWNLOADS:
        abort(404)
    text = (request.values.get("query") or "").strip()
    if not text:
        abort(400, "give the query in the query parameter")
    from ..errors import GovKGError
    from .executor import ROW_LIMIT_HEADER, TRUNCATED_HEADER
    from .web import error_response

    executor = current_app.extensions["govkg.executor"]
    try:
        body, media_type, suffix, truncated = query_download(executor, text, fmt)
    except GovKGError as e:
        return error_response(e)
    headers = {"Content-Type": media_type, "Content-Disposition": f'attachment; filename="query.{suffix}"',
               ROW_LIMIT_HEADER: str(executor.row_limit)}
    if truncated:
        headers[TRUNCATED_HEADER] = "true"
    return Response(body, mimetype=media_type.split(";")[0], headers=headers)


# -- upload


@bp.route("/upload", methods=["GET", "POST"])
@bp.route("/upload.json", methods=["GET", "POST"])
def upload() -> Response:
    as_json = request.path.endswith(".json")
    from ..loaders import supported_suffixes

    data: dict[str, Any] = {
        "enabled": bool(current_app.config.get("UPDATE_TOKEN")),
        "suffixes": supported_suffixes(),
        "documents": [],
        "failures": [],
    }
    if request.method == "GET":
        return respond("explorer/upload.html", data, as_json)
    denied = _upload_denied(data, as_json)
    if denied is not None:
        return denied
    files = [f for f in request.files.getlist("files") if f and f.filename]
    date = request.form.get("date", "").strip() or None
    area = request.form.get("area", "").strip()[:100] or None
    if not files:
        data["error"] = "Choose at least one file."
    elif date and not DATE.match(date):
        data["error"] = f"The date must be yyyy-mm-dd, not {date[:40]!r}."
    if data.get("error"):
        return respond("explorer/upload.html", data, as_json, 400)
    from ..loaders.isolation import ParserBusy

    with tempfile.TemporaryDirectory(prefix="govkg-upload-") as tmp:
        names = _save_uploads(files, Path(tmp))
        try:
            # each file is parsed in a capped worker process: a hostile file costs a worker, not the server
            report = kg().load(*names, date=date, area=area, reader=current_app.extensions["govkg.parser"].read)
        except ParserBusy as e:
            data["error"] = str(e)
            resp = respond("explorer/upload.html", data, as_json, 503)
            resp.headers["Retry-After"] = "10"
            return resp
        _report_upload(data, report, names, tmp)
    status = 200 if data["documents"] or not data["failures"] else 422
    return respond("explorer/upload.html", data, as_json, status)


def _upload_denied(data: dict[str, Any], as_json: bool) -> Response | None:
    """None when the request may load documents; else the page saying why not.

    The same credentials as /update and /store (Bearer, or Basic with the token as password), or the
    page's token field; the same answers: 401 when none is given, 403 when it is wrong or writing is off."""
    given = given_token()
    if given is None:
        given = request.form.get("token") or None
    denied = token_denial(given)
    if denied is None:
        return None
    status, _, headers = denied
    if not data["enabled"]:
        data["error"] = "Uploads are switched off: the server has no update token."
    elif status == 401:
        data["error"] = "This needs the update token."
    else:
        data["error"] = "The token is wrong."
    resp = respond("explorer/upload.html", data, as_json, status)
    resp.headers.update(headers)
    return resp


def _save_uploads(files: list[Any], tmp: Path) -> dict[Path, str]:
    """Each uploaded file saved under a safe name in its own folder of TMP -> the name the user gave it."""
    names: dict[Path, str] = {}
    for i, f in enumerate(files):
        folder = tmp / str(i)
        folder.mkdir()
        path = folder / (secure_filename(f.filename or "") or f"upload-{i}")
        f.save(path)
        names[path] = f.filename or path.name
    return names


def _report_upload(data: dict[str, Any], report: Any, names: dict[Path, str], tmp: str) -> None:
    """The load report in DATA, by the names the user gave (never the server's own paths)."""
    by_source = {str(path): name for path, name in names.items()}
    for source, outcome in report.outcomes:
        data["documents"].append({
            "file": by_source.get(source, Path(source).name),
            "iri": outcome.iri,
            "url": url_for_iri(outcome.iri),
            "status": outcome.status,
            "facts": outcome.facts,
        })
    for failure in report.failures:
        data["failures"].append({
            "file": by_source.get(failure.source, Path(failure.source).name),
            "line": failure.line,
            "reason": failure.reason.replace(tmp, ""),
        })


# -- wiring


def id_fallback(app: Flask) -> None:
    """Serve /id/<path> with the explorer's pages when no other route does (the SPARQL helper's linked-data
    route takes over at merge and calls app.extensions["govkg.entity_html"] for HTML and .json)."""
    if any(rule.rule.startswith("/id/") for rule in app.url_map.iter_rules()):
        return

    def entity_page(path: str) -> Response:
        as_json = path.endswith(".json")
        iri = BASE + (path[:-5] if as_json else path)
        resp = render_entity(iri, as_json)
        if resp is None:
            abort(404, "nothing in the graph has this IRI")
        return resp

    app.add_url_rule("/id/<path:path>", "explorer_id_fallback", entity_page)


def init_app(app: Flask) -> None:
    app.extensions["govkg.entity_html"] = render_entity
    app.register_blueprint(bp)
    id_fallback(app)
