"""The organisation profile: who sends the releases, in each language. It fills the
letterhead's header and footer, the contacts block when a release names none, the e-mail
From and the NewsML provider, rights and contact information. One JSON file per user
(``~/.config/Tandem/organisation.json``), shared by the window and the command line;
an organisation can hand the same file to every press officer (``--profile FILE``)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from editor.errors import TandemError
from editor.safe_read import read_limited

END_MARKS = ("###", "* * *", "-30-", "")
MAX_PROFILE_BYTES = 1_000_000


class ProfileError(TandemError):
    """A profile file that cannot be read: the reason in one line."""


@dataclass
class OrgDetails:
    """What the organisation says about itself in one language."""

    name: str = ""          # Ministry of Foreign Affairs of the Republic of Kazakhstan
    unit: str = ""          # Press service
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    sender_name: str = ""   # the e-mail From display name in this language
    rights: str = ""        # e.g. "Free to reproduce with attribution."
    about: str = ""         # "Notes to editors": a paragraph about the organisation

    def contact_line(self) -> str:
        """Address · phone · e-mail · website, the pieces that are filled."""
        return " · ".join(v for v in (self.address, self.phone, self.email, self.website) if v)


@dataclass
class Profile:
    details: dict[str, OrgDetails] = field(default_factory=dict)
    sender_address: str = ""    # press@mfa.example
    logo: str = ""              # an image file for the letterhead (PNG, JPEG)
    end_mark: str = "###"       # after the text: ###, * * * or -30-; "" for none

    def get(self, lang: str) -> OrgDetails:
        return self.details.get(lang) or OrgDetails()

    def sender(self, lang: str) -> str:
        """The From header for a message in ``lang`` ("Name <address>"), or ''."""
        if not self.sender_address:
            return ""
        d = self.get(lang)
        name = d.sender_name or " ".join(v for v in (d.unit, d.name) if v)
        return f"{name} <{self.sender_address}>" if name else self.sender_address

    @property
    def is_empty(self) -> bool:
        return not (self.sender_address or self.logo
                    or any(any(asdict(d).values()) for d in self.details.values()))

    def to_json(self) -> str:
        data = {"details": {lang: asdict(d) for lang, d in self.details.items()},
                "sender_address": self.sender_address, "logo": self.logo,
                "end_mark": self.end_mark}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str, where: str = "the profile") -> Profile:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise ProfileError(f"{where} is not valid JSON (line {err.lineno}: {err.msg})") from err
        if not isinstance(data, dict):
            raise ProfileError(f"{where} is not a profile (a JSON object is expected)")
        known = {f.name for f in fields(OrgDetails)}
        details = {}
        for lang, values in (data.get("details") or {}).items():
            if not isinstance(values, dict):
                raise ProfileError(f"{where}: the details for {lang!r} are not an object")
            details[str(lang)] = OrgDetails(**{k: str(v) for k, v in values.items() if k in known})
        end_mark = str(data.get("end_mark", "###"))
        return cls(details=details, sender_address=str(data.get("sender_address", "")),
                   logo=str(data.get("logo", "")),
                   end_mark=end_mark if end_mark in END_MARKS else "###")


def organisation_name(own: dict[str, str], profile: Profile, lang: str) -> str:
    """The organisation in ``lang``: the release's own (``own``, Release details) first,
    else the profile's."""
    return own.get(lang) or profile.get(lang).name


def default_path() -> Path:
    """The user's profile: ~/.config/Tandem/organisation.json on Linux (XDG_CONFIG_HOME
    respected), the platform's configuration folder elsewhere."""
    from editor.user_dirs import config_dir

    return config_dir() / "organisation.json"


def load_profile(path: Path | None = None) -> Profile:
    """The profile at ``path``; without one, the user's profile, or an empty one if the user
    has none yet."""
    if path is None:
        path = default_path()
        if not path.exists():
            return Profile()
    data = read_limited(path, MAX_PROFILE_BYTES, kind="profile", error=ProfileError)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ProfileError(f"the profile {path} is not UTF-8 text") from err
    return Profile.from_json(text, f"the profile {path.name}")


def save_profile(profile: Profile, path: Path | None = None) -> Path:
    from editor.storage.atomic import atomic_write

    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, profile.to_json().encode("utf-8"), backup=False)
    return path
