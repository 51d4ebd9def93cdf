// The console's only script: live redraws from server-sent events, Ctrl+Enter to send, saved
// replies found with "/" in the reply box, and the lock-screen warning as staff type.
// Everything works without it (the forms post and the page reloads); it adds speed only.
"use strict";

function redraw(live) {
  fetch(live.dataset.live, { credentials: "same-origin", cache: "no-store" })
    .then(function (answer) {
      if (answer.status === 401) { location.assign("/console/signed-out"); return null; }
      return answer.ok ? answer.text() : null;
    })
    .then(function (html) { if (html !== null && html !== undefined) { live.innerHTML = html; } })
    .catch(function () { /* the next change redraws */ });
}

function listen(live) {
  var events = new EventSource(live.dataset.events);
  events.addEventListener("change", function () { redraw(live); });
  events.addEventListener("signed-out", function () {
    events.close();
    location.assign("/console/signed-out");
  });
  // A refused stream (the session ended before it opened) is not retried by the browser:
  // redraw once, which finds out and leaves for the signed-out page.
  events.addEventListener("error", function () {
    if (events.readyState === EventSource.CLOSED) { redraw(live); }
  });
}

function sendOnCtrlEnter(area) {
  area.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (area.form.reportValidity()) { area.form.requestSubmit(); }
    }
  });
}

// --- the lock-screen warning: the same words and rules as the server (dialogs/lock_screen.yaml)

var WORD = "[\\p{L}\\p{M}\\p{N}_]";

function lockPatterns(data) {
  return data.words.map(function (word) {
    var escaped = word.w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    var end = word.whole ? "(?!" + WORD + ")" : "";
    return { word: word.w, pattern: new RegExp("(?<!" + WORD + ")" + escaped + end, "u") };
  });
}

function watchLockScreen(area, warning) {
  var data = JSON.parse(area.dataset.lockWords);
  var patterns = lockPatterns(data);
  function check() {
    var opening = area.value.trim().slice(0, data.opening).toLowerCase();
    var found = patterns.filter(function (p) { return p.pattern.test(opening); })
      .map(function (p) { return p.word; });
    warning.hidden = found.length === 0;
    warning.textContent = found.length ? warning.dataset.text.replace("%s", found.join(", ")) : "";
  }
  area.addEventListener("input", check);
  check();
}

// --- saved replies: "/" and words at the start of a line opens the list; Enter, Tab or a click
// puts the reply in the box (replacing the "/words"), for staff to edit; nothing is sent.

// Folded as the server folds (bot/services/canned.py): through capitals, accents dropped.
function words(text) {
  var folded = text.toUpperCase().toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  return folded.match(/[\p{L}\p{N}_]+/gu) || [];
}

function matches(reply, query) {
  var have = words(reply.title + " " + reply.text);
  return words(query).every(function (q) {
    return have.some(function (w) { return w.indexOf(q) === 0; });
  });
}

function putIn(area, text, from, to) {
  area.value = area.value.slice(0, from) + text + area.value.slice(to);
  var caret = from + text.length;
  area.setSelectionRange(caret, caret);
  area.focus();
  area.dispatchEvent(new Event("input"));
}

function cannedSearch(area, list, select) {
  var replies = Array.prototype.map.call(select.options, function (option) {
    return { key: option.value, title: option.textContent, text: option.dataset.text };
  });
  var shown = [], active = -1, slash = -1;

  function close() {
    list.hidden = true;
    shown = []; active = -1; slash = -1;
    area.removeAttribute("aria-activedescendant");
  }
  function mark(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (item, i) {
      item.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    if (index >= 0) { area.setAttribute("aria-activedescendant", list.children[index].id); }
    else { area.removeAttribute("aria-activedescendant"); }
  }
  function pick(index) {
    var reply = shown[index];
    var from = slash;
    close();
    putIn(area, reply.text, from, area.selectionStart);
  }
  function open() {
    var before = area.value.slice(0, area.selectionStart);
    var found = before.match(/(^|\n)\/([^\n]*)$/);
    if (!found) { close(); return; }
    slash = before.length - found[2].length - 1;
    shown = replies.filter(function (r) { return matches(r, found[2]); });
    list.textContent = "";
    if (!shown.length) {
      var none = document.createElement("li");
      none.textContent = list.dataset.none;
      none.setAttribute("role", "option");
      none.setAttribute("aria-disabled", "true");
      list.appendChild(none);
    }
    shown.forEach(function (reply, i) {
      var item = document.createElement("li");
      item.id = "canned-" + reply.key;
      item.setAttribute("role", "option");
      var title = document.createElement("strong");
      title.textContent = reply.title;
      var text = document.createElement("span");
      text.textContent = reply.text;
      item.appendChild(title);
      item.appendChild(text);
      item.addEventListener("mousedown", function (event) { event.preventDefault(); pick(i); });
      list.appendChild(item);
    });
    list.hidden = false;
    mark(shown.length ? 0 : -1);
  }
  area.addEventListener("input", open);
  area.addEventListener("blur", close);
  area.addEventListener("keydown", function (event) {
    if (list.hidden || event.ctrlKey || event.metaKey) { return; }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (shown.length) {
        var step = event.key === "ArrowDown" ? 1 : shown.length - 1;
        mark((active + step) % shown.length);
      }
    } else if ((event.key === "Enter" || event.key === "Tab") && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });
  // The list without a reload: "Put in the reply box" inserts at the caret.
  select.form.addEventListener("submit", function (event) {
    event.preventDefault();
    var option = select.options[select.selectedIndex];
    putIn(area, option.dataset.text, area.selectionStart, area.selectionEnd);
  });
}

document.addEventListener("DOMContentLoaded", function () {
  var live = document.querySelector("[data-live]");
  if (live && window.EventSource) { listen(live); }
  document.querySelectorAll("textarea[data-send-on-ctrl-enter]").forEach(sendOnCtrlEnter);
  var reply = document.getElementById("reply-text");
  var warning = document.getElementById("lock-warning");
  if (reply && warning) { watchLockScreen(reply, warning); }
  var list = document.getElementById("canned-list");
  var select = document.getElementById("canned");
  if (reply && list && select) { cannedSearch(reply, list, select); }
});
