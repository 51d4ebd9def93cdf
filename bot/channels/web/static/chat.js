// Gza web chat. Quick exit never waits for the server; the session token (sessionStorage, this
// tab only) is the one thing kept, and it is gone once the person leaves.
(function () {
  "use strict";
  var doc = document;
  var config = JSON.parse(doc.getElementById("config").textContent);
  var KEY = "gza-session";
  var ESCAPE_WINDOW = 1500;  // ms between the two Escape presses of quick exit
  var QUIET = 3000;          // ms without a question after a notice: show the question again
  var STUCK = 8000;          // ms after a tap with no answer at all: the buttons work again
  var entry = new URLSearchParams(location.search).get("start");
  if (location.search || location.hash) history.replaceState(null, "", location.pathname);

  var log = byId("log"), statusLine = byId("status"), input = byId("input");
  var ws = null, pending = [], leaving = false, lastEscape = 0;
  var lang = doc.documentElement.lang, question = null, waiting = null, afterClear = false;

  function byId(id) { return doc.getElementById(id); }
  function words(id) { return (config.texts[lang] || {})[id] || ""; }

  // --- Quick exit: clear the page and storage, tell the server if it can hear, leave. ---------
  function leave() {
    if (leaving) return;
    leaving = true;
    var session = stored();
    kept = null;
    try { sessionStorage.clear(); localStorage.clear(); } catch (e) { /* nothing to clear */ }
    doc.title = "";
    doc.documentElement.replaceChildren();
    try { if (session && navigator.sendBeacon) navigator.sendBeacon("/leave", session); } catch (e) { /* offline */ }
    try { if (ws) { ws.onclose = null; ws.close(); } } catch (e) { /* already closed */ }
    location.replace(config.exitUrl);
  }
  doc.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    if (now - lastEscape < ESCAPE_WINDOW) leave();
    lastEscape = now;
  }, true);
  byId("exit").addEventListener("click", leave);

  // --- The session: one random token per tab ---------------------------------------------------
  function token() {
    var bytes = new Uint8Array(18);
    crypto.getRandomValues(bytes);
    return btoa(String.fromCharCode.apply(null, bytes)).replace(/\+/g, "-").replace(/\//g, "_");
  }
  var kept = null;  // where storage is refused (some private modes), the tab keeps it in memory
  function stored() {
    try { return sessionStorage.getItem(KEY); } catch (e) { return kept; }
  }
  function store(value) {
    kept = value;
    try { sessionStorage.setItem(KEY, value); } catch (e) { /* kept in memory only */ }
  }
  function session() {
    var s = stored();
    if (!s) { s = token(); store(s); }
    return s;
  }

  // --- The page's own words follow the conversation's language ---------------------------------
  function setLanguage(code) {
    if (!code || code === lang || !config.texts[code]) return;
    lang = code;
    doc.documentElement.lang = code;
    doc.title = words("title");
    doc.querySelectorAll("[data-text]").forEach(function (el) { el.textContent = words(el.dataset.text); });
    input.placeholder = words(input.dataset.placeholder);
  }

  // --- Messages: text, links that can be tapped, result cards --------------------------------
  var URL_RE = /https?:\/\/\S+/g;
  var MAP_RE = /^https:\/\/www\.openstreetmap\.org\//;
  var PHONE_RE = /\+?\(?\d[\d ()-]{4,18}\d/g;
  var DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
  var SHORT_NUMBER_RE = /^(\d{3,4})(?= —)/;  // an emergency line: "112 — ..."
  var CARD_RE = /^\d+\. /;
  var EXIT = "~exit";  // the conversation's own Exit: the page's quick exit stands for it

  function el(tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function callLink(number) {
    var a = el("a", "action", "☎ " + number);
    a.href = "tel:" + number.replace(/[^\d+]/g, "");
    a.setAttribute("aria-label", words("web-call") + " " + number);
    return a;
  }
  function mapLink(url) {
    var a = el("a", "action secondary", words("web-map"));
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  function numbersIn(line) {
    var found = [];
    var short = line.match(SHORT_NUMBER_RE);
    if (short) found.push(short[1]);
    (line.match(PHONE_RE) || []).forEach(function (n) {
      if (n.replace(/\D/g, "").length >= 6 && !DATE_RE.test(n.trim())) found.push(n.trim());
    });
    return found;
  }
  // A link that is not a map (a law a rights topic rests on): a button named for its source,
  // where the line was ("Name, Art. 13 — https://..."), or for its site when the line is bare.
  function sourceLink(url, name) {
    var host = url.replace(/^https?:\/\/(www\.)?/, "").split(/[\/?#]/)[0];
    var a = el("a", "action secondary", (name || host) + " ↗");
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  function renderSource(line, parent) {
    var url = (line.match(URL_RE) || [])[0];
    if (!url || MAP_RE.test(url)) return false;
    var name = line.replace(url, "").replace(/\s*—\s*$/, "").trim();
    var row = el("div", "actions");
    row.appendChild(sourceLink(url, name));
    parent.appendChild(row);
    return true;
  }
  // One line of bot text: the words as they are, then what can be tapped (call, map).
  function renderLine(line, parent, actions) {
    if (renderSource(line, parent)) return;
    var urls = line.match(URL_RE) || [];
    var rest = line.replace(URL_RE, "").trim();
    var numbers = numbersIn(rest);
    var onlyNumbers = numbers.length && rest.replace(PHONE_RE, "").replace(/[\s,;☎]/g, "") === "";
    if (rest && !onlyNumbers) parent.appendChild(el("p", "", rest));  // a bare phone line becomes its buttons
    numbers.forEach(function (n) { actions.insertBefore(callLink(n), actions.querySelector(".secondary")); });
    urls.forEach(function (url) { actions.appendChild(mapLink(url)); });
  }
  function renderBlock(block, parent) {
    var lines = block.split("\n");
    var box = parent, actions = el("div", "actions");
    if (CARD_RE.test(lines[0])) {
      parent.classList.add("cards");
      box = el("article", "card");
      box.appendChild(el("h2", "", lines.shift()));
      parent.appendChild(box);
    }
    lines.forEach(function (line) { renderLine(line, box, actions); });
    if (actions.childNodes.length) box.appendChild(actions);
  }
  function botMessage(text, code) {
    var div = el("div", "msg bot");
    if (code) div.lang = code;
    text.split(/\n{2,}/).forEach(function (block) { renderBlock(block, div); });
    return div;
  }

  // --- Questions: buttons answered once; the screen always ends with a question --------------
  function disableAll() {
    log.querySelectorAll(".buttons button").forEach(function (b) { b.disabled = true; });
  }
  function echo(label) {
    if (question && question.echo) question.echo.remove();
    var mine = el("div", "msg me", label);
    log.appendChild(mine);
    if (question) question.echo = mine;
  }
  function tap(btn, label, message) {
    if (btn.disabled) return;
    echo(label);
    btn.classList.add("chosen");
    question.turn.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
    send(message);
    wait(STUCK);
  }
  function wait(ms) {
    clearTimeout(waiting);
    waiting = setTimeout(askAgain, ms);
  }
  // No answer came (flood control, a lost connection): the question works again, last on screen.
  function askAgain() {
    waiting = null;
    if (!question || !question.turn.isConnected) return;
    question.turn.querySelectorAll("button").forEach(function (b) {
      b.disabled = false;
      b.classList.remove("chosen");
    });
    log.appendChild(question.turn);
    scrollDown();
  }
  function button(label, onPress) {
    var btn = el("button", "", label);
    btn.type = "button";
    btn.addEventListener("click", function () { onPress(btn); });
    return btn;
  }
  function locationButton(step) {
    if (config.locationSteps.indexOf(step) < 0 || !navigator.geolocation) return null;
    return button(words("web-location"), function (btn) {
      navigator.geolocation.getCurrentPosition(function (pos) {
        // Coarsened here, before it leaves the phone: two decimals, about a kilometre.
        var point = { latitude: Math.round(pos.coords.latitude * 100) / 100,
                      longitude: Math.round(pos.coords.longitude * 100) / 100 };
        tap(btn, words("web-location"), { type: "location", latitude: point.latitude, longitude: point.longitude });
      }, function () {
        log.appendChild(el("div", "msg bot", words("web-location-failed")));
        log.appendChild(question.turn);
        scrollDown();
      }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 });
    });
  }
  function buttonsFor(rows) {
    var box = el("div", "buttons");
    var first = rows.length && rows[0].length ? rows[0][0].payload.split("|")[0] : "";
    var here = locationButton(first);
    if (here) { var top = el("div", "row"); top.appendChild(here); box.appendChild(top); }
    rows.forEach(function (row) {
      var line = el("div", "row");
      row.filter(function (b) { return b.payload !== EXIT; }).forEach(function (b) {
        line.appendChild(button(b.label, function (btn) {
          tap(btn, b.label, { type: "button", payload: b.payload });
        }));
      });
      if (line.childNodes.length) box.appendChild(line);
    });
    return box;
  }
  function showMessage(data) {
    setLanguage(data.lang);
    var text = botMessage(data.text, data.lang);
    if (!data.buttons.length) {
      log.appendChild(text);
      if (afterClear) startAgain();
      else if (waiting && question) wait(QUIET);  // a notice alone: the question comes back
      scrollDown();
      return;
    }
    clearTimeout(waiting);
    waiting = null;
    afterClear = false;
    statusLine.textContent = "";
    var turn = el("section", "turn");
    text.tabIndex = -1;
    turn.appendChild(text);
    turn.appendChild(buttonsFor(data.buttons));
    if (data.replace && question && question.turn.isConnected) {
      if (question.echo) question.echo.remove();
      log.replaceChild(turn, question.turn);
    } else {
      disableAll();
      log.appendChild(turn);
    }
    question = { turn: turn, echo: null };
    focusQuestion(text);
  }
  function focusQuestion(text) {
    var active = doc.activeElement;
    var typing = active === input && input.value;
    if (!typing && (!active || active === doc.body || active.disabled || log.contains(active))) {
      text.focus({ preventScroll: true });
    }
    scrollDown();
  }
  function scrollDown() { log.scrollTop = log.scrollHeight; }
  function startAgain() {
    afterClear = false;
    var box = el("div", "buttons"), row = el("div", "row");
    row.appendChild(button(words("web-start-again"), function () {
      store(token());  // a new, unlinked session after forget
      box.remove();
      if (ws) { ws.onclose = null; ws.close(); }
      pending = [];
      send({ type: "start" });
      connect();
    }));
    box.appendChild(row);
    log.appendChild(box);
  }

  // --- The connection ---------------------------------------------------------------------
  function send(msg) {
    msg.id = token();
    msg.lang = lang || navigator.language || "";
    pending.push(msg);
    if (ws && ws.readyState === 1) ws.send(JSON.stringify(msg));
  }
  function connect() {
    if (leaving) return;
    statusLine.textContent = words("web-connecting");
    var proto = location.protocol === "https:" ? "wss:" : "ws:";
    var socket = new WebSocket(proto + "//" + location.host + "/ws?session=" + encodeURIComponent(session()));
    ws = socket;
    socket.onopen = function () {
      if (statusLine.textContent === words("web-connecting") || statusLine.textContent === words("web-offline")) statusLine.textContent = "";
      pending.forEach(function (m) { socket.send(JSON.stringify(m)); });
    };
    socket.onmessage = function (event) {
      if (leaving) return;
      var data = JSON.parse(event.data);
      if (data.type === "ack") {
        pending = pending.filter(function (m) { return m.id !== data.id; });
      } else if (data.type === "message") {
        showMessage(data);
      } else if (data.type === "clear") {
        log.replaceChildren();
        question = null;
        afterClear = true;
        statusLine.textContent = words("web-exit-note");
      }
    };
    socket.onclose = function () {
      if (leaving || ws !== socket) return;
      statusLine.textContent = words("web-offline");
      setTimeout(connect, 2000);
    };
  }

  // --- Typing: the commands work as in Telegram; anything else goes to the conversation ------
  var COMMANDS = { "/start": "start", "/menu": "menu", "/forget": "forget" };
  byId("form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value, command = text.trim().toLowerCase();
    if (!text.trim()) return;
    if (command === "/exit") { leave(); return; }
    input.value = "";
    log.appendChild(el("div", "msg me", text));
    send(COMMANDS[command] ? { type: COMMANDS[command] } : { type: "text", text: text });
    scrollDown();
  });
  byId("to-menu").addEventListener("click", function () { byId("menu").open = false; send({ type: "menu" }); });
  byId("forget").addEventListener("click", function () { byId("menu").open = false; send({ type: "forget" }); });

  var fresh = !stored();
  send(fresh ? { type: "start", entry: entry || undefined } : { type: "resume" });
  connect();
})();
