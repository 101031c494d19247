#!/usr/bin/env python3
"""The GP Connect consumer journey end to end, against the GP Connect developer portal's sandbox server.

Trace the patient on PDS, find the practice's endpoint and ASID on SDS, then through the Spine Secure Proxy find
the patient, search free slots, book one, read the booking back and cancel it.

Needs Python 3.9 or later and nothing else (urllib only). Start the sandbox first (node sandbox.mjs --port 4010):
    python3 gp_connect_journey.py [--base-url http://127.0.0.1:4010] [--nhs-number 9690937286]

Specification: https://developer.nhs.uk/apis/gpconnect-1-6-2/ (Integration: PDS, SDS and SSP; Appointment
Management: search for free slots, book, read and cancel an appointment).
"""
import argparse
import base64
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--base-url", default="http://127.0.0.1:4010")
parser.add_argument("--nhs-number", default="9690937286")
options = parser.parse_args()
SANDBOX = options.base_url.rstrip("/")
NHS_NUMBER = options.nhs_number

# This consumer, as Spine knows it: the example consumer system the sandbox's SDS holds.
CONSUMER = {"asid": "200000000115", "ods_code": "A1001", "name": "Test Hospital"}

URN = "urn:nhs:names:services:gpconnect:fhir:"
INTERACTIONS = {
    "find_patient": (URN + "rest:search:patient-1", "patient/*.read"),
    "search_slots": (URN + "rest:search:slot-1", "organization/*.read"),
    "book": (URN + "rest:create:appointment-1", "patient/*.write"),
    "read": (URN + "rest:read:appointment-1", "patient/*.read"),
    "cancel": (URN + "rest:cancel:appointment-1", "patient/*.write"),
}
NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number"
ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code"
FHIR_JSON = "application/fhir+json"
STRUCTURE = "https://fhir.nhs.uk/STU3/StructureDefinition/"
UK = ZoneInfo("Europe/London")


class JourneyError(Exception):
    """A step the server refused, with its status, Spine code and diagnostics."""


def step(text):
    print(f"\n== {text}")


