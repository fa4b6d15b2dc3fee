#!/usr/bin/env python3
"""Opens an `entgraph` HTML view in headless Chromium and reports what the page did, as JSON.

    browser_check.py PAGE.html [--search TEXT] [--hide-type TYPE] [--screenshot OUT.png]

A copy of the page gets two small scripts of ours: one first in <head> that records every
error, console.error/warn and Content-Security-Policy violation (a request the page tried to
make), and one last in <body> that, after the page's own script has drawn, reads the counts
the page writes on its canvas, types TEXT into the search box, unticks TYPE in the type
filter, moves the weight slider to its maximum, sweeps the pointer over the canvas (which
tooltips show where), clicks the middle of an edge between two nodes it found (what the side
panel shows, evidence included), and writes the results into the DOM, which
`chromium --dump-dom` prints. The page itself is opened unchanged for the screenshot.
Exit status 0 when Chromium ran; the caller judges the results.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PROBE_HEAD = """<script id="entgraph-probe-head">
window.__probe = { errors: [] };
window.addEventListener("error", function (e) { window.__probe.errors.push("error: " + e.message); });
window.addEventListener("unhandledrejection", function (e) { window.__probe.errors.push("rejection: " + e.reason); });
document.addEventListener("securitypolicyviolation", function (e) { window.__probe.errors.push("csp: " + e.violatedDirective + " " + e.blockedURI); });
["error", "warn"].forEach(function (level) {
  var original = console[level];
  console[level] = function () { window.__probe.errors.push("console." + level + ": " + Array.prototype.join.call(arguments, " ")); original.apply(console, arguments); };
});
</script>"""

PROBE_TAIL = """<script id="entgraph-probe-tail">
(function () {
  var probe = window.__probe, canvas = document.getElementById("graph");
  function counts() {
    return { nodes: Number(canvas.getAttribute("data-nodes-drawn")), edges: Number(canvas.getAttribute("data-edges-drawn")),
             labels: Number(canvas.getAttribute("data-labels-drawn")), matches: Number(canvas.getAttribute("data-matches")) };
  }
  var result = { initial: counts(), readyMs: Number(document.body.getAttribute("data-ready-ms")),
                 scriptMs: Number(document.body.getAttribute("data-script-ms")) };
  var search = document.getElementById("search");
  search.value = %(search)s;
  var before = performance.now();
  search.dispatchEvent(new Event("input"));
  result.searchMs = Math.round(performance.now() - before);
  result.search = counts();
  result.matchesText = document.getElementById("matches").textContent;
  search.value = "";
  search.dispatchEvent(new Event("input"));
  var box = document.querySelector('#types input[data-type="' + %(hide)s + '"]');
  result.typeBoxFound = !!box;
  if (box) {
    box.click();
    result.hidden = counts();
    box.click();
    result.shownAgain = counts();
  }
  var weight = document.getElementById("weight");
  weight.value = weight.max;
  weight.dispatchEvent(new Event("input"));
  result.maxWeight = counts();
  result.maxWeightValue = Number(weight.max);
  weight.value = weight.min;
  weight.dispatchEvent(new Event("input"));
  var colour = document.getElementById("colour");
  colour.value = "community";
  colour.dispatchEvent(new Event("change"));
  result.byCommunity = counts();
  colour.value = "type";
  colour.dispatchEvent(new Event("change"));
  // Hover: sweep the pointer over the canvas; where the tooltip shows, note whose it is.
  var tooltip = document.getElementById("tooltip"), rect = canvas.getBoundingClientRect();
  function at(type, x, y, target) {
    (target || canvas).dispatchEvent(new MouseEvent(type, { clientX: rect.left + x, clientY: rect.top + y, bubbles: true }));
  }
  var hits = {};
  for (var y = 2; y < rect.height; y += 4) {
    for (var x = 2; x < rect.width; x += 4) {
      at("mousemove", x, y);
      if (tooltip.hidden) { continue; }
      var name = tooltip.firstChild.textContent;
      var hit = hits[name] || (hits[name] = { x: 0, y: 0, n: 0, text: tooltip.textContent });
      hit.x += x; hit.y += y; hit.n += 1;
    }
  }
  canvas.dispatchEvent(new MouseEvent("mouseleave"));
  result.tooltips = {};
  Object.keys(hits).forEach(function (name) { result.tooltips[name] = hits[name].text; });
  // Click: the middle of an edge between two nodes found above, until the panel shows an edge.
  var data = { nodes: [], edges: [] };
  try { data = JSON.parse(document.getElementById("graph-data").textContent); } catch (e) { probe.errors.push("probe: graph data: " + e.message); }
  var title = document.getElementById("panel-title"), tries = 0;
  result.edgeClick = null;
  for (var i = 0; i < data.edges.length && tries < 60 && !result.edgeClick; i++) {
    var a = data.nodes[data.edges[i][0]][0], b = data.nodes[data.edges[i][1]][0];
    if (!hits[a] || !hits[b]) { continue; }
    tries += 1;
    var mx = (hits[a].x / hits[a].n + hits[b].x / hits[b].n) / 2, my = (hits[a].y / hits[a].n + hits[b].y / hits[b].n) / 2;
    at("mousedown", mx, my);
    at("mouseup", mx, my);
    if (title.textContent === a + " \u2013 " + b) {
      var items = document.querySelectorAll("#evidence li");
      result.edgeClick = { source: a, target: b, weight: data.edges[i][2], evidence: items.length ? Array.prototype.map.call(items, function (li) { return li.textContent; }) : null,
                           text: document.getElementById("panel-body").textContent };
    }
  }
  var own = Array.prototype.filter.call(document.scripts, function (s) { return !/^entgraph-probe/.test(s.id); });
  result.pageScripts = own.length;
  result.foreignElements = document.querySelectorAll("img, svg, iframe, object, embed, b, a[href]").length;
  result.pwned = document.body.getAttribute("data-pwned");
  result.title = document.title;
  result.errors = probe.errors;
  var out = document.createElement("pre");
  out.id = "entgraph-probe-result";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
})();
</script>"""


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("browser_check: chromium not found (scripts/deps.sh installs it)")


def run(browser, profile, extra, url):
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--user-data-dir=" + profile, "--window-size=1280,800", "--enable-logging=stderr", "--v=0"]
    return subprocess.run(flags + extra + [url], capture_output=True, text=True, timeout=120)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("page")
    parser.add_argument("--search", default="")
    parser.add_argument("--hide-type", default="PERSON")
    parser.add_argument("--screenshot")
    args = parser.parse_args()
    browser = chromium()
    with open(args.page, encoding="utf-8") as f:
        page = f.read()
    with tempfile.TemporaryDirectory(prefix="entgraph-browser-") as folder:
        head = page.index("<head>") + len("<head>")
        body = page.rindex("</body>")
        probed = page[:head] + PROBE_HEAD + page[head:body] + PROBE_TAIL % {
            "search": json.dumps(args.search), "hide": json.dumps(args.hide_type)} + page[body:]
        probed_path = os.path.join(folder, "probed.html")
        with open(probed_path, "w", encoding="utf-8") as f:
            f.write(probed)
        dump = run(browser, os.path.join(folder, "profile"), ["--dump-dom"], "file://" + probed_path)
        match = re.search(r'<pre id="entgraph-probe-result">(.*?)</pre>', dump.stdout, re.S)
        if not match:
            sys.exit("browser_check: no result in the page (status %d)\n%s" % (dump.returncode, dump.stderr[-3000:]))
        text = match.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
        result = json.loads(text)
        # What the browser logged about the page: uncaught errors and console messages.
        result["browserLog"] = [line for line in dump.stderr.splitlines()
                                if "CONSOLE" in line or "Uncaught" in line]
        if args.screenshot:
            os.makedirs(os.path.dirname(os.path.abspath(args.screenshot)), exist_ok=True)
            shot = run(browser, os.path.join(folder, "profile2"), ["--screenshot=" + os.path.abspath(args.screenshot)],
                       "file://" + os.path.abspath(args.page))
            result["screenshot"] = os.path.getsize(args.screenshot) if os.path.exists(args.screenshot) else 0
            if shot.returncode != 0:
                result["screenshotError"] = shot.stderr[-2000:]
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
