// Search suggestions while typing: progressive enhancement of the search form, following the
// WAI-ARIA 1.2 combobox pattern (an input that controls a listbox popup). Up/Down choose a
// suggestion, Enter opens it, Escape closes the list. Without JavaScript, or when the request
// fails, the form simply submits to the results page.
(function () {
  "use strict";
  var box = document.querySelector(".search-box[data-suggest]");
  var input = box && box.querySelector('input[name="q"]');
  if (!input || !window.fetch || !window.AbortController) return;

  var endpoint = box.getAttribute("data-suggest");
  var list = document.createElement("ul");
  var status = document.createElement("p");
  var items = [];
  var active = -1;
  var timer = null;
  var pending = null;
  var shownFor = null;

  list.id = "search-suggestions";
  list.className = "search-suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Suggestions");
  list.hidden = true;
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  box.appendChild(list); // beside the form, not in it: Pico styles the form's first and last child
  box.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("autocomplete", "off");

  function setActive(index) {
    var options = list.children;
    active = index;
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function open() {
    if (!items.length) return;
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }

  function go(index) {
    var url = items[index] && items[index].url;
    // Only addresses on this site: a suggestion can never send anyone elsewhere.
    if (typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/") {
      window.location.assign(url);
    }
  }

  function option(item, index) {
    var li = document.createElement("li");
    var title = document.createElement("span");
    var kind = document.createElement("small");
    li.id = "search-suggestion-" + index;
    li.setAttribute("role", "option");
    li.setAttribute("aria-selected", "false");
    title.textContent = item.title;
    kind.className = "badge";
    kind.textContent = item.kind;
    li.appendChild(title);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(kind);
    // Keep the focus in the input while the pointer chooses.
    li.addEventListener("mousedown", function (event) { event.preventDefault(); });
    li.addEventListener("click", function () { go(index); });
    return li;
  }

  function show(results) {
    items = results.filter(function (r) { return r && typeof r.title === "string"; });
    list.textContent = "";
    items.forEach(function (item, i) { list.appendChild(option(item, i)); });
    setActive(-1);
    if (items.length) {
      open();
      status.textContent = items.length + (items.length === 1 ? " suggestion" : " suggestions") +
        ", use the up and down arrow keys to choose.";
    } else {
      close();
      status.textContent = "";
    }
  }

  function load() {
    var q = input.value.trim();
    if (q === shownFor) return;
    if (pending) pending.abort();
    if (q.length < 2) {
      shownFor = q;
      show([]);
      return;
    }
    pending = new AbortController();
    fetch(endpoint + "?q=" + encodeURIComponent(q.slice(0, 200)), {
      signal: pending.signal,
      headers: { Accept: "application/json" },
    })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (data) {
        if (input.value.trim() !== q) return; // the visitor typed on: a newer request follows
        shownFor = q;
        show(Array.isArray(data) ? data : []);
      })
      .catch(function (error) {
        // Offline or a server error: no stale suggestions; the form still works. An aborted
        // request was replaced by a newer one, which will show its own.
        if (!error || error.name !== "AbortError") show([]);
      });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(load, 150);
  });

  input.addEventListener("keydown", function (event) {
    var count = items.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!count) return;
      event.preventDefault();
      if (list.hidden) {
        open();
        if (event.altKey) return;
      }
      var step = event.key === "ArrowDown" ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === "Enter" && !list.hidden && active >= 0) {
      event.preventDefault();
      go(active);
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener("blur", close);
})();
