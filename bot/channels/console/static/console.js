// The console's only script: live redraws from server-sent events, and Ctrl+Enter to send.
// Everything works without it (the forms post and the page reloads); it adds liveness only.
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

document.addEventListener("DOMContentLoaded", function () {
  var live = document.querySelector("[data-live]");
  if (live && window.EventSource) { listen(live); }
  document.querySelectorAll("textarea[data-send-on-ctrl-enter]").forEach(sendOnCtrlEnter);
});
