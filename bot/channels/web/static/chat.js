// Gza web chat. The session token lives in sessionStorage only, so closing the tab forgets it.
(function () {
  "use strict";
  var log = document.getElementById("log");
  var statusLine = document.getElementById("status");
  var pending = [];  // sent but not yet acknowledged; resent with the same id after a reconnect
  var ws = null;

  function token() {
    var bytes = new Uint8Array(18);
    crypto.getRandomValues(bytes);
    return btoa(String.fromCharCode.apply(null, bytes)).replace(/\+/g, "-").replace(/\//g, "_");
  }
  function session() {
    var s = sessionStorage.getItem("gza-session");
    if (!s) { s = token(); sessionStorage.setItem("gza-session", s); sessionStorage.setItem("gza-new", "1"); }
    return s;
  }
  function show(text, who) {
    var div = document.createElement("div");
    div.className = who;
    div.textContent = text;
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
  }
  function showButtons(rows) {
    if (!rows.length) return;
    var box = document.createElement("div");
    box.className = "buttons";
    rows.forEach(function (row) {
      row.forEach(function (b) {
        var btn = document.createElement("button");
        btn.type = "button";
        btn.textContent = b.label;
        btn.onclick = function () { show(b.label, "me"); send({ type: "button", payload: b.payload }); };
        box.appendChild(btn);
      });
    });
    log.appendChild(box);
    log.scrollTop = log.scrollHeight;
  }
  function dropLastQuestion() {
    // A redrawn question (an option switched on or off) replaces the last one and its echo.
    var bots = log.querySelectorAll(".bot");
    var last = bots[bots.length - 1];
    while (last && last.parentNode === log) {
      var next = last.nextSibling;
      log.removeChild(last);
      last = next;
    }
  }
  function send(msg) {
    msg.id = token();
    msg.lang = navigator.language || "";
    pending.push(msg);
    if (ws && ws.readyState === 1) ws.send(JSON.stringify(msg));
  }
  function connect() {
    statusLine.textContent = statusLine.dataset.connecting;
    var proto = location.protocol === "https:" ? "wss:" : "ws:";
    ws = new WebSocket(proto + "//" + location.host + "/ws?session=" + encodeURIComponent(session()));
    ws.onopen = function () {
      statusLine.textContent = "";
      if (sessionStorage.getItem("gza-new")) {
        sessionStorage.removeItem("gza-new");
        send({ type: "start", entry: new URLSearchParams(location.search).get("start") || undefined });
      }
      pending.forEach(function (m) { ws.send(JSON.stringify(m)); });
    };
    ws.onmessage = function (event) {
      var data = JSON.parse(event.data);
      if (data.type === "ack") {
        pending = pending.filter(function (m) { return m.id !== data.id; });
      } else if (data.type === "message") {
        if (data.replace) dropLastQuestion();
        show(data.text, "bot");
        showButtons(data.buttons);
      } else if (data.type === "clear") {
        log.innerHTML = "";  // the neutral last line follows
        statusLine.textContent = statusLine.dataset.cleared;
      }
    };
    ws.onclose = function () {
      if (statusLine.textContent !== statusLine.dataset.cleared) statusLine.textContent = statusLine.dataset.offline;
      setTimeout(connect, 2000);
    };
  }
  document.getElementById("form").onsubmit = function (event) {
    event.preventDefault();
    var input = document.getElementById("input");
    if (!input.value) return;
    show(input.value, "me");
    send({ type: "text", text: input.value });
    input.value = "";
  };
  document.getElementById("exit").onclick = function () { send({ type: "exit" }); };
  connect();
})();
