"""One JSON error shape for every route, and the handlers that enforce it.

Every error the API returns, whatever raised it (our own checks, FastAPI's parameter parsing,
an unknown route, a query that ran too long), has the body::

    {"error": {"code": "invalid_parameter", "message": "...", "field": "bbox"}}

``field`` names the query or path parameter at fault, or is null. Codes:

=====================  ======  ===========================================================
code                   status  when
=====================  ======  ===========================================================
invalid_parameter      400     a filter, sort, cursor or page size that cannot be used
unknown_parameter      400     a query parameter the route does not take (a typo)
not_found              404     an unknown id, or a path that is no route
method_not_allowed     405     e.g. POST on a read-only route
query_timeout          503     the query ran past the server's time limit: narrow the filter
internal_error         500     a bug; the message says no more than that
=====================  ======  ===========================================================
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

_STATUS_CODES = {404: "not_found", 405: "method_not_allowed"}


class ApiError(Exception):
    """An error to show the client in the canonical shape."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field


def invalid(field: str, message: str) -> ApiError:
    """A 400 naming the parameter at fault; ``message`` should say what would be accepted."""
    return ApiError(400, "invalid_parameter", message, field)


def not_found(what: str, ident: str, field: str = "id") -> ApiError:
    return ApiError(404, "not_found", f"no {what} with id '{ident}'", field)


def error_body(code: str, message: str, field: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "field": field}}


def error_response(status: int, code: str, message: str, field: str | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message, field), status_code=status)


def _validation_field(exc: RequestValidationError) -> tuple[str | None, str]:
    """The first offending parameter of a FastAPI validation error and a readable message."""
    errors = exc.errors()
    if not errors:
        return None, "invalid request"
    first = errors[0]
    loc = [str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body")]
    field = loc[0] if loc else None
    msg = str(first.get("msg", "invalid value"))
    return field, f"{field}: {msg}" if field else msg


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, exc.field)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    field, message = _validation_field(exc)
    return error_response(400, "invalid_parameter", message, field)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _STATUS_CODES.get(exc.status_code, "http_error")
    if exc.status_code == 404:
        message = f"no route {request.url.path}; see /docs for the API"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}: the API is read-only"
    else:
        message = str(exc.detail)
    response = error_response(exc.status_code, code, message)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    return error_response(500, "internal_error", f"internal error ({type(exc).__name__}); see the server log")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