def send(method, url, headers=None, body=None, expect=200):
    """Sends a request and returns (parsed body, ETag); any unexpected status stops the journey."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request) as response:
            status, text, etag = response.status, response.read().decode(), response.headers.get("ETag")
    except urllib.error.HTTPError as error:  # 4xx and 5xx arrive as exceptions; they are answers too
        status, text, etag = error.code, error.read().decode(), None
    print(f"{method} {url}\n-> {status}")
    parsed = json.loads(text) if text else None
    if status != expect:
        issue = (parsed or {}).get("issue", [{}])[0]
        code = issue.get("details", {}).get("coding", [{}])[0].get("code", "")
        raise JourneyError(f"expected {expect}, got {status} {code}: {issue.get('diagnostics', text)}")
    return parsed, etag


def base64url(value):
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


def access_token(audience, scope):
    """The unsigned access token GP Connect requires: alg none, every claim, exp exactly iat + 300."""
    iat = int(time.time())
    claims = {
        "iss": "https://consumersupplier.thirdparty.nhs.uk/",
        "sub": "10019",
        "aud": audience,
        "exp": iat + 300,
        "iat": iat,
        "reason_for_request": "directcare",
        "requested_scope": scope,
        "requesting_device": {
            "resourceType": "Device",
            "identifier": [{"system": "https://consumersupplier.com/Id/device-identifier", "value": "CONS-APP-4"}],
            "model": "Consumer product name",
            "version": "5.3.0",
        },
        "requesting_organization": {
            "resourceType": "Organization",
            "identifier": [{"system": ODS_SYSTEM, "value": CONSUMER["ods_code"]}],
            "name": CONSUMER["name"],
        },
        "requesting_practitioner": {
            "resourceType": "Practitioner",
            "id": "10019",
            "identifier": [{"system": "https://fhir.nhs.uk/Id/sds-user-id", "value": "111222333444"}],
            "name": [{"family": "Jones", "given": ["Claire"], "prefix": ["Dr"]}],
        },
    }
    return f"{base64url({'alg': 'none', 'typ': 'JWT'})}.{base64url(claims)}."


def uk_now():
    """Now in UK local time with its offset (GP Connect does not accept Z)."""
    return datetime.now(UK).replace(microsecond=0)


def journey():
    step("PDS: trace the patient")
    pds_patient, _ = send("GET", f"{SANDBOX}/spine/pds/Patient/{NHS_NUMBER}", {"Accept": FHIR_JSON})
    practices = pds_patient.get("generalPractitioner") or [{}]
    ods_code = practices[0].get("identifier", {}).get("value")
    if not ods_code:
        raise JourneyError("PDS shows no registered practice for this patient (a sensitive record hides it).")
    print(f"registered practice: {ods_code}")

    def sds(ldap_filter, attributes):
        query = urllib.parse.urlencode({"base": "ou=services,o=nhs", "filter": ldap_filter, "attributes": attributes})
        answer, _ = send("GET", f"{SANDBOX}/spine/sds/search?{query}", {"Accept": "application/json"})
        if not answer.get("entries"):
            raise JourneyError(f"SDS found nothing for {ldap_filter}")
        return answer["entries"][0]

    step("SDS: the MHS record (endpoint and party key)")
    book_id = INTERACTIONS["book"][0]
    mhs = sds(
        f"(&(nhsIDCode={ods_code})(objectClass=nhsMhs)(nhsMhsSvcIA={book_id}))", "nhsMhsEndPoint,nhsMhsPartyKey"
    )
    endpoint = mhs["nhsMhsEndPoint"]
    print(f"endpoint: {endpoint}, party key: {mhs['nhsMhsPartyKey']}")
    step("SDS: the AS record (ASID)")
    provider_asid = sds(
        f"(&(nhsIDCode={ods_code})(objectClass=nhsAs)(nhsMhsPartyKey={mhs['nhsMhsPartyKey']}))", "uniqueIdentifier"
    )["uniqueIdentifier"]
    print(f"provider ASID: {provider_asid}")

    def gp_connect(interaction, method, path, body=None, if_match=None, expect=200):
        """Through the SSP: the provider's endpoint exactly as SDS holds it, after the proxy's address."""
        interaction_id, scope = INTERACTIONS[interaction]
        headers = {
            "Ssp-TraceID": str(uuid.uuid4()),
            "Ssp-From": CONSUMER["asid"],
            "Ssp-To": provider_asid,
            "Ssp-InteractionID": interaction_id,
            "Authorization": f"Bearer {access_token(endpoint, scope)}",
            "Accept": FHIR_JSON,
        }
        if body is not None:
            headers["Content-Type"] = f"{FHIR_JSON};charset=utf-8"
        if if_match:
            headers["If-Match"] = if_match
        return send(method, f"{SANDBOX}/ssp/{endpoint}{path}", headers, body, expect)

    step("Find the patient (their logical id at the practice)")
    identifier = urllib.parse.quote(f"{NHS_NUMBER_SYSTEM}|{NHS_NUMBER}", safe="")
    patients, _ = gp_connect("find_patient", "GET", f"/Patient?identifier={identifier}")
    if not patients.get("entry"):
        raise JourneyError(f"the practice does not hold NHS number {NHS_NUMBER}")
    patient_id = patients["entry"][0]["resource"]["id"]
    print(f"patient id: {patient_id}")

    step("Search for free slots (tomorrow to 13 days later)")
    today = uk_now().date()
    slot_query = urllib.parse.urlencode(
        [
            ("start", f"ge{today + timedelta(days=1)}"),
            ("end", f"le{today + timedelta(days=14)}"),
            ("status", "free"),
            ("_include", "Slot:schedule"),
            ("_include:recurse", "Schedule:actor:Practitioner"),
            ("_include:recurse", "Schedule:actor:Location"),
            ("_include:recurse", "Location:managingOrganization"),
        ]
    )
    slots, _ = gp_connect("search_slots", "GET", f"/Slot?{slot_query}")
    resources = [entry["resource"] for entry in slots.get("entry", [])]
    slot = next((r for r in resources if r["resourceType"] == "Slot" and r["status"] == "free"), None)
    if slot is None:
        raise JourneyError("no free slot in the next two weeks")
    schedule = next(
        (r for r in resources if r["resourceType"] == "Schedule" and f"Schedule/{r['id']}" == slot["schedule"]["reference"]),
        {},
    )
    actors = [actor["reference"] for actor in schedule.get("actor", [])]
    print(f"first free slot: {slot['id']}, {slot['start']} to {slot['end']}")

    step("Book the slot")
    booked, _ = gp_connect(
        "book",
        "POST",
        "/Appointment",
        expect=201,
        body={
            "resourceType": "Appointment",
            "meta": {"profile": [STRUCTURE + "GPConnect-Appointment-1"]},
            "contained": [
                {
                    "resourceType": "Organization",
                    "id": "1",
                    "meta": {"profile": [STRUCTURE + "CareConnect-GPC-Organization-1"]},
                    "identifier": [{"system": ODS_SYSTEM, "value": CONSUMER["ods_code"]}],
                    "name": CONSUMER["name"],
                    "telecom": [{"system": "phone", "value": "0300 000 0000"}],
                }
            ],
            "extension": [
                {"url": STRUCTURE + "Extension-GPConnect-BookingOrganisation-1", "valueReference": {"reference": "#1"}}
            ],
            "status": "booked",
            "description": "Review of a persistent cough",
            "start": slot["start"],
            "end": slot["end"],
            "slot": [{"reference": f"Slot/{slot['id']}"}],
            "created": uk_now().isoformat(),
            "participant": [{"actor": {"reference": f"Patient/{patient_id}"}, "status": "accepted"}]
            + [
                {"actor": {"reference": reference}, "status": "accepted"}
                for reference in actors
                if reference.startswith(("Location/", "Practitioner/"))
            ],
        },
    )
    print(f"booked appointment {booked['id']}, version {booked['meta']['versionId']}")

    step("Read the appointment back")
    appointment, etag = gp_connect("read", "GET", f"/Appointment/{booked['id']}")
    print(f"status: {appointment['status']}, ETag: {etag}")

    step("Cancel it")
    cancellation = {
        "url": STRUCTURE + "Extension-GPConnect-AppointmentCancellationReason-1",
        "valueString": "Patient no longer needs the appointment",
    }
    cancelled, _ = gp_connect(
        "cancel",
        "PUT",
        f"/Appointment/{booked['id']}",
        if_match=etag or f'W/"{appointment["meta"]["versionId"]}"',
        body={**appointment, "status": "cancelled", "extension": appointment.get("extension", []) + [cancellation]},
    )
    print(f"status: {cancelled['status']}")
    print("\nJourney complete: traced, looked up, booked, read back and cancelled.")


if __name__ == "__main__":
    try:
        journey()
    except (JourneyError, urllib.error.URLError) as error:
        sys.exit(f"\nThe journey stopped: {error}")
