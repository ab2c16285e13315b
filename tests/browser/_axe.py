"""axe-core in a Playwright page: the serious and critical WCAG 2.1 A/AA violations of a view.

axe-core comes from npm (``npm ci`` in tests/browser, pinned there). The page's context must
bypass the page's Content-Security-Policy (``bypass_csp=True``) where a page has one: axe is
injected as a script.
"""

from __future__ import annotations

from pathlib import Path

from conftest import require

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = ("serious", "critical")

#: each violation with its targets; a target also names the nearest vsvkit-* class around it
#: (widget ids say nothing)
_RUN_AXE = """tags => {
  const where = sel => {
    const el = document.querySelector(sel);
    const box = el && el.closest('[class*="vsvkit-"]');
    if (!box) return sel;
    const cls = [...box.classList].filter(c => c.startsWith('vsvkit-')).join('.');
    return box === el ? `${sel} (.${cls})` : `${sel} in .${cls}`;
  };
  return axe.run(document, {runOnly: {type: 'tag', values: tags}})
    .then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map(n => where(n.target.join(' ')))})));
}"""


def require_axe() -> str:
    """axe-core's script; the test is skipped (or fails, in CI) when it is not installed."""
    require(AXE.exists(), f"axe-core is missing: run `npm ci` in {AXE.parent.parent}")
    return AXE.read_text(encoding="utf-8")


def violations(page) -> list[dict]:
    """The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page now."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=require_axe())
    found = page.evaluate(_RUN_AXE, WCAG_TAGS)
    return [v for v in found if v["impact"] in BLOCKING]


def assert_clean(by_view: dict[str, list[dict]]) -> None:
    """No violation in any view; otherwise every one, by view, with up to four targets."""
    lines = []
    for view, found in by_view.items():
        for v in found:
            targets = ", ".join(v["targets"][:4])
            more = f" (+{len(v['targets']) - 4})" if len(v["targets"]) > 4 else ""
            lines.append(f"{view}: {v['id']} [{v['impact']}] {v['help']} -- {targets}{more}")
    assert not lines, "axe-core found serious/critical violations:\n" + "\n".join(lines)
