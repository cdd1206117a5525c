// congress-docs page: tabs, checking as the user types, tables with rows pasted from Excel,
// saving, building and previewing documents. No framework, nothing loaded from elsewhere.
"use strict";
(function () {
  const T = JSON.parse(document.getElementById("texts").textContent);
  const CSRF = document.querySelector('meta[name="csrf-token"]').content;

  function fmt(text, values) {
    return text.replace(/\{(\w+)\}/g, (all, key) => (key in values ? values[key] : all));
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": CSRF },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    let data = {};
    try { data = await response.json(); } catch (e) { data = { error: response.statusText }; }
    return { status: response.status, data: data };
  }

  function element(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ---- start page -----------------------------------------------------------------------------
  const newForm = document.getElementById("new-commune");
  if (newForm) {
    newForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      const form = new FormData(newForm);
      const message = document.getElementById("new-msg");
      message.textContent = "";
      const { status, data } = await post("/api/new", {
        folder: form.get("folder"), name: form.get("name"), kind: form.get("kind"),
      });
      if (status === 200) { window.location.href = data.url; return; }
      message.textContent = data.error || fmt(T.failed, { detail: status });
    });
  }

  const root = document.getElementById("commune");
  if (!root) return;

  // ---- commune page ---------------------------------------------------------------------------
  const FILE = root.dataset.file;
  let version = root.dataset.version;
  const form = document.getElementById("form");
  const dirty = new Set();
  const resized = new Set();
  let timer = null;
  let sequence = 0;

  // Tabs
  const tabs = Array.from(document.querySelectorAll("[data-tab]"));
  function showTab(key) {
    tabs.forEach((tab) => {
      const active = tab.dataset.tab === key;
      tab.classList.toggle("active", active);
      tab.setAttribute("aria-selected", active ? "true" : "false");
    });
    document.querySelectorAll("[data-section]").forEach((section) => {
      section.hidden = section.dataset.section !== key;
    });
    if (history.replaceState) history.replaceState(null, "", "#" + key);
  }
  tabs.forEach((tab) => tab.addEventListener("click", () => showTab(tab.dataset.tab)));
  if (location.hash && document.querySelector('[data-tab="' + CSS.escape(location.hash.slice(1)) + '"]')) {
    showTab(location.hash.slice(1));
  }

  function sectionOf(path) {
    const first = path.split(".")[0];
    return document.querySelector('[data-section="' + CSS.escape(first) + '"]') ? first : "general";
  }

  // Changes
  function changes() {
    const values = {};
    dirty.forEach((name) => {
      const input = form.elements.namedItem(name);
      if (input && input.value !== undefined) values[name] = input.value;
    });
    const lengths = {};
    resized.forEach((path) => {
      lengths[path] = tableBody(path).rows.length;
    });
    return { values: values, lengths: lengths };
  }

  function markDirty(name) {
    dirty.add(name);
    setStatus(T.unsaved, "pending");
    clearTimeout(timer);
    timer = setTimeout(check, 350);
  }

  form.addEventListener("input", (event) => {
    if (event.target.name) markDirty(event.target.name);
  });
  form.addEventListener("change", (event) => {
    if (event.target.name) markDirty(event.target.name);
  });

  function setStatus(text, kind) {
    const status = document.getElementById("status");
    status.textContent = text;
    status.className = "status " + (kind || "");
  }

  // Messages beside the fields
  function targetFor(path) {
    let parts = path.split(".");
    while (parts.length) {
      const key = parts.join(".");
      const box = document.querySelector('[data-msg-for="' + CSS.escape(key) + '"]');
      if (box) return box;
      parts = parts.slice(0, -1);
    }
    return null;
  }

  function show(result) {
    document.querySelectorAll(".msg").forEach((box) => { box.textContent = ""; box.className = "msg"; });
    document.querySelectorAll(".has-error").forEach((node) => node.classList.remove("has-error"));
    document.querySelectorAll(".has-hint").forEach((node) => node.classList.remove("has-hint"));
    const counts = {};
    const general = document.getElementById("general");
    general.textContent = "";
    let errorCount = 0;
    const place = (path, message, kind) => {
      const box = targetFor(path);
      if (box) {
        const line = element("div", kind, message);
        box.appendChild(line);
        box.classList.add("shown");
        const holder = box.closest("[data-field]") || box.parentElement;
        holder.classList.add(kind === "error" ? "has-error" : "has-hint");
      }
      const item = element("li", kind);
      const link = element("a", "", path);
      link.href = "#";
      link.addEventListener("click", (event) => { event.preventDefault(); focusField(path); });
      item.appendChild(link);
      item.appendChild(document.createTextNode(": " + message));
      general.appendChild(item);
    };
    Object.entries(result.errors || {}).forEach(([path, messages]) => {
      messages.forEach((message) => place(path, message, "error"));
      const section = sectionOf(path);
      counts[section] = (counts[section] || 0) + messages.length;
      errorCount += messages.length;
    });
    let fillCount = 0;
    Object.entries(result.to_fill || {}).forEach(([path, messages]) => {
      messages.forEach((message) => place(path, message, "hint"));
      fillCount += messages.length;
    });
    Object.entries(result.notes || {}).forEach(([path, messages]) => {
      messages.forEach((message) => place(path, message, "hint"));
    });
    (result.general || []).forEach((message) => {
      general.appendChild(element("li", "error", message));
      errorCount += 1;
    });
    document.querySelectorAll("[data-count-for]").forEach((badge) => {
      const count = counts[badge.dataset.countFor] || 0;
      badge.textContent = count ? String(count) : "";
    });
    const summary = document.getElementById("summary");
    summary.textContent = "";
    summary.appendChild(element("p", errorCount ? "error" : "ok",
      errorCount ? fmt(T.errors_count, { count: errorCount }) : T.all_good));
    if (fillCount) summary.appendChild(element("p", "hint", fmt(T.to_fill_count, { count: fillCount })));
    const findings = document.getElementById("findings");
    findings.textContent = "";
    if (errorCount) findings.appendChild(element("li", "muted", T.rules_after_errors));
    else if (!(result.findings || []).length) findings.appendChild(element("li", "ok", T.no_findings));
    (result.findings || []).forEach((finding) => {
      const item = element("li", "finding " + finding.severity);
      item.appendChild(element("strong", "", (finding.severity === "error" ? T.error : T.warning) + " · " + finding.rule));
      item.appendChild(element("div", "", finding.message));
      item.appendChild(element("div", "muted", T.fact + ": " + finding.fact + " · " + T.limit + ": " + finding.limit));
      item.appendChild(element("div", "cite", T.source + ": " + finding.citation + (finding.unconfirmed ? " (" + T.unconfirmed + ")" : "")));
      findings.appendChild(item);
    });
  }

  function focusField(path) {
    const input = form.elements.namedItem(path) || (targetFor(path) || {}).parentElement;
    if (!input) return;
    showTab(sectionOf(path));
    if (input.focus) input.focus();
    if (input.scrollIntoView) input.scrollIntoView({ block: "center" });
  }

  async function check() {
    const mine = ++sequence;
    setStatus(T.checking, "pending");
    const { status, data } = await post("/api/check", { file: FILE, changes: changes() });
    if (mine !== sequence) return;
    if (status !== 200) { setStatus(data.error || fmt(T.failed, { detail: status }), "bad"); return; }
    show(data);
    setStatus(dirty.size || resized.size ? T.unsaved : "", "pending");
  }

  // Saving
  document.getElementById("save").addEventListener("click", async () => {
    clearTimeout(timer);
    if (!dirty.size && !resized.size) { setStatus(T.nothing_to_save, ""); return; }
    // A check still on its way describes the page before this save: its answer is dropped.
    sequence += 1;
    const button = document.getElementById("save");
    button.disabled = true;
    setStatus(T.saving, "pending");
    const { status, data } = await post("/api/save", { file: FILE, version: version, changes: changes() })
      .finally(() => { button.disabled = false; });
    const banner = document.getElementById("banner");
    banner.hidden = true;
    if (status === 200) {
      version = data.version;
      dirty.clear();
      resized.clear();
      show(data.check);
      setStatus(T.saved, "ok");
      return;
    }
    if (status === 409) {
      banner.textContent = T.changed_on_disk + " ";
      const again = element("button", "", T.reload);
      again.type = "button";
      again.addEventListener("click", () => window.location.reload());
      banner.appendChild(again);
      banner.hidden = false;
      setStatus(T.not_saved.split(":")[0], "bad");
      return;
    }
    if (data.check && Object.keys(data.check).length) show(data.check);
    if (data.message) {
      banner.textContent = data.message;
      banner.hidden = false;
    }
    setStatus(data.error || T.not_saved, "bad");
  });

  window.addEventListener("beforeunload", (event) => {
    if (dirty.size || resized.size) { event.preventDefault(); event.returnValue = ""; }
  });

  // Tables
  function tableBody(path) {
    return document.querySelector('table[data-table="' + CSS.escape(path) + '"] tbody');
  }

  function renumber(path) {
    const body = tableBody(path);
    Array.from(body.rows).forEach((row, index) => {
      const prefix = path + "." + index;
      row.dataset.path = prefix;
      row.cells[0].textContent = String(index + 1);
      row.querySelectorAll("[name]").forEach((input) => {
        const rest = input.name.slice(input.name.indexOf(".", path.length + 1) + 1);
        input.name = prefix + "." + rest;
        input.id = "f-" + input.name;
        dirty.add(input.name);
      });
      row.querySelectorAll("[data-msg-for]").forEach((box) => {
        const rest = box.dataset.msgFor.slice(box.dataset.msgFor.indexOf(".", path.length + 1) + 1);
        box.dataset.msgFor = prefix + "." + rest;
      });
      row.querySelectorAll("td[data-field]").forEach((cell) => {
        const rest = cell.dataset.field.slice(cell.dataset.field.indexOf(".", path.length + 1) + 1);
        cell.dataset.field = prefix + "." + rest;
      });
    });
    resized.add(path);
  }

  function addRow(path) {
    const template = document.querySelector('template[data-row-template="' + CSS.escape(path) + '"]');
    const body = tableBody(path);
    const index = body.rows.length;
    const html = template.innerHTML.split("__i__").join(String(index));
    const holder = document.createElement("tbody");
    holder.innerHTML = html;
    const row = holder.firstElementChild;
    body.appendChild(row);
    row.cells[0].textContent = String(index + 1);
    resized.add(path);
    return row;
  }

  document.querySelectorAll("[data-add-row]").forEach((button) => {
    button.addEventListener("click", () => {
      const row = addRow(button.dataset.addRow);
      markDirty(button.dataset.addRow);
      const first = row.querySelector("[name]");
      if (first) first.focus();
    });
  });

  form.addEventListener("click", (event) => {
    const button = event.target.closest("[data-delete-row]");
    if (!button) return;
    const row = button.closest("tr");
    const path = row.closest("table").dataset.table;
    row.remove();
    renumber(path);
    markDirty(path);
  });

  const BOOLEAN = { "có": "true", "co": "true", "x": "true", "yes": "true", "true": "true", "1": "true",
    "không": "false", "khong": "false", "no": "false", "false": "false", "0": "false" };

  function setCell(input, text) {
    const value = text.trim();
    if (input.tagName === "SELECT") {
      const options = Array.from(input.options);
      const lowered = value.toLowerCase();
      const match = options.find((o) => o.value === value) ||
        options.find((o) => o.value === BOOLEAN[lowered]) ||
        options.find((o) => o.textContent.trim().toLowerCase() === lowered);
      if (match) input.value = match.value;
      else if (value) {
        // Keep what was pasted visible, so the check can say what is wrong with it.
        const extra = new Option(value, value);
        input.appendChild(extra);
        input.value = value;
      }
    } else {
      input.value = value;
    }
    dirty.add(input.name);
  }

  form.addEventListener("paste", (event) => {
    const input = event.target;
    const cell = input.closest && input.closest("td[data-field]");
    if (!cell) return;
    const text = (event.clipboardData || window.clipboardData).getData("text");
    if (!text || (text.indexOf("\t") < 0 && text.indexOf("\n") < 0)) return;
    event.preventDefault();
    const table = cell.closest("table");
    const path = table.dataset.table;
    const lines = text.replace(/\r\n?/g, "\n").split("\n");
    while (lines.length && lines[lines.length - 1] === "") lines.pop();
    let row = cell.parentElement;
    const column = Array.from(row.cells).indexOf(cell);
    const body = tableBody(path);
    let rowIndex = Array.from(body.rows).indexOf(row);
    lines.forEach((line) => {
      row = body.rows[rowIndex] || addRow(path);
      line.split("\t").forEach((value, offset) => {
        const target = row.cells[column + offset];
        const field = target && target.querySelector("[name]");
        if (field) setCell(field, value);
      });
      rowIndex += 1;
    });
    resized.add(path);
    markDirty(path);
  });

  // Documents
  function documentLink(label, doc, inline) {
    const link = element("a", "button", label);
    link.href = "/download?file=" + encodeURIComponent(FILE) + "&doc=" + encodeURIComponent(doc) + (inline ? "&inline=1" : "");
    return link;
  }

  async function preview(doc) {
    const box = document.getElementById("preview");
    box.textContent = "";
    if (doc.pdf) {
      const frame = element("iframe", "pdf");
      frame.title = doc.docx;
      frame.src = "/download?file=" + encodeURIComponent(FILE) + "&doc=" + encodeURIComponent(doc.pdf) + "&inline=1";
      box.appendChild(frame);
      return;
    }
    const response = await fetch("/text?file=" + encodeURIComponent(FILE) + "&doc=" + encodeURIComponent(doc.docx));
    const data = await response.json();
    box.appendChild(element("p", "muted", T.preview_text_note));
    box.appendChild(element("pre", "doc-text", data.text || data.error || ""));
  }

  function listDocuments(documents) {
    const list = document.getElementById("documents");
    list.textContent = "";
    documents.forEach((doc) => {
      const item = element("li", "");
      const name = element("span", "doc-name", doc.title || doc.docx);
      name.appendChild(element("span", "file", " " + doc.docx));
      item.appendChild(name);
      const show = element("button", "", T.preview);
      show.type = "button";
      show.addEventListener("click", () => preview(doc));
      item.appendChild(show);
      item.appendChild(documentLink(T.download_docx, doc.docx, false));
      if (doc.pdf) item.appendChild(documentLink(T.download_pdf, doc.pdf, false));
      if (doc.message) item.appendChild(element("div", "muted", doc.message));
      list.appendChild(item);
    });
    document.getElementById("zip").hidden = documents.length === 0;
  }

  document.getElementById("build").addEventListener("click", async () => {
    const button = document.getElementById("build");
    button.disabled = true;
    setStatus(T.building, "pending");
    const { status, data } = await post("/api/build", { file: FILE });
    button.disabled = false;
    if (status !== 200) { setStatus(data.error || fmt(T.failed, { detail: status }), "bad"); return; }
    setStatus("", "");
    listDocuments(data.documents);
    if (data.documents.length) preview(data.documents[0]);
  });

  const built = JSON.parse(document.getElementById("built").textContent);
  if (built.length) {
    listDocuments(built);
  }
  show(JSON.parse(document.getElementById("initial").textContent));
})();
