// The room view: wait for the next revision of the workshop's room state and show it.
// Keys (a clicker sends PageDown/PageUp) are sent to the server, which hands them to the
// presenter view; F toggles full screen. Without JavaScript the page shows the current step.
(function () {
  "use strict";
  var body = document.body;
  var room = document.getElementById("room");
  var working = document.getElementById("room-working");
  var revision = parseInt(body.dataset.revision || "0", 10);
  var KEYS = {
    ArrowRight: "next", PageDown: "next", " ": "next", Spacebar: "next",
    ArrowLeft: "prev", PageUp: "prev", Home: "home",
    b: "black", B: "black", r: "reveal", R: "reveal", ".": "black"
  };
  var busyTimer = null;

  function show(state) {
    if (busyTimer) { clearTimeout(busyTimer); busyTimer = null; }
    working.hidden = true;
    body.classList.remove("room-stale");
    if (state.revision <= revision) { return; }
    revision = state.revision;
    body.dataset.revision = String(revision);
    if (state.html) { room.innerHTML = state.html; }
    body.classList.toggle("room-black", !!state.black);
    var section = room.querySelector("section[lang]");
    if (section) { document.documentElement.lang = section.getAttribute("lang"); }
    if (state.title) { document.title = state.title; }
  }

  function wait() {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", body.dataset.events + "?after=" + revision, true);
    xhr.timeout = 40000;
    xhr.onload = function () {
      if (xhr.status === 200) {
        try { show(JSON.parse(xhr.responseText)); } catch (e) { /* keep waiting */ }
        wait();
      } else {
        setTimeout(wait, 1000);
      }
    };
    xhr.onerror = xhr.ontimeout = function () { setTimeout(wait, 1000); };
    xhr.send();
  }

  function send(key) {
    // a key in the room window: the presenter view moves; show that something is coming
    if (key !== "black") {
      if (busyTimer) { clearTimeout(busyTimer); }
      busyTimer = setTimeout(function () {
        working.hidden = false;
        body.classList.add("room-stale");
        // a key that changes nothing (R on a revealed step): stop saying so after a while
        busyTimer = setTimeout(function () {
          working.hidden = true;
          body.classList.remove("room-stale");
        }, 2000);
      }, 300);
    }
    var xhr = new XMLHttpRequest();
    xhr.open("POST", body.dataset.keys, true);
    xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
    xhr.setRequestHeader("X-XSRFToken", body.dataset.xsrf);
    xhr.send("key=" + encodeURIComponent(key));
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
    if (ev.key === "f" || ev.key === "F") {
      if (document.fullscreenElement) { document.exitFullscreen(); }
      else if (document.documentElement.requestFullscreen) {
        document.documentElement.requestFullscreen();
      }
      return;
    }
    var key = KEYS[ev.key];
    if (!key) { return; }
    ev.preventDefault();
    send(key);
  });
  // a vote round on screen: its number of votes, asked twice a second
  function tally() {
    var count = room.querySelector(".room-vote-count[data-vote-round]");
    if (!count || document.hidden) { setTimeout(tally, 500); return; }
    var xhr = new XMLHttpRequest();
    xhr.open("GET", body.dataset.events.replace(/wacht$/, "stemmen") + "?round="
      + count.dataset.voteRound, true);
    xhr.timeout = 5000;
    xhr.onload = function () {
      if (xhr.status === 200) {
        var state = JSON.parse(xhr.responseText);
        var now = room.querySelector(".room-vote-count[data-vote-round='" + state.round + "']");
        if (now) { now.textContent = String(state.n); }
      }
      setTimeout(tally, 500);
    };
    xhr.onerror = xhr.ontimeout = function () { setTimeout(tally, 1000); };
    xhr.send();
  }
  wait();
  tally();
})();
