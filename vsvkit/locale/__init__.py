"""String tables that :mod:`vsvkit.i18n` merges into its one catalogue, one module per topic."""
