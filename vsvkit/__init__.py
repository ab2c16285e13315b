"""vsvkit: the VSV-integratiemeter workshop toolkit."""

from vsvkit.errors import (
    InstrumentError,
    IntakeError,
    Problem,
    ReportError,
    StoreError,
    VsvkitError,
)
from vsvkit.instrument import Instrument, load_instrument

__version__ = "0.1.0"

__all__ = [
    "Instrument",
    "InstrumentError",
    "IntakeError",
    "Problem",
    "ReportError",
    "StoreError",
    "VsvkitError",
    "load_instrument",
    "__version__",
]
