/// The HTML, CSS and JavaScript of the interactive view; `HTMLExporter` puts the graph's JSON
/// between `head` and `tail`. Written for EntityGraph, no library: a canvas, pan and zoom,
/// search, a type filter, a weight slider, colour by type or community, hover for a node's
/// aliases and counts, click on an edge for its evidence.
///
/// Safety: the Content-Security-Policy allows no network request of any kind; graph text is
/// read from the JSON element and shown with `textContent` or drawn on the canvas, never
/// parsed as HTML. The script itself must contain neither `</script` nor `<!--`
/// (`HTMLExporterTests` checks).
///
/// The page reports what it drew on the canvas element (`data-nodes-drawn`,
/// `data-edges-drawn`, `data-labels-drawn`, `data-matches`) and the time to its first
/// drawing on the body (`data-ready-ms` since navigation began, `data-script-ms` in its
/// script), for the browser tests and for anyone who wonders.
enum HTMLViewPage {
    static let head = #"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="entgraph">
    <title>EntityGraph view</title>
    <style>
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; font: 14px/1.35 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #222; background: #fafafa; }
    body { display: flex; flex-direction: column; }
    header { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; padding: 8px 12px; background: #fff; border-bottom: 1px solid #ddd; }
    header h1 { font-size: 16px; margin: 0; }
    #summary { color: #555; }
    #note { padding: 6px 12px; background: #fff6d6; border-bottom: 1px solid #e8d9a0; }
    #controls { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; }
    #controls label { display: inline-flex; gap: 4px; align-items: center; }
    #search { width: 16em; }
    .swatch { display: inline-block; width: 11px; height: 11px; border-radius: 50%; border: 1px solid rgba(0,0,0,.3); }
    #main { flex: 1; min-height: 200px; display: flex; }
    #stage { position: relative; flex: 1; min-width: 0; overflow: hidden; }
    #graph { position: absolute; left: 0; top: 0; width: 100%; height: 100%; cursor: grab; display: block; }
    #tooltip { position: absolute; pointer-events: none; background: rgba(255,255,255,.96); border: 1px solid #bbb; border-radius: 4px; padding: 6px 8px; max-width: 22em; box-shadow: 0 2px 6px rgba(0,0,0,.15); }
    #tooltip .name { font-weight: 600; }
    #panel { width: 22em; max-width: 40%; overflow: auto; background: #fff; border-left: 1px solid #ddd; padding: 8px 12px; }
    #panel h2 { font-size: 15px; margin: 4px 0 8px; }
    #panel li { margin-bottom: 6px; }
    #panel .muted, .muted { color: #666; }
    details { margin-top: 12px; }
    </style>
    </head>
    <body>
    <header>
    <h1>EntityGraph</h1>
    <span id="summary"></span>
    <div id="controls">
    <label>Search <input id="search" type="search" placeholder="name or alias" autocomplete="off"></label>
    <span id="matches" class="muted"></span>
    <span id="types"></span>
    <label>Min. weight <input id="weight" type="range" min="0" max="1" step="1" value="0"> <output id="weight-value"></output></label>
    <label>Colour <select id="colour"><option value="type">by type</option><option value="community">by community</option></select></label>
    <button id="reset" type="button">Fit</button>
    </div>
    </header>
    <div id="note" hidden></div>
    <div id="main">
    <div id="stage"><canvas id="graph" aria-label="graph drawing"></canvas><div id="tooltip" hidden></div></div>
    <aside id="panel"><h2 id="panel-title">About this view</h2><div id="panel-body"></div></aside>
    </div>
    <script type="application/json" id="graph-data">
    """#

    static let tail = #"""

    </script>
    <script>
    "use strict";
    (function () {
      var started = performance.now();
      var data = JSON.parse(document.getElementById("graph-data").textContent);
      var nodes = data.nodes.map(function (a, i) {
        return { index: i, label: a[0], type: a[1], x: a[2], y: a[3], value: a[4], mentions: a[5], documents: a[6],
                 aliases: a[7], community: a[8], id: a[9], degree: 0, key: (a[0] + "\n" + a[7].join("\n")).toLowerCase() };
      });
      var edges = data.edges.map(function (a) {
        return { source: a[0], target: a[1], weight: a[2], sentences: a[3], documents: a[4], evidence: a.length > 5 ? a[5] : null };
      });
      edges.forEach(function (e) { nodes[e.source].degree += 1; nodes[e.target].degree += 1; });
      var maxValue = 0, maxWeight = 0, minWeight = Infinity;
      nodes.forEach(function (n) { if (n.value > maxValue) { maxValue = n.value; } });
      edges.forEach(function (e) { maxWeight = Math.max(maxWeight, e.weight); minWeight = Math.min(minWeight, e.weight); });
      if (!edges.length) { minWeight = 0; maxWeight = 0; }
      nodes.forEach(function (n) { n.radius = 3 + 17 * Math.sqrt(maxValue > 0 ? Math.max(n.value, 0) / maxValue : 0); });
      // Labels go to the biggest nodes first, then to whatever fits.
      var bySize = nodes.slice().sort(function (a, b) { return b.value - a.value || a.index - b.index; });

      var canvas = document.getElementById("graph");
      var context = canvas.getContext("2d");
      var tooltip = document.getElementById("tooltip");
      var search = document.getElementById("search");
      var matchesText = document.getElementById("matches");
      var weight = document.getElementById("weight");
      var weightValue = document.getElementById("weight-value");
      var colour = document.getElementById("colour");
      var panelTitle = document.getElementById("panel-title");
      var panelBody = document.getElementById("panel-body");
      var hiddenTypes = {};
      var query = "";
      var matched = null;
      var hovered = null, selectedNode = null, selectedEdge = null;
      var view = { scale: 1, x: 0, y: 0 };
      var width = 0, height = 0;

      function element(tag, text, className) {
        var result = document.createElement(tag);
        if (text !== undefined && text !== null) { result.textContent = String(text); }
        if (className) { result.className = className; }
        return result;
      }
      function plural(count, noun, nouns) { return count.toLocaleString("en") + " " + (count === 1 ? noun : (nouns || noun + "s")); }
      function colourOf(n) {
        var count = data.communityColors.length;
        if (colour.value === "community") { return data.communityColors[((n.community % count) + count) % count]; }
        return data.typeColors[n.type];
      }
      function nodeShown(n) { return !hiddenTypes[n.type]; }
      function edgeShown(e) { return e.weight >= Number(weight.value) && nodeShown(nodes[e.source]) && nodeShown(nodes[e.target]); }
      function screen(n) { return [width / 2 + (n.x - view.x) * view.scale, height / 2 + (n.y - view.y) * view.scale]; }

      document.getElementById("summary").textContent = plural(nodes.length, "entity", "entities") + ", " + plural(edges.length, "edge")
        + "; size: " + data.sizeBy + ", edge width: weight";
      if (data.note) { var note = document.getElementById("note"); note.textContent = data.note; note.hidden = false; }

      var types = document.getElementById("types");
      data.types.forEach(function (name, index) {
        var label = element("label");
        var box = element("input");
        box.type = "checkbox"; box.checked = true; box.value = name; box.setAttribute("data-type", name);
        box.addEventListener("change", function () { hiddenTypes[index] = !box.checked; draw(); });
        var swatch = element("span", null, "swatch");
        swatch.style.background = data.typeColors[index];
        label.appendChild(box); label.appendChild(swatch); label.appendChild(element("span", name.toLowerCase()));
        types.appendChild(label);
      });

      var integerWeights = edges.every(function (e) { return Math.floor(e.weight) === e.weight; });
      weight.min = String(minWeight); weight.max = String(maxWeight);
      weight.step = integerWeights ? "1" : String((maxWeight - minWeight) / 100 || 1);
      weight.value = String(minWeight);
      function showWeight() { weightValue.textContent = String(Number(weight.value)); }
      showWeight();
      weight.addEventListener("input", function () { showWeight(); draw(); });
      colour.addEventListener("change", function () { draw(); });

      function about() {
        panelTitle.textContent = "About this view";
        panelBody.textContent = "";
        panelBody.appendChild(element("p", "Node size: " + data.sizeBy + " (" + data.sizeSummary + "). Edge width: weight. "
          + "Hover over a node for its aliases and counts; click an edge for the sentences behind it, when the graph carries them. "
          + "Drag to move, wheel to zoom."));
        if (data.attributes.length) {
          var details = element("details");
          details.appendChild(element("summary", "Graph attributes"));
          var list = element("ul");
          data.attributes.forEach(function (pair) { list.appendChild(element("li", pair[0] + ": " + pair[1])); });
          details.appendChild(list);
          panelBody.appendChild(details);
        }
      }

      function showNode(n) {
        panelTitle.textContent = n.label;
        panelBody.textContent = "";
        panelBody.appendChild(element("p", data.types[n.type].toLowerCase() + "; " + plural(n.mentions, "mention") + " in "
          + plural(n.documents, "document") + "; " + plural(n.degree, "edge") + "; " + data.sizeBy + " " + n.value.toPrecision(4), "muted"));
        if (n.aliases.length) {
          panelBody.appendChild(element("p", "Also written:"));
          var list = element("ul");
          n.aliases.forEach(function (alias) { list.appendChild(element("li", alias)); });
          panelBody.appendChild(list);
        }
        var neighbours = [];
        edges.forEach(function (e) {
          if (e.source === n.index) { neighbours.push([nodes[e.target], e.weight]); }
          if (e.target === n.index) { neighbours.push([nodes[e.source], e.weight]); }
        });
        neighbours.sort(function (a, b) { return b[1] - a[1] || a[0].index - b[0].index; });
        if (neighbours.length) {
          panelBody.appendChild(element("p", "Strongest ties:"));
          var ties = element("ul");
          neighbours.slice(0, 15).forEach(function (pair) { ties.appendChild(element("li", pair[0].label + " (" + pair[1] + ")")); });
          panelBody.appendChild(ties);
        }
      }

      function evidenceItems(evidence) {
        var text = String(evidence);
        if (text.charAt(0) === "[") {
          try {
            var parsed = JSON.parse(text);
            if (Array.isArray(parsed)) {
              return parsed.map(function (item) {
                if (item && typeof item === "object") {
                  var sentence = item.text || item.sentence || "";
                  var where = [item.document, item.date].filter(function (part) { return part; }).join(", ");
                  return where ? sentence + " (" + where + ")" : sentence;
                }
                return String(item);
              });
            }
          } catch (ignored) { /* not JSON: shown as text below */ }
        }
        return text.split("\n").filter(function (line) { return line.trim().length > 0; });
      }

      function showEdge(e) {
        var a = nodes[e.source], b = nodes[e.target];
        panelTitle.textContent = a.label + " \u2013 " + b.label;
        panelBody.textContent = "";
        panelBody.appendChild(element("p", "weight " + e.weight + "; " + plural(e.sentences, "sentence") + ", "
          + plural(e.documents, "document") + " together", "muted"));
        if (e.evidence !== null) {
          var list = element("ol");
          list.id = "evidence";
          evidenceItems(e.evidence).forEach(function (line) { list.appendChild(element("li", line)); });
          panelBody.appendChild(list);
        } else {
          panelBody.appendChild(element("p", "This graph carries no evidence sentences for its edges."));
        }
      }

      function updateMatches() {
        query = search.value.trim().toLowerCase();
        matched = null;
        var count = 0;
        if (query) {
          matched = {};
          nodes.forEach(function (n) { if (n.key.indexOf(query) >= 0) { matched[n.index] = true; count += 1; } });
          matchesText.textContent = count === 1 ? "1 match" : count + " matches";
        } else {
          matchesText.textContent = "";
        }
        canvas.setAttribute("data-matches", String(count));
      }

      function fit() {
        var shown = nodes.filter(nodeShown);
        if (!shown.length) { shown = nodes; }
        if (!shown.length) { view = { scale: 1, x: 0, y: 0 }; return; }
        var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        shown.forEach(function (n) { x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y); x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y); });
        var spanX = Math.max(x1 - x0, 1e-6), spanY = Math.max(y1 - y0, 1e-6);
        view.scale = Math.min((width - 60) / spanX, (height - 60) / spanY);
        if (!isFinite(view.scale) || view.scale <= 0) { view.scale = 1; }
        view.x = (x0 + x1) / 2; view.y = (y0 + y1) / 2;
      }

      function resize() {
        var ratio = window.devicePixelRatio || 1;
        var box = canvas.getBoundingClientRect();
        width = Math.max(box.width, 100); height = Math.max(box.height, 100);
        canvas.width = Math.round(width * ratio); canvas.height = Math.round(height * ratio);
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
      }

      function draw() {
        context.clearRect(0, 0, width, height);
        var edgesDrawn = 0, nodesDrawn = 0, labelsDrawn = 0;
        var logMax = Math.log(Math.max(maxWeight, 1) + 1);
        context.lineCap = "round";
        // One path per stroke style and width step, and one per node colour: thousands of
        // separate strokes made a redraw of 18,000 nodes take 0.3 s.
        var strokes = {};
        function offScreen(p, r) { return p[0] < -r || p[1] < -r || p[0] > width + r || p[1] > height + r; }
        edges.forEach(function (e) {
          if (!edgeShown(e) || e === selectedEdge) { return; }
          edgesDrawn += 1;
          var a = screen(nodes[e.source]), b = screen(nodes[e.target]);
          if ((a[0] < 0 && b[0] < 0) || (a[1] < 0 && b[1] < 0) || (a[0] > width && b[0] > width) || (a[1] > height && b[1] > height)) { return; }
          var lit = (matched === null || matched[e.source] || matched[e.target]);
          var step = Math.round(2 * (0.6 + 3.4 * Math.log(Math.max(e.weight, 0) + 1) / logMax)) / 2;
          var key = (lit ? "rgba(90,90,90,0.35)" : "rgba(90,90,90,0.07)") + " " + step;
          var path = strokes[key] || (strokes[key] = { style: lit ? "rgba(90,90,90,0.35)" : "rgba(90,90,90,0.07)", width: step, path: new Path2D() });
          path.path.moveTo(a[0], a[1]); path.path.lineTo(b[0], b[1]);
        });
        Object.keys(strokes).sort().forEach(function (key) {
          context.strokeStyle = strokes[key].style; context.lineWidth = strokes[key].width; context.stroke(strokes[key].path);
        });
        if (selectedEdge && edgeShown(selectedEdge)) {
          var a = screen(nodes[selectedEdge.source]), b = screen(nodes[selectedEdge.target]);
          context.strokeStyle = "rgba(213,94,0,0.95)"; context.lineWidth = 4;
          context.beginPath(); context.moveTo(a[0], a[1]); context.lineTo(b[0], b[1]); context.stroke();
          edgesDrawn += 1;
        }
        var fills = {}, marked = [];
        nodes.forEach(function (n) {
          if (!nodeShown(n)) { return; }
          nodesDrawn += 1;
          if (n === hovered || n === selectedNode || (matched && matched[n.index])) { marked.push(n); return; }
          var p = screen(n);
          if (offScreen(p, n.radius)) { return; }
          var key = colourOf(n) + (matched === null ? "" : " dim");
          var fill = fills[key] || (fills[key] = { colour: colourOf(n), alpha: matched === null ? 1 : 0.18, path: new Path2D() });
          fill.path.moveTo(p[0] + n.radius, p[1]);
          fill.path.arc(p[0], p[1], n.radius, 0, 2 * Math.PI);
        });
        context.lineWidth = 1; context.strokeStyle = "#fff";
        Object.keys(fills).sort().forEach(function (key) {
          context.globalAlpha = fills[key].alpha; context.fillStyle = fills[key].colour;
          context.fill(fills[key].path); context.stroke(fills[key].path);
        });
        context.globalAlpha = 1; context.lineWidth = 2.5; context.strokeStyle = "#000";
        marked.forEach(function (n) {
          var p = screen(n);
          context.fillStyle = colourOf(n);
          context.beginPath(); context.arc(p[0], p[1], n.radius, 0, 2 * Math.PI); context.fill(); context.stroke();
        });
        context.globalAlpha = 1;
        // Labels: matches, the hovered and selected node, then the biggest nodes, skipping any
        // that would overlap a label already placed.
        var placed = [];
        var candidates = [];
        if (hovered) { candidates.push(hovered); }
        if (selectedNode) { candidates.push(selectedNode); }
        if (matched) { bySize.forEach(function (n) { if (matched[n.index]) { candidates.push(n); } }); }
        bySize.slice(0, 60).forEach(function (n) { candidates.push(n); });
        context.font = "12px system-ui, -apple-system, Helvetica, Arial, sans-serif";
        context.textBaseline = "middle";
        var seen = {};
        candidates.forEach(function (n) {
          if (seen[n.index] || !nodeShown(n) || labelsDrawn >= 40) { return; }
          seen[n.index] = true;
          if (matched && !matched[n.index] && n !== hovered) { return; }
          var p = screen(n);
          var textWidth = context.measureText(n.label).width;
          var box = [p[0] + n.radius + 3, p[1] - 8, p[0] + n.radius + 5 + textWidth, p[1] + 8];
          if (box[2] > width) { box = [p[0] - n.radius - 5 - textWidth, p[1] - 8, p[0] - n.radius - 3, p[1] + 8]; }
          if (box[2] < 0 || box[0] > width || box[3] < 0 || box[1] > height) { return; }
          var clash = placed.some(function (o) { return box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]; });
          if (clash && n !== hovered) { return; }
          placed.push(box);
          context.fillStyle = "rgba(255,255,255,0.8)";
          context.fillRect(box[0] - 1, box[1] + 1, box[2] - box[0] + 1, box[3] - box[1] - 2);
          context.fillStyle = "#111";
          context.fillText(n.label, box[0] + 1, p[1]);
          labelsDrawn += 1;
        });
        canvas.setAttribute("data-nodes-drawn", String(nodesDrawn));
        canvas.setAttribute("data-edges-drawn", String(edgesDrawn));
        canvas.setAttribute("data-labels-drawn", String(labelsDrawn));
      }

