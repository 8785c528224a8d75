"""What the forms say of groups and dimensions, and the network's IATI identity checked: plain
values and checks without the store, so the dialogs that use them load before SQLAlchemy does."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.limits import MAX_NAME
from db import validate as check
from db.errors import InvalidValueError

# IATI 2.03: identifiers carry no spaces and none of / & | ? (the standard's rules for
# identifiers); an organisation's ref is an agency prefix and a number, as NL-KVK-12345678.
_IATI_FORBIDDEN = re.compile(r"[\s/&|?]")


class GroupsInUseError(InvalidValueError):
    """A dimension or group that entries or targets use would be removed: the caller asks
    whether to merge them into the whole (`merge=True`) or to keep the group."""

    def __init__(self, message: str, count: int) -> None:
        super().__init__(message)
        self.count = count


class IatiIdentityError(InvalidValueError):
    """The network's IATI identifier or organisation ref is missing or malformed; `field`
    names which ('identifier' or 'organisation'), `reason` what is wrong ('missing',
    'malformed', 'forbidden' for a space or one of / & | ?, 'prefix')."""

    def __init__(self, message: str, field: str, reason: str = "malformed") -> None:
        super().__init__(message)
        self.field = field
        self.reason = reason


@dataclass(frozen=True, slots=True)
class GroupSpec:
    """A group as the form has it: its id if it exists already (a rename keeps it), its name."""

    name: str
    id: int | None = None


@dataclass(frozen=True, slots=True)
class DimensionSpec:
    """A dimension as the form has it: its id if it exists already, its name and groups."""

    name: str
    groups: tuple[GroupSpec, ...]
    id: int | None = None


def check_iati_identity(identifier: str, org_ref: str) -> tuple[str, str]:
    """Both trimmed, or `IatiIdentityError` saying what is wrong in a sentence."""
    org_ref = org_ref.strip() if isinstance(org_ref, str) else ""
    identifier = identifier.strip() if isinstance(identifier, str) else ""
    if not org_ref:
        raise IatiIdentityError(
            "the reporting organisation's IATI ref is missing (for example NL-KVK-12345678)",
            "organisation",
            "missing",
        )
    if _IATI_FORBIDDEN.search(org_ref) or "-" not in org_ref:
        raise IatiIdentityError(
            f"the organisation ref {org_ref!r} is not an IATI ref: an agency prefix and a "
            "number joined by '-', without spaces or / & | ? (for example NL-KVK-12345678)",
            "organisation",
        )
    if not identifier:
        raise IatiIdentityError(
            f"the IATI identifier is missing (for example {org_ref}-netwerk-2025)",
            "identifier",
            "missing",
        )
    if _IATI_FORBIDDEN.search(identifier):
        raise IatiIdentityError(
            f"the IATI identifier {identifier!r} contains a space or one of / & | ?",
            "identifier",
            "forbidden",
        )
    if not identifier.startswith(f"{org_ref}-") or len(identifier) <= len(org_ref) + 1:
        raise IatiIdentityError(
            f"the IATI identifier must begin with the organisation ref and a hyphen "
            f"({org_ref}-…), not {identifier!r}",
            "identifier",
            "prefix",
        )
    for text in (identifier, org_ref):
        check.name(text, "an IATI identifier", MAX_NAME)
    return identifier, org_ref
