// tacitus web view: map, timeline, actor graph, event table and event card over /api.
// Plain JavaScript, no dependencies, nothing loaded from outside this server.
//
// One rule for safety: text from the store (article text, titles, names) only ever enters the
// page through textContent or attribute setters, never as markup.
(function () {
  "use strict";

  const SVG = "http://www.w3.org/2000/svg";
  const FILTER_KEYS = ["type", "family", "country", "admin1", "actor", "since", "until", "bbox", "min_fatalities", "q"];
  const PAGE = 50;
  const FAMILY_COLOURS = {
    battles: "#d62728",
    explosions_remote_violence: "#ff7f0e",
    violence_against_civilians: "#9467bd",
    protests: "#2ca02c",
    riots: "#8c564b",
    strategic_developments: "#1f77b4",
  };
  const FAMILY_NAMES = {
    battles: "Battles",
    explosions_remote_violence: "Explosions / remote violence",
    violence_against_civilians: "Violence against civilians",
    protests: "Protests",
    riots: "Riots",
    strategic_developments: "Strategic developments",
  };
  const RELATION_PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"];
  const KIND_COLOURS = {
    state_forces: "#4c78a8", rebel: "#e45756", political_militia: "#f58518", identity_militia: "#b279a2",
    external: "#54a24b", person: "#9d755d", other_armed_group: "#eeca3b",
  };
  const PRECISION = {
    1: "1 · the named place",
    2: "2 · near it, or a district",
    3: "3 · only a province or country",
  };

  const $ = (sel) => document.querySelector(sel);

  // -- small DOM helpers (text only through textContent) -------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k === "style") node.style.cssText = v;  // through CSSOM: the CSP forbids style attributes
      else node.setAttribute(k, v);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) node.setAttribute(k, v);
    }
    return node;
  }

  function titled(node, text) {
    const t = svg("title");
    t.textContent = text;
    node.append(t);
    return node;
  }

  const fmt = new Intl.NumberFormat("en");
  const num = (n) => (n === null || n === undefined ? "" : fmt.format(n));
  const pretty = (code) => (code ? String(code).replace(/_/g, " ") : "");

  // -- state in the URL ------------------------------------------------------------------------

  function readHash() {
    return new URLSearchParams(location.hash.replace(/^#/, ""));
  }

  function filterQuery(hash, skip) {
    const out = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      if (skip && skip.includes(key)) continue;
      const v = hash.get(key);
      if (v) out.set(key, v);
    }
    return out;
  }

  function setHash(changes) {
    const hash = readHash();
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === undefined || v === "") hash.delete(k);
      else hash.set(k, v);
    }
    const next = hash.toString();
    if (next !== location.hash.replace(/^#/, "")) location.hash = next;
  }

  // -- API -------------------------------------------------------------------------------------

  async function api(path, params) {
    const query = params && params.toString() ? "?" + params.toString() : "";
    const response = await fetch(path + query, { headers: { Accept: "application/json" } });
    const body = await response.json();
    if (!response.ok) {
      const err = body && body.error ? body.error : { message: response.statusText };
      throw new Error(err.field ? `${err.field}: ${err.message}` : err.message);
    }
    return body;
  }

  function showStatus(message) {
    const status = $("#status");
    status.hidden = !message;
    status.textContent = message || "";
  }

  // Each view keeps a token so that an answer to an older request never overwrites a newer one.
  function latest() {
    let token = 0;
    return () => {
      const mine = ++token;
      return () => mine === token;
    };
  }

  // -- filters form ------------------------------------------------------------------------------

  const facets = { countries: new Map() };

  function fillSelects(stats, world) {
    const typeSelect = $("#f-type");
    const byFamily = {};
    for (const row of stats.by_type) (byFamily[row.event_family] = byFamily[row.event_family] || []).push(row);
    for (const family of Object.keys(FAMILY_NAMES)) {
      if (!byFamily[family]) continue;
      const group = el("optgroup", { label: FAMILY_NAMES[family] });
      for (const row of byFamily[family]) group.append(el("option", { value: row.event_type, text: `${pretty(row.event_type)} (${row.n})` }));
      typeSelect.append(group);
    }
    for (const f of world.features) if (f.properties.iso3) facets.countries.set(f.properties.iso3, f.properties.name);
    const countrySelect = $("#f-country");
    const rows = [...stats.by_country].sort((a, b) => countryName(a.country).localeCompare(countryName(b.country)));
    for (const row of rows) countrySelect.append(el("option", { value: row.country, text: `${countryName(row.country)} (${row.n})` }));
  }

  function countryName(iso3) {
    return facets.countries.get(iso3) || iso3 || "";
  }

  function syncForm(hash) {
    for (const key of ["type", "country", "actor", "since", "until", "min_fatalities", "q"]) {
      const input = $("#f-" + key);
      const value = hash.get(key) || "";
      if (input.tagName === "SELECT" && value && !input.querySelector(`option[value="${CSS.escape(value)}"]`)) {
        input.append(el("option", { value, text: value }));
      }
      input.value = value;
    }
    $("#f-sort").value = hash.get("sort") || "-date";
    const bbox = hash.get("bbox");
    $("#f-bbox").hidden = !bbox;
    $("#f-bbox-text").textContent = bbox ? `area ${bbox}` : "";
  }

  function bindForm() {
    $("#filters").addEventListener("submit", (e) => {
      e.preventDefault();
      const changes = {};
      for (const key of ["type", "country", "actor", "since", "until", "min_fatalities", "q"]) changes[key] = $("#f-" + key).value.trim();
      setHash(changes);
    });
    for (const key of ["type", "country", "since", "until"]) {
      $("#f-" + key).addEventListener("change", () => setHash({ [key]: $("#f-" + key).value }));
    }
    $("#f-sort").addEventListener("change", () => setHash({ sort: $("#f-sort").value === "-date" ? "" : $("#f-sort").value }));
    $("#reset").addEventListener("click", () => { location.hash = ""; });
    $("#clear-bbox").addEventListener("click", () => setHash({ bbox: "" }));
  }

  // -- map -----------------------------------------------------------------------------------------

  const map = {
    view: { x: -180, y: -90, w: 360, h: 180 },
    countryPaths: new Map(),
    cells: [],
    fitted: false,
    markers: null,
  };

  function ringPath(ring) {
    let d = "";
    for (let i = 0; i < ring.length; i++) d += (i ? "L" : "M") + ring[i][0] + " " + -ring[i][1];
    return d + "Z";
  }

  function drawBasemap(world) {
    const root = $("#map");
    const land = svg("g", { class: "countries" });
    for (const f of world.features) {
      const d = f.geometry.coordinates.map((poly) => poly.map(ringPath).join("")).join("");
      const path = svg("path", { d, class: "country" });
      path.dataset.iso3 = f.properties.iso3 || "";
      titled(path, f.properties.name);
      land.append(path);
      if (f.properties.iso3) map.countryPaths.set(f.properties.iso3, path);
    }
    map.markers = svg("g", { class: "markers" });
    root.append(land, map.markers);
    applyView();
    bindMapGestures(root);
  }

  function unitsPerPixel() {
    const rect = $("#map").getBoundingClientRect();
    return rect.width ? Math.max(map.view.w / rect.width, map.view.h / rect.height) : 1;
  }

  function applyView() {
    const v = map.view;
    $("#map").setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
    sizeMarkers();
  }

  function clampView(v) {
    const w = Math.min(Math.max(v.w, 2), 360);
    const h = w / 2;
    return { w, h, x: Math.min(Math.max(v.x, -180), 180 - w), y: Math.min(Math.max(v.y, -90), 90 - h) };
  }

  function bindMapGestures(root) {
    root.addEventListener("wheel", (e) => {
      e.preventDefault();
      const rect = root.getBoundingClientRect();
      const fx = (e.clientX - rect.left) / rect.width;
      const fy = (e.clientY - rect.top) / rect.height;
      const factor = e.deltaY > 0 ? 1.25 : 0.8;
      const v = map.view;
      const w = v.w * factor;
      const h = w / 2;
      map.view = clampView({ x: v.x + (v.w - w) * fx, y: v.y + (v.h - h) * fy, w, h });
      applyView();
    }, { passive: false });
    let drag = null;
    root.addEventListener("mousedown", (e) => {
      drag = { x: e.clientX, y: e.clientY, view: { ...map.view }, moved: false };
    });
    window.addEventListener("mousemove", (e) => {
      if (!drag) return;
      const k = unitsPerPixel();
      const dx = (e.clientX - drag.x) * k;
      const dy = (e.clientY - drag.y) * k;
      if (Math.abs(dx) + Math.abs(dy) > 2 * k) {
        drag.moved = true;
        root.classList.add("dragging");
      }
      map.view = clampView({ ...drag.view, x: drag.view.x - dx, y: drag.view.y - dy });
      applyView();
    });
    window.addEventListener("mouseup", () => {
      if (drag && drag.moved) root.dataset.justDragged = "1";
      drag = null;
      root.classList.remove("dragging");
      setTimeout(() => delete root.dataset.justDragged, 0);
    });
  }

  function markerRadius(cell) {
    const px = 3 + 1.7 * Math.log1p(Math.max(cell.fatalities, 0)) + 2 * Math.log(cell.n);
    return Math.min(px, 20);
  }

  function sizeMarkers() {
    if (!map.markers) return;
    const k = unitsPerPixel();
    for (const circle of map.markers.children) circle.setAttribute("r", circle.dataset.px * k);
  }

  function drawCells(stats) {
    map.cells = stats.cells;
    map.markers.replaceChildren();
    const cells = [...stats.cells].sort((a, b) => b.fatalities - a.fatalities);
    for (const cell of cells) {
      const circle = svg("circle", {
        cx: cell.lon, cy: -cell.lat, class: cell.n > 1 ? "marker cluster" : "marker",
        fill: FAMILY_COLOURS[cell.event_family] || "#666",
      });
      circle.dataset.px = markerRadius(cell);
      if (cell.event_id) circle.dataset.event = cell.event_id;
      const what = cell.n > 1 ? `${cell.n} events (mostly ${pretty(cell.event_type)})` : pretty(cell.event_type);
      titled(circle, `${what}, ${num(cell.fatalities)} killed — ${cell.n > 1 ? "click to zoom in" : "click for the evidence"}`);
      circle.addEventListener("click", (e) => {
        e.stopPropagation();
        if ($("#map").dataset.justDragged) return;
        if (cell.event_id) setHash({ event: cell.event_id });
        else zoomTo(cell.lon - stats.grid, cell.lat - stats.grid, cell.lon + stats.grid, cell.lat + stats.grid);
      });
      map.markers.append(circle);
    }
    sizeMarkers();
    shadeCountries(stats);
    drawMapLegend(stats);
    if (!map.fitted && stats.cells.length) {
      map.fitted = true;
      fitToCells();
    }
  }

  function zoomTo(minLon, minLat, maxLon, maxLat) {
    const pad = 0.15;
    const w = Math.max((maxLon - minLon) * (1 + 2 * pad), (maxLat - minLat) * 2 * (1 + 2 * pad), 30);
    const cx = (minLon + maxLon) / 2;
    const cy = -(minLat + maxLat) / 2;
    map.view = clampView({ x: cx - w / 2, y: cy - w / 4, w, h: w / 2 });
    applyView();
  }

  function fitToCells() {
    if (!map.cells.length) return;
    const lons = map.cells.map((c) => c.lon);
    const lats = map.cells.map((c) => c.lat);
    zoomTo(Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats));
  }

  function shadeCountries(stats) {
    const on = $("#shade").checked;
    const max = Math.max(1, ...stats.by_country.map((r) => r.n));
    const counts = new Map(stats.by_country.map((r) => [r.country, r.n]));
    const selected = new Set((readHash().get("country") || "").split(",").filter(Boolean));
    for (const [iso3, path] of map.countryPaths) {
      const n = counts.get(iso3) || 0;
      if (on && n) {
        const t = Math.log1p(n) / Math.log1p(max);
        path.style.fill = `rgb(${Math.round(253 - 80 * t)}, ${Math.round(224 - 150 * t)}, ${Math.round(200 - 150 * t)})`;
      } else {
        path.style.fill = "";
      }
      path.classList.toggle("selected", selected.has(iso3));
    }
  }

  function drawMapLegend(stats) {
    const legend = $("#legend");
    legend.replaceChildren();
    const families = new Set(stats.cells.map((c) => c.event_family));
    for (const family of Object.keys(FAMILY_COLOURS)) {
      if (!families.has(family)) continue;
      legend.append(el("span", {}, el("span", { class: "swatch", style: `background:${FAMILY_COLOURS[family]}` }), FAMILY_NAMES[family]));
    }
    legend.append(el("span", { text: "· circle size: people killed · dashed: several events" }));
  }

  function bboxOfView() {
    const v = map.view;
    const r = (x) => Math.round(x * 100) / 100;
    return [r(Math.max(v.x, -180)), r(Math.max(-(v.y + v.h), -90)), r(Math.min(v.x + v.w, 180)), r(Math.min(-v.y, 90))].join(",");
  }

  function gridForView() {
    const w = map.view.w;
    if (w > 200) return 4;
    if (w > 90) return 2;
    if (w > 40) return 1;
    if (w > 15) return 0.5;
    return 0.25;
  }

  // -- timeline --------------------------------------------------------------------------------------

  const DAY = 86400000;
  const timeline = { start: 0, end: 0, width: 0 };

  function drawTimeline(stats, hash) {
    const root = $("#timeline");
    root.replaceChildren();
    const width = root.getBoundingClientRect().width || 900;
    const height = 150;
    const left = 36;
    const bottom = 20;
    root.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const weeks = new Map();
    for (const row of stats.by_week) {
      const w = weeks.get(row.week) || { total: 0, parts: [] };
      w.total += row.n;
      w.parts.push(row);
      weeks.set(row.week, w);
    }
    if (!weeks.size) {
      root.append(Object.assign(svg("text", { x: left, y: 40, class: "axis" }), { textContent: "no dated events" }));
      return;
    }
    const days = [...weeks.keys()].map((d) => Date.parse(d)).sort((a, b) => a - b);
    // At least half a year wide, so a few weeks of events still read as weeks.
    const pad = Math.max(7 * DAY, (182 * DAY - (days[days.length - 1] - days[0])) / 2);
    timeline.start = days[0] - pad;
    timeline.end = days[days.length - 1] + 7 * DAY + pad;
    timeline.left = left;
    timeline.width = width - left - 8;
    const maxTotal = Math.max(...[...weeks.values()].map((w) => w.total));
    const barW = Math.max(1.5, (7 * DAY / (timeline.end - timeline.start)) * timeline.width);
    const plotH = height - bottom - 8;
    const bars = svg("g", { class: "bars" });
    for (const [week, w] of weeks) {
      let y = height - bottom;
      const x = xOfTime(Date.parse(week));
      const order = Object.keys(FAMILY_COLOURS);
      w.parts.sort((a, b) => order.indexOf(a.event_family) - order.indexOf(b.event_family));
      for (const part of w.parts) {
        const h = (part.n / maxTotal) * plotH;
        y -= h;
        const rect = svg("rect", { x, y, width: barW, height: Math.max(h, 0.5), fill: FAMILY_COLOURS[part.event_family] || "#666" });
        titled(rect, `week of ${week}: ${part.n} ${FAMILY_NAMES[part.event_family] || part.event_family}`);
        bars.append(rect);
      }
    }
    root.append(bars, timelineAxis(height - bottom, maxTotal, plotH));
    drawBrush(hash);
  }

  function xOfTime(t) {
    return timeline.left + ((t - timeline.start) / (timeline.end - timeline.start)) * timeline.width;
  }

  function timeOfX(x) {
    return timeline.start + ((x - timeline.left) / timeline.width) * (timeline.end - timeline.start);
  }

  function timelineAxis(baseY, maxTotal, plotH) {
    const g = svg("g");
    g.append(svg("line", { x1: timeline.left, x2: timeline.left + timeline.width, y1: baseY, y2: baseY, class: "axis-line" }));
    const first = new Date(timeline.start).getUTCFullYear();
    const last = new Date(timeline.end).getUTCFullYear();
    const step = Math.max(1, Math.ceil((last - first + 1) / 12));
    for (let year = first; year <= last + 1; year += step) {
      const x = xOfTime(Date.UTC(year, 0, 1));
      if (x < timeline.left || x > timeline.left + timeline.width) continue;
      g.append(svg("line", { x1: x, x2: x, y1: baseY, y2: baseY + 4, class: "axis-line" }));
      g.append(Object.assign(svg("text", { x: x + 2, y: baseY + 15, class: "axis" }), { textContent: String(year) }));
    }
    g.append(Object.assign(svg("text", { x: 2, y: baseY - plotH + 8, class: "axis" }), { textContent: String(maxTotal) }));
    return g;
  }

  function isoDay(t) {
    return new Date(t).toISOString().slice(0, 10);
  }

  function drawBrush(hash) {
    const root = $("#timeline");
    const old = root.querySelector(".brush");
    if (old) old.remove();
    const since = hash.get("since");
    const until = hash.get("until");
    if (!since && !until) return;
    const x0 = since ? xOfTime(Date.parse(since)) : timeline.left;
    const x1 = until ? xOfTime(Date.parse(until)) : timeline.left + timeline.width;
    root.append(svg("rect", { class: "brush", x: Math.min(x0, x1), y: 2, width: Math.max(Math.abs(x1 - x0), 1), height: 126 }));
  }

  function bindTimelineBrush() {
    const root = $("#timeline");
    let start = null;
    const localX = (e) => {
      const rect = root.getBoundingClientRect();
      const vb = root.viewBox.baseVal;
      return ((e.clientX - rect.left) / rect.width) * (vb && vb.width ? vb.width : rect.width);
    };
    root.addEventListener("mousedown", (e) => {
      start = localX(e);
      e.preventDefault();
    });
    root.addEventListener("mousemove", (e) => {
      if (start === null) return;
      const x = localX(e);
      let rect = root.querySelector(".brush");
      if (!rect) {
        rect = svg("rect", { class: "brush", y: 2, height: 126 });
        root.append(rect);
      }
      rect.setAttribute("x", Math.min(start, x));
      rect.setAttribute("width", Math.abs(x - start));
    });
    window.addEventListener("mouseup", (e) => {
      if (start === null) return;
      const end = localX(e);
      const a = Math.min(start, end);
      const b = Math.max(start, end);
      start = null;
      if (b - a < 3 || !timeline.width) {
        setHash({ since: "", until: "" });
        drawBrush(new URLSearchParams());
        return;
      }
      setHash({ since: isoDay(timeOfX(a)), until: isoDay(timeOfX(b)) });
    });
  }

  // -- actor graph -------------------------------------------------------------------------------

  const graph = { days: [], relations: [], colours: new Map() };

  function relationColour(type) {
    if (!graph.colours.has(type)) graph.colours.set(type, RELATION_PALETTE[graph.colours.size % RELATION_PALETTE.length]);
    return graph.colours.get(type);
  }

  async function loadAllRelations(params) {
    const out = [];
    let cursor = null;
    for (let page = 0; page < 10; page++) {
      const query = new URLSearchParams(params);
      query.set("limit", "500");
      if (cursor) query.set("cursor", cursor);
      const body = await api("/api/relations", query);
      out.push(...body.relations);
      cursor = body.next_cursor;
      if (!cursor) break;
    }
    return out;
  }

  function relationDay(r) {
    return r.date_start || r.date_end;
  }

  async function initGraph() {
    graph.relations = await loadAllRelations(new URLSearchParams());
    for (const r of [...graph.relations].sort((a, b) => a.type.localeCompare(b.type))) relationColour(r.type);
    graph.days = [...new Set(graph.relations.map(relationDay).filter(Boolean))].sort();
    const slider = $("#asof");
    slider.max = String(Math.max(graph.days.length - 1, 0));
    slider.addEventListener("input", () => {
      const day = graph.days[Number(slider.value)];
      $("#asof-label").textContent = day || "";
    });
    slider.addEventListener("change", () => {
      const last = Number(slider.value) >= graph.days.length - 1;
      setHash({ asof: last ? "" : graph.days[Number(slider.value)] });
    });
  }

  function drawGraph(hash) {
    const asof = hash.get("asof");
    const slider = $("#asof");
    let index = graph.days.length - 1;
    if (asof) index = graph.days.filter((d) => d <= asof).length - 1;
    slider.value = String(Math.max(index, 0));
    $("#asof-label").textContent = asof || (graph.days.length ? `${graph.days[graph.days.length - 1]} (all)` : "no dated relations");
    const shown = graph.relations.filter((r) => !asof || (relationDay(r) && relationDay(r) <= asof));
    renderGraph(shown, hash.get("actor"));
  }

  function graphNodes(relations) {
    const nodes = new Map();
    const key = (name, id) => id || "name:" + name;
    const add = (name, id, kind) => {
      const k = key(name, id);
      if (!nodes.has(k)) nodes.set(k, { key: k, name, id, kind, degree: 0, x: 0, y: 0, vx: 0, vy: 0 });
      nodes.get(k).degree++;
      return nodes.get(k);
    };
    const edges = relations.map((r) => ({ r, a: add(r.source, r.source_id, r.source_kind), b: add(r.target, r.target_id, r.target_kind) }));
    return { nodes: [...nodes.values()], edges };
  }

  // Fruchterman–Reingold, a fixed number of steps from a circle: the same data gives the same picture.
  function layout(nodes, edges, width, height) {
    const n = nodes.length;
    const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.6;
    nodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(n, 1);
      node.x = width / 2 + (width / 3) * Math.cos(angle);
      node.y = height / 2 + (height / 3) * Math.sin(angle);
    });
    let temperature = width / 8;
    for (let step = 0; step < 300; step++) {
      for (const v of nodes) { v.vx = 0; v.vy = 0; }
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const a = nodes[i], b = nodes[j];
          let dx = a.x - b.x, dy = a.y - b.y;
          const d = Math.max(Math.hypot(dx, dy), 0.01);
          const force = (k * k) / d;
          dx /= d; dy /= d;
          a.vx += dx * force; a.vy += dy * force;
          b.vx -= dx * force; b.vy -= dy * force;
        }
      }
      for (const { a, b } of edges) {
        if (a === b) continue;
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const force = (d * d) / k;
        dx /= d; dy /= d;
        a.vx -= dx * force; a.vy -= dy * force;
        b.vx += dx * force; b.vy += dy * force;
      }
      for (const v of nodes) {
        v.vx += (width / 2 - v.x) * 0.05 * k;  // gravity keeps separate components together
        v.vy += (height / 2 - v.y) * 0.05 * k;
        const d = Math.max(Math.hypot(v.vx, v.vy), 0.01);
        v.x += (v.vx / d) * Math.min(d, temperature);
        v.y += (v.vy / d) * Math.min(d, temperature);
      }
      temperature *= 0.985;
    }
    fitNodes(nodes, width, height);
  }

  // Stretch the layout over the panel, leaving room on the right for labels.
  function fitNodes(nodes, width, height) {
    const xs = nodes.map((v) => v.x), ys = nodes.map((v) => v.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const left = 16, right = Math.min(150, width / 4), top = 16, bottom = 16;
    for (const v of nodes) {
      v.x = x1 > x0 ? left + ((v.x - x0) / (x1 - x0)) * (width - left - right) : width / 2;
      v.y = y1 > y0 ? top + ((v.y - y0) / (y1 - y0)) * (height - top - bottom) : height / 2;
    }
  }

  function renderGraph(relations, selectedActor) {
    const root = $("#graph");
    root.replaceChildren();
    const width = root.getBoundingClientRect().width || 500;
    const height = 420;
    root.setAttribute("viewBox", `0 0 ${width} ${height}`);
    if (!relations.length) {
      root.append(Object.assign(svg("text", { x: 16, y: 28, class: "empty" }), { textContent: "No relations stated by this date." }));
      drawGraphLegend([]);
      return;
    }
    const { nodes, edges } = graphNodes(relations);
    layout(nodes, edges, width, height);
    const defs = svg("defs");
    const types = [...new Set(relations.map((r) => r.type))].sort();
    for (const type of types) {
      const marker = svg("marker", { id: "arrow-" + type, viewBox: "0 0 10 10", refX: "16", refY: "5", markerWidth: "6", markerHeight: "6", orient: "auto-start-reverse" });
      marker.append(svg("path", { d: "M0 0L10 5L0 10z", fill: relationColour(type) }));
      defs.append(marker);
    }
    const edgeLayer = svg("g");
    for (const { r, a, b } of edges) {
      const line = svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge", stroke: relationColour(r.type), "marker-end": `url(#arrow-${r.type})` });
      titled(line, `${r.source} — ${pretty(r.type)} → ${r.target} (${relationDay(r) || "undated"}, ${r.modality}): ${r.evidence || ""}`);
      edgeLayer.append(line);
    }
    const nodeLayer = svg("g");
    const selected = (selectedActor || "").toLowerCase();
    for (const node of nodes) {
      const isSelected = selected && ((node.id && node.id === selectedActor) || node.name.toLowerCase().includes(selected));
      const g = svg("g", { class: isSelected ? "node selected" : "node", transform: `translate(${node.x},${node.y})` });
      const circle = svg("circle", { r: 4 + Math.min(node.degree, 10), fill: KIND_COLOURS[node.kind] || "#999" });
      titled(circle, `${node.name}${node.id ? " (" + node.id + ")" : ""}, ${pretty(node.kind)} — click to filter events`);
      circle.addEventListener("click", () => setHash({ actor: node.id || node.name }));
      const label = svg("text", { x: 8 + Math.min(node.degree, 10), y: 3 });
      label.textContent = node.name;
      g.append(circle, label);
      nodeLayer.append(g);
    }
    root.append(defs, edgeLayer, nodeLayer);
    drawGraphLegend(types);
  }

  function drawGraphLegend(types) {
    const legend = $("#graph-legend");
    legend.replaceChildren();
    for (const type of types) legend.append(el("span", {}, el("span", { class: "line", style: `background:${relationColour(type)}` }), pretty(type)));
  }

  // -- event table ---------------------------------------------------------------------------------

  const table = { cursor: null, query: null };

  function eventRow(ev) {
    const place = [ev.location, ev.admin1].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(", ");
    const row = el("tr", { tabindex: "0" },
      el("td", { text: ev.date_end || ev.date_start || "" }),
      el("td", {}, el("span", { class: "type-dot", style: `background:${FAMILY_COLOURS[ev.event_family] || "#666"}` }), pretty(ev.event_type)),
      el("td", { text: ev.actor1 || "" }),
      el("td", { text: ev.actor2 || "" }),
      el("td", { text: place }),
      el("td", { text: ev.country || "" }),
      el("td", { class: "num", text: num(ev.fatalities) }),
      el("td", { class: "num", text: String(ev.n_articles) }));
    row.dataset.event = ev.id;
    const open = () => setHash({ event: ev.id });
    row.addEventListener("click", open);
    row.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
    return row;
  }

  async function loadTable(query, append, isCurrent) {
    const params = new URLSearchParams(query);
    params.set("limit", String(PAGE));
    if (append && table.cursor) params.set("cursor", table.cursor);
    const page = await api("/api/events", params);
    if (!isCurrent()) return;
    const body = $("#events tbody");
    if (!append) body.replaceChildren();
    for (const ev of page.events) body.append(eventRow(ev));
    if (!append && !page.events.length) body.append(el("tr", {}, el("td", { colspan: "8", text: "No events match these filters." })));
    table.cursor = page.next_cursor;
    $("#more").hidden = !page.next_cursor;
    markActiveRow();
  }

  function markActiveRow() {
    const id = readHash().get("event");
    for (const row of document.querySelectorAll("#events tbody tr")) row.classList.toggle("active", row.dataset.event === id);
  }

  function setDownloads(query) {
    const q = query.toString() ? "?" + query.toString() : "";
    $("#dl-csv").href = "/api/events.csv" + q;
    $("#dl-geojson").href = "/api/events.geojson" + q;
    $("#dl-jsonl").href = "/api/events.jsonl" + q;
  }

  // -- event card ----------------------------------------------------------------------------------

  function dateText(ev, record) {
    const range = ev.date_start && ev.date_start !== ev.date_end ? `${ev.date_start} – ${ev.date_end}` : ev.date_end || (ev.date_start ? `on or after ${ev.date_start}` : "unknown");
    const basis = record && record.date ? record.date.basis : null;
    return `${range} · precision: ${ev.date_precision || "unknown"}${basis ? " · " + pretty(basis) : ""}`;
  }

  function countText(low, best, high) {
    if (best === null || best === undefined) return null;
    const range = low !== null && low !== undefined && high !== null && high !== undefined && (low !== best || high !== best) ? ` (${num(low)}–${num(high)})` : "";
    return num(best) + range;
  }

  function actorItem(name, id, kind) {
    if (!name) return "—";
    const span = el("span", {}, name, kind ? ` · ${pretty(kind)}` : "");
    if (id) {
      const button = el("button", { type: "button", class: "link", title: "Show this actor's events", text: ` (${id})` });
      button.addEventListener("click", () => setHash({ actor: id, event: "" }));
      span.append(button);
    }
    return span;
  }

  // Buildings, vehicles and infrastructure named by any report, each once (plain text, never HTML).
  function physicalTargets(reports) {
    const seen = [];
    for (const r of reports) {
      for (const t of (r.record && r.record.physical_targets) || []) {
        const text = String(t.text || "").replace(/\s+/g, " ").trim();
        if (text && !seen.some((s) => s.toLowerCase() === text.toLowerCase())) seen.push(text);
      }
    }
    return seen.join("; ") || null;
  }

  function facts(ev) {
    const record = ev.reports.length ? ev.reports[0].record : null;
    const place = [ev.location, ev.admin2, ev.admin1, countryName(ev.country)].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(", ");
    const coords = ev.lat !== null && ev.lat !== undefined ? ` (${ev.lat.toFixed(3)}, ${ev.lon.toFixed(3)})` : "";
    const rows = [
      ["Perpetrator", actorItem(ev.actor1, ev.actor1_id, ev.actor1_kind)],
      ["Target", actorItem(ev.actor2, ev.actor2_id, ev.actor2_kind)],
      ["With the perpetrator", ev.assoc_actor1],
      ["Also targeted", ev.assoc_actor2],
      ["Property struck", physicalTargets(ev.reports)],
      ["Place", (place || "unknown") + coords],
      ["Place precision", PRECISION[ev.geo_precision] || "unknown"],
      ["Date", dateText(ev, record)],
      ["Killed", countText(ev.fatalities_low, ev.fatalities, ev.fatalities_high)],
      ["Injured", countText(null, ev.injured, null)],
      ["Displaced", countText(null, ev.displaced, null)],
      ["Abducted", countText(null, ev.abducted, null)],
      ["Arrested", countText(null, ev.arrested, null)],
      ["Modality", ev.modality],
      ["Civilians targeted", ev.civilian_targeting ? "yes" : null],
      ["Confidence", ev.confidence !== null ? ev.confidence.toFixed(2) : null],
      ["Reports", `${ev.reports.length} in ${ev.n_articles} article(s)`],
    ];
    const dl = el("dl");
    for (const [label, value] of rows) {
      if (value === null || value === undefined || value === "") continue;
      dl.append(el("dt", { text: label }), el("dd", {}, value));
    }
    return dl;
  }

  // The article text with each span in a <mark>; overlapping spans are merged. Text nodes only.
  function highlighted(text, spans) {
    const box = el("div", { class: "text" });
    const merged = [];
    for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (s.start < 0 || s.end > text.length || s.end <= s.start) continue;
      const last = merged[merged.length - 1];
      if (last && s.start < last.end) {
        last.end = Math.max(last.end, s.end);
        last.kind = last.kind === "evidence" || s.kind === "evidence" ? "evidence" : "extra";
      } else {
        merged.push({ ...s });
      }
    }
    let at = 0;
    for (const s of merged) {
      if (s.start > at) box.append(document.createTextNode(text.slice(at, s.start)));
      box.append(el("mark", { class: s.kind === "evidence" ? "evidence" : "evidence extra", title: s.kind === "evidence" ? "evidence for this event" : "further evidence" }, text.slice(s.start, s.end)));
      at = s.end;
    }
    if (at < text.length) box.append(document.createTextNode(text.slice(at)));
    return box;
  }

  function safeLink(url, label) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === "http:" || parsed.protocol === "https:") {
        return el("a", { href: parsed.href, rel: "noopener noreferrer nofollow", target: "_blank", text: label });
      }
    } catch (e) {
      // not a URL: shown as text below
    }
    return el("span", { text: label });
  }

  function articleBlock(art) {
    const copies = art.sources.filter((s) => s.relation !== "original");
    const meta = el("p", { class: "meta" }, [art.source, art.published].filter(Boolean).join(" · "));
    if (art.url) meta.append(" · ", safeLink(art.url, "original link"));
    if (copies.length) meta.append(` · also published by ${copies.map((c) => c.source || c.origin).join(", ")}`);
    return el("div", { class: "article" }, el("h4", { text: art.title || art.id }), meta, highlighted(art.text, art.spans));
  }

  async function showCard(id, isCurrent) {
    const card = $("#card");
    if (!id) {
      card.hidden = true;
      markActiveRow();
      return;
    }
    const body = $("#card-body");
    let ev;
    try {
      ev = await api("/api/events/" + encodeURIComponent(id));
    } catch (err) {
      if (!isCurrent()) return;
      body.replaceChildren(el("p", { text: `Could not load this event: ${err.message}` }));
      card.hidden = false;
      return;
    }
    if (!isCurrent()) return;
    body.replaceChildren(
      el("h3", { text: pretty(ev.event_type) }),
      el("p", { class: "family", text: FAMILY_NAMES[ev.event_family] || ev.event_family }),
      facts(ev),
      ...ev.articles.map(articleBlock));
    card.hidden = false;
    card.scrollTop = 0;
    markActiveRow();
    const first = body.querySelector("mark.evidence");
    if (first) first.scrollIntoView({ block: "center" });
  }

  // -- wiring --------------------------------------------------------------------------------------

  const current = { filters: null, timeline: null, event: undefined, asof: undefined, actor: undefined, grid: null };
  const tokens = { stats: latest(), timeline: latest(), table: latest(), card: latest() };

  async function refreshStats(query) {
    const isCurrent = tokens.stats();
    const params = new URLSearchParams(query);
    const grid = gridForView();
    params.set("grid", String(grid));
    const stats = await api("/api/stats", params);
    if (!isCurrent()) return;
    current.grid = grid;
    const t = stats.total;
    const span = t.first_day ? ` · ${t.first_day} to ${t.last_day}` : "";
    $("#summary").textContent = `${num(t.events)} events · ${num(t.fatalities)} killed${span} · store: ${num(stats.store.articles)} articles, ${num(stats.store.relations)} relations`;
    drawCells(stats);
  }

  async function refreshTimeline(hash) {
    const isCurrent = tokens.timeline();
    const params = filterQuery(hash, ["since", "until"]);
    params.set("grid", "30");
    const stats = await api("/api/stats", params);
    if (isCurrent()) drawTimeline(stats, hash);
  }

  async function refresh() {
    const hash = readHash();
    syncForm(hash);
    const query = filterQuery(hash);
    const sort = hash.get("sort");
    if (sort) query.set("sort", sort);
    const filters = query.toString();
    const jobs = [];
    try {
      if (filters !== current.filters) {
        current.filters = filters;
        const statsQuery = filterQuery(hash);
        setDownloads(query);
        jobs.push(refreshStats(statsQuery));
        jobs.push(loadTable(query, false, tokens.table()));
        const withoutDates = filterQuery(hash, ["since", "until"]).toString();
        if (withoutDates !== current.timeline) {
          current.timeline = withoutDates;
          jobs.push(refreshTimeline(hash));
        } else {
          drawBrush(hash);
        }
      }
      if ((hash.get("asof") || "") !== current.asof || (hash.get("actor") || "") !== current.actor) {
        current.asof = hash.get("asof") || "";
        current.actor = hash.get("actor") || "";
        drawGraph(hash);
      }
      if ((hash.get("event") || "") !== current.event) {
        current.event = hash.get("event") || "";
        jobs.push(showCard(current.event, tokens.card()));
      }
      await Promise.all(jobs);
      showStatus("");
    } catch (err) {
      current.filters = null;
      showStatus(err.message);
    }
    document.body.dataset.ready = "1";
  }

  function bindControls() {
    bindForm();
    bindTimelineBrush();
    $("#more").addEventListener("click", () => {
      const hash = readHash();
      const query = filterQuery(hash);
      if (hash.get("sort")) query.set("sort", hash.get("sort"));
      loadTable(query, true, tokens.table()).catch((err) => showStatus(err.message));
    });
    $("#card-close").addEventListener("click", () => setHash({ event: "" }));
    document.addEventListener("keydown", (e) => { if (e.key === "Escape") setHash({ event: "" }); });
    $("#shade").addEventListener("change", () => { current.filters = null; refresh(); });
    $("#bbox-view").addEventListener("click", () => setHash({ bbox: bboxOfView() }));
    $("#map-fit").addEventListener("click", fitToCells);
    let zoomTimer = null;
    $("#map").addEventListener("wheel", () => {
      clearTimeout(zoomTimer);
      zoomTimer = setTimeout(() => {
        if (gridForView() !== current.grid) refreshStats(filterQuery(readHash())).catch((err) => showStatus(err.message));
      }, 250);
    });
    window.addEventListener("hashchange", refresh);
  }

  async function start() {
    try {
      const [world, facetsStats] = await Promise.all([
        fetch("/static/world.geojson").then((r) => r.json()),
        api("/api/stats", new URLSearchParams({ grid: "30" })),
      ]);
      fillSelects(facetsStats, world);
      drawBasemap(world);
      await initGraph();
    } catch (err) {
      showStatus(`Could not start: ${err.message}`);
    }
    bindControls();
    await refresh();
  }

  start();
})();
