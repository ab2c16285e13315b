"""JupyterHub configuration for vsvkit: one shared server for trainers, advisers and members.

Used as it is by The Littlest JupyterHub (copy it to /opt/tljh/config/jupyterhub_config.d/,
deploy/README.md) and by the end-to-end test (tests/hub/test_hub_e2e.py). Zero to JupyterHub
sets the same things in deploy/z2jh/values.yaml.

- Every user's server (jupyterhub-singleuser: jupyter_server with Voilà and JupyterLab) opens
  the workshop app in Voilà; JupyterLab is at /user/NAME/lab. The app notebooks are placed
  in the user's folder when the server starts (vsvkit.app.hub_extension): the installed apps
  in ~/vsvkit/, the adviser's own copy ~/regio_analyse.ipynb.
- Every user's server gets the shared store (VSVKIT_DB) in its environment, and its kernels
  with it; vsvkit asks the hub who the user is (JUPYTERHUB_API_TOKEN, set by the hub) and
  shows only what that user's role allows.
- The questionnaire and vote pages for members are a managed service without a login, at
  /services/leden/ (python -m vsvkit.cli.public): the hub starts and stops it and its proxy
  routes that path to it. A service rather than a second proxy entry of our own: the hub
  restarts it, gives it its prefix and address, and every installation (TLJH, Kubernetes)
  has it in the same place.

Nothing secret is in this file: everything comes from the hub's environment.

================================  ==========================================================
``VSVKIT_DB``                     the shared PostgreSQL store (required), e.g.
                                  ``postgresql+psycopg://vsvkit:PASSWORD@127.0.0.1/vsvkit``
``VSVKIT_HUB_PUBLIC_URL``         the hub's public address, e.g. ``https://vsv.example.nl``
                                  (the members' links and QR codes point there)
``VSVKIT_HUB_HOSTS``              more public host names, comma-separated (the public URL's
                                  name is always one); the members' pages answer no others
``VSVKIT_HUB_PYTHON``             the Python of the users' environment, which has vsvkit
                                  (default: the hub's own Python); TLJH: /opt/tljh/user/bin/python
``VSVKIT_HUB_SERVICE_PORT``       the port of the members' pages on 127.0.0.1 (default 10101)
================================  ==========================================================
"""

import os
import sys
from urllib.parse import urlsplit

c = get_config()  # noqa: F821  (JupyterHub's config loader provides it)

#: The members' pages: the service's name is the path /services/<name>/ in their links.
SERVICE_NAME = "leden"
#: The workshop app, relative to the user's server (the app notebooks' folder, see above).
WORKSHOP_URL = "/voila/render/vsvkit/workshop.ipynb"

db = os.environ.get("VSVKIT_DB", "").strip()
if not db:
    raise SystemExit(
        "VSVKIT_DB is not set: give the hub the URL of the shared PostgreSQL store "
        "(deploy/README.md)."
    )
public_url = os.environ.get("VSVKIT_HUB_PUBLIC_URL", "").strip().rstrip("/")
hosts = [h.strip() for h in os.environ.get("VSVKIT_HUB_HOSTS", "").split(",") if h.strip()]
if public_url:
    hosts.insert(0, urlsplit(public_url).hostname or "")
python = os.environ.get("VSVKIT_HUB_PYTHON", "").strip() or sys.executable
service_port = int(os.environ.get("VSVKIT_HUB_SERVICE_PORT", "10101"))

# -- every user's server ---------------------------------------------------------------------
c.Spawner.default_url = WORKSHOP_URL
c.Spawner.environment = {"VSVKIT_DB": db}
if public_url:
    # where the app's invitations, QR codes and vote links send members
    c.Spawner.environment["VSVKIT_PUBLIC_URL"] = f"{public_url}/services/{SERVICE_NAME}"
c.Spawner.args = [
    # the app notebooks in the user's folder; the room view (/zaal/<session>) behind the login
    "--ServerApp.jpserver_extensions=vsvkit.app.hub_extension=True",
    "--ServerApp.jpserver_extensions=vsvkit.app.survey_extension=True",
    # Voilà as `vsvkit serve` runs it (vsvkit.app.voila_config): our template, no sources
    # or tracebacks on the page, the app notebook's own analysis cells left out
    "--VoilaConfiguration.template=vsvkit",
    "--VoilaConfiguration.show_tracebacks=False",
    "--VoilaConfiguration.strip_sources=True",
    "--TagRemovePreprocessor.remove_cell_tags=skip-execution",
    "--VoilaExporter.language_code=nl",
    "--VoilaExecutor.timeout=0",
    # the render-hang fix (vsvkit.app.kernel_client)
    "--AsyncKernelManager.client_class=vsvkit.app.kernel_client.PollingKernelClient",
    # the kernel of a closed page goes after 5 minutes
    "--MappingKernelManager.cull_idle_timeout=300",
    "--MappingKernelManager.cull_interval=60",
    "--MappingKernelManager.cull_connected=False",
]

# -- the members' pages: a public managed service ---------------------------------------------
c.JupyterHub.services = [
    {
        "name": SERVICE_NAME,
        "url": f"http://127.0.0.1:{service_port}",
        "command": [
            python,
            "-m",
            "vsvkit.cli.public",
            *(f"--allow-host={h}" for h in hosts),
        ],
        "environment": {"VSVKIT_DB": db},
        "display": False,
    }
]
