// Comfort only: every page works without this script.
// 1. Autocomplete on inputs with data-autocomplete (a /search.json URL): arrow keys, Enter, Escape.
// 2. The SPARQL editor: Ctrl/Cmd+Enter runs the query, Tab indents.
(function () {
  "use strict";

  function setupAutocomplete(input) {
    var url = input.getAttribute("data-autocomplete");
    var wrap = document.createElement("span");
    wrap.className = "ac-wrap";
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    var list = document.createElement("ul");
    var listId = input.id + "-suggestions";
    list.id = listId;
    list.className = "autocomplete";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    wrap.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");
    var items = [], active = -1, timer = null, seq = 0;

    function close() {
      list.hidden = true; active = -1; input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function mark() {
      Array.prototype.forEach.call(list.children, function (li, i) {
        li.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      if (active >= 0) { input.setAttribute("aria-activedescendant", listId + "-" + active); }
    }
    function go(item) { window.location.href = item.url; }
    function render(results) {
      items = results; list.textContent = ""; active = -1;
      results.forEach(function (r, i) {
        var li = document.createElement("li");
        li.id = listId + "-" + i;
        li.setAttribute("role", "option");
        li.appendChild(document.createTextNode(r.label));
        var k = document.createElement("span"); k.className = "kind"; k.textContent = r.kind; li.appendChild(k);
        if (r.matched) {
          var m = document.createElement("span"); m.className = "muted"; m.textContent = " (" + r.matched + ")";
          li.appendChild(m);
        }
        li.addEventListener("mousedown", function (e) { e.preventDefault(); go(r); });
        list.appendChild(li);
      });
      list.hidden = results.length === 0;
      input.setAttribute("aria-expanded", results.length ? "true" : "false");
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (!q) { close(); return; }
      timer = setTimeout(function () {
        var mine = ++seq;
        fetch(url + "?limit=8&q=" + encodeURIComponent(q)).then(function (r) { return r.json(); })
          .then(function (data) { if (mine === seq) { render(data.results || []); } })
          .catch(function () { close(); });
      }, 120);
    });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) { return; }
      if (e.key === "ArrowDown") { active = Math.min(items.length - 1, active + 1); mark(); e.preventDefault(); }
      else if (e.key === "ArrowUp") { active = Math.max(0, active - 1); mark(); e.preventDefault(); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); go(items[active]); }
      else if (e.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  function setupEditor(area) {
    area.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        if (area.form) { area.form.submit(); }
      } else if (e.key === "Tab" && !e.shiftKey && !e.altKey) {
        // Indent inside the editor; Escape then Tab still leaves it for keyboard users.
        if (area.dataset.escaped === "1") { area.dataset.escaped = ""; return; }
        e.preventDefault();
        var s = area.selectionStart, t = area.selectionEnd;
        area.value = area.value.slice(0, s) + "  " + area.value.slice(t);
        area.selectionStart = area.selectionEnd = s + 2;
      } else if (e.key === "Escape") {
        area.dataset.escaped = "1";
      }
    });
  }

  document.querySelectorAll("input[data-autocomplete]").forEach(setupAutocomplete);
  document.querySelectorAll("textarea[data-editor]").forEach(setupEditor);
})();