      function nodeAt(x, y) {
        var best = null;
        nodes.forEach(function (n) {
          if (!nodeShown(n)) { return; }
          var p = screen(n), dx = p[0] - x, dy = p[1] - y;
          if (dx * dx + dy * dy <= (n.radius + 2) * (n.radius + 2)) { best = n; }
        });
        return best;
      }

      function edgeAt(x, y) {
        var best = null, bestDistance = 5;
        edges.forEach(function (e) {
          if (!edgeShown(e)) { return; }
          var a = screen(nodes[e.source]), b = screen(nodes[e.target]);
          var vx = b[0] - a[0], vy = b[1] - a[1], length2 = vx * vx + vy * vy;
          var t = length2 > 0 ? Math.max(0, Math.min(1, ((x - a[0]) * vx + (y - a[1]) * vy) / length2)) : 0;
          var dx = a[0] + t * vx - x, dy = a[1] + t * vy - y, distance = Math.sqrt(dx * dx + dy * dy);
          if (distance < bestDistance) { bestDistance = distance; best = e; }
        });
        return best;
      }

      function showTooltip(n, x, y) {
        if (!n) { tooltip.hidden = true; return; }
        tooltip.textContent = "";
        tooltip.appendChild(element("div", n.label, "name"));
        tooltip.appendChild(element("div", data.types[n.type].toLowerCase() + " \u00b7 " + plural(n.mentions, "mention") + " \u00b7 "
          + plural(n.documents, "document") + " \u00b7 " + plural(n.degree, "edge"), "muted"));
        if (n.aliases.length) { tooltip.appendChild(element("div", "also: " + n.aliases.join(", "))); }
        tooltip.hidden = false;
        tooltip.style.left = Math.min(x + 14, width - 260) + "px";
        tooltip.style.top = (y + 14) + "px";
      }

