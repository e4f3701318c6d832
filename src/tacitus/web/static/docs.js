// Renders /openapi.json as a plain reference page (FastAPI's own docs pages load from a CDN).
(function () {
  "use strict";

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function typeOf(schema) {
    if (!schema) return "";
    if (schema.anyOf) return schema.anyOf.map(typeOf).filter((t) => t !== "null").join(" | ");
    let t = schema.type || (schema.$ref ? schema.$ref.split("/").pop() : "");
    const bounds = [];
    if (schema.minimum !== undefined) bounds.push("≥ " + schema.minimum);
    if (schema.maximum !== undefined) bounds.push("≤ " + schema.maximum);
    if (bounds.length) t += " (" + bounds.join(", ") + ")";
    return t;
  }

  function params(op) {
    const list = op.parameters || [];
    if (!list.length) return el("p", "No parameters.");
    const table = el("table");
    const head = el("tr");
    for (const h of ["parameter", "in", "type", "default", "meaning"]) head.append(el("th", h));
    table.append(head);
    for (const p of list) {
      const row = el("tr");
      const name = el("td");
      name.append(el("code", p.name));
      const def = p.schema && p.schema.default !== undefined ? JSON.stringify(p.schema.default) : "";
      row.append(name, el("td", p.in), el("td", typeOf(p.schema)), el("td", def), el("td", p.description || (p.schema && p.schema.description) || ""));
      table.append(row);
    }
    return table;
  }

  function route(path, method, op) {
    const box = el("section", null, "route");
    const title = el("h2");
    title.append(el("span", method.toUpperCase(), "method"), path);
    box.append(title, el("p", op.summary || ""), params(op));
    const codes = Object.entries(op.responses || {}).map(([code, r]) => code + " " + (r.description || "")).join(" · ");
    box.append(el("p", "Responses: " + codes));
    return box;
  }

  fetch("/openapi.json").then((r) => r.json()).then((spec) => {
    const root = document.getElementById("api");
    root.append(el("p", spec.info.description, "desc"));
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) root.append(route(path, method, op));
    }
  });
})();
