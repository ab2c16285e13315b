"""Serving the apps: the pieces :mod:`vsvkit.app.serve` hands to Voilà.

- :mod:`.hosts` -- which Host and Origin headers the server answers (pure rules, and the
  tornado guard that applies them to every request and websocket)
- :mod:`.kernel_client` -- the kernel client whose channels wait in short slices (the fix for
  Voilà's reply-wait hang, chosen by configuration)
- :mod:`.voila` -- the Voilà application: only the app notebooks as pages, the checks
  installed, the page's XSRF cookie set so that closing a page shuts its kernel down
- :mod:`.page_open` -- run code in a preheated kernel when its page is opened
"""
