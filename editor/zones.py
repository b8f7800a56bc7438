"""Time zones for an embargo: the IANA names people pick from, and this computer's own."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # zoneinfo loads when a zone is first asked for (7 ms of start-up)
    from zoneinfo import ZoneInfo

# where Kazakhstan's embassies and ministries send releases from, and the news hubs
COMMON_ZONES = ("Asia/Almaty", "Asia/Aqtobe", "Europe/Brussels", "Europe/Vienna", "Europe/Berlin",
                "Europe/Paris", "Europe/London", "Europe/Moscow", "Europe/Istanbul",
                "Asia/Tashkent", "Asia/Shanghai", "Asia/Tokyo", "America/New_York", "UTC")


def zone(key: str) -> ZoneInfo | None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_zone() -> str:
    """This computer's zone as an IANA name (TZ, or /etc/localtime's target), else UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for key in candidates:
        if key and zone(key) is not None:
            return "UTC" if key in ("Etc/UTC", "Etc/Universal", "UCT") else key
    return "UTC"


def zone_key(moment) -> str | None:
    """The IANA name of an aware datetime's zone, when it has one."""
    tz = getattr(moment, "tzinfo", None)
    from zoneinfo import ZoneInfo

    return tz.key if isinstance(tz, ZoneInfo) else None
