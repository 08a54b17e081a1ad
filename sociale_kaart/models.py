"""Imports every domain's tables so that Base.metadata knows them all (Alembic, tests)."""

from sociale_kaart.db import Base
from sociale_kaart.cases import models as cases  # noqa: F401
from sociale_kaart.directory import models as directory  # noqa: F401
from sociale_kaart.directory import provenance  # noqa: F401
from sociale_kaart.editors import models as editors  # noqa: F401
from sociale_kaart.feedback import models as feedback  # noqa: F401
from sociale_kaart.geo import geocoding  # noqa: F401
from sociale_kaart.geo import models as geo  # noqa: F401
from sociale_kaart import index_log  # noqa: F401
from sociale_kaart.partners import models as partners  # noqa: F401
from sociale_kaart.referrals import models as referrals  # noqa: F401
from sociale_kaart import throttle  # noqa: F401

metadata = Base.metadata