      var drag = null, frame = 0;
      function schedule() { if (!frame) { frame = requestAnimationFrame(function () { frame = 0; draw(); }); } }
      function local(event) { var box = canvas.getBoundingClientRect(); return [event.clientX - box.left, event.clientY - box.top]; }
      canvas.addEventListener("mousedown", function (event) {
        var p = local(event);
        drag = { x: p[0], y: p[1], viewX: view.x, viewY: view.y, moved: false };
        canvas.style.cursor = "grabbing";
      });
      window.addEventListener("mouseup", function (event) {
        if (!drag) { return; }
        var p = local(event), moved = drag.moved;
        drag = null; canvas.style.cursor = "grab";
        if (moved || event.target !== canvas) { return; }
        var n = nodeAt(p[0], p[1]);
        if (n) { selectedNode = n; selectedEdge = null; showNode(n); draw(); return; }
        var e = edgeAt(p[0], p[1]);
        if (e) { selectedEdge = e; selectedNode = null; showEdge(e); draw(); return; }
        selectedNode = null; selectedEdge = null; about(); draw();
      });
      canvas.addEventListener("mousemove", function (event) {
        var p = local(event);
        if (drag) {
          if (Math.abs(p[0] - drag.x) + Math.abs(p[1] - drag.y) > 3) { drag.moved = true; }
          view.x = drag.viewX - (p[0] - drag.x) / view.scale;
          view.y = drag.viewY - (p[1] - drag.y) / view.scale;
          schedule();
          return;
        }
        var n = nodeAt(p[0], p[1]);
        if (n !== hovered) { hovered = n; schedule(); }
        showTooltip(n, p[0], p[1]);
      });
      canvas.addEventListener("mouseleave", function () { hovered = null; showTooltip(null); schedule(); });
      canvas.addEventListener("wheel", function (event) {
        event.preventDefault();
        var p = local(event);
        var factor = Math.exp(-event.deltaY * 0.0015);
        var wx = view.x + (p[0] - width / 2) / view.scale, wy = view.y + (p[1] - height / 2) / view.scale;
        view.scale *= factor;
        view.x = wx - (p[0] - width / 2) / view.scale; view.y = wy - (p[1] - height / 2) / view.scale;
        schedule();
      }, { passive: false });

      search.addEventListener("input", function () { updateMatches(); draw(); });
      search.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" || !matched) { return; }
        var first = bySize.filter(function (n) { return matched[n.index] && nodeShown(n); })[0];
        if (!first) { return; }
        selectedNode = first; selectedEdge = null; showNode(first);
        view.x = first.x; view.y = first.y;
        draw();
      });
      document.getElementById("reset").addEventListener("click", function () { fit(); draw(); });
      window.addEventListener("resize", function () { resize(); fit(); draw(); });

      about();
      resize();
      fit();
      updateMatches();
      draw();
      // Since navigation began (reading the file and the JSON included), and in this script alone.
      document.body.setAttribute("data-ready-ms", String(Math.round(performance.now())));
      document.body.setAttribute("data-script-ms", String(Math.round(performance.now() - started)));
    })();
    </script>
    </body>
    </html>

    """#
}
