"""Serving the apps: ``vsvkit serve`` (Voilà) and ``vsvkit lab`` (JupyterLab).

- :mod:`.settings` -- the one place vsvkit's environment variables are read (the command
  line, the notebooks and the server configuration use it)
- :mod:`.serve` -- :func:`~vsvkit.app.serve.serve`: run Voilà with our configuration
- :mod:`.voila_config` -- that configuration, decided before anything starts
- :mod:`.voila_app` -- the Voilà application: only the app notebooks as pages, the checks
  installed, the page's XSRF cookie set so that closing a page shuts its kernel down, our
  template folders searched first
- :mod:`.kernel_manager` -- every kernel's environment; a log line when a preheated kernel
  is ready
- :mod:`.kernel_client` -- the kernel client whose channels wait in short slices (the fix for
  Voilà's reply-wait hang, chosen by configuration)
- :mod:`.hosts` -- which Host and Origin headers the server answers (pure rules, and the
  tornado guard that applies them to every request and websocket)
- :mod:`.page_open` -- run code in a preheated kernel when its page is opened
- :mod:`.lab` -- JupyterLab on the notebooks, with the store configured
"""
