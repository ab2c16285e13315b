"""The catalogue of strings users see (:mod:`vsvkit.locale.catalogue`), read through
:mod:`vsvkit.i18n`."""
