"""Schemathesis over the app's own OpenAPI: every API operation, with generated (bounded) input,
with and without an API key, on both engines. No answer may be a server error, and every answer
must be one the OpenAPI documents (status code, content type, body schema)."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance, status_code_conformance

from sociale_kaart.app import create_app
from tests import factories as f
from sociale_kaart.directory import schemas as s

EXAMPLES = 3  # per operation and run: enough to reach every parameter and body, fast enough for CI
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def api(ctx):
    with ctx.sessions() as session:  # one real record, so reads of a listing have something to show
        ctx.directory(session).save_service(s.convert(f.service("Boodschappendienst"), s.Service))
    return schemathesis.openapi.from_asgi("/schema/openapi.json", create_app(ctx.settings, ctx))


@pytest.mark.parametrize("keyed", [False, True], ids=["anonymous", "admin-key"])
def test_every_operation_answers_as_documented(api, admin_key, keyed):
    headers = {"Authorization": f"Bearer {admin_key}"} if keyed else {}
    failures = []
    for result in api.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
        def run(case):
            case.validate_response(case.call(headers=headers), checks=CHECKS, headers=headers)

        try:
            run()
        except Exception as exc:  # noqa: BLE001 - collect all, report together
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:600]}")
    assert not failures, "\n\n".join(failures)


def test_the_openapi_keeps_lower_bounds_of_zero_and_documents_the_error_answers(client):
    spec = client.get("/schema/openapi.json").json()
    phone = spec["components"]["schemas"]["Phone"]["properties"]["extension"]
    schedule = spec["components"]["schemas"]["Schedule"]["properties"]["count"]
    search = {p["name"]: p["schema"] for p in spec["paths"]["/api/v1/search"]["get"]["parameters"]}
    assert phone["minimum"] == 0 and schedule["minimum"] == 0 and search["age"]["minimum"] == 0
    assert search["radius_km"]["exclusiveMinimum"] == 0
    put = spec["paths"]["/api/v1/services/{service_id}"]["put"]["responses"]
    assert {"400", "401", "403", "404", "409", "422"} <= set(put)
    assert put["401"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorBody"}


def test_modified_after_is_a_date_and_time_not_a_number(client):
    spec = client.get("/schema/openapi.json").json()
    [since] = [p for p in spec["paths"]["/api/v1/services"]["get"]["parameters"] if p["name"] == "modified_after"]
    assert since["schema"]["format"] == "date-time"
    assert client.get("/api/v1/services", params={"modified_after": "1700000000"}).status_code == 400
    assert client.get("/api/v1/services", params={"modified_after": "2024-01-01T00:00:00Z"}).status_code == 200
