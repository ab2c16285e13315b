/* The questionnaire pages (vsvkit.survey), progressive enhancement only: the form works the
   same without this script.
   - keeps the unsent answers in localStorage under the page's key (data-storage-key on
     <body>; one per questionnaire, nothing about the person) on every change, and puts them
     back on load where the page has no answer of its own;
   - forgets them on the thanks and already-answered pages (data-clear-storage);
   - shows per domain how many questions are answered, and a bar that stays in view;
   - moves the focus to the error summary when there is one.
   Texts come from the page (data-progress), never from here. */
(function () {
  "use strict";

  var SKIP = { _xsrf: true, lang: true, code: true };

  function storage() {
    try {
      var s = window.localStorage;
      var probe = "vsvkit-survey-probe";
      s.setItem(probe, "1");
      s.removeItem(probe);
      return s;
    } catch (e) {
      return null; // private mode, storage disabled or full: the form works without it
    }
  }

  function read(store, key) {
    try {
      var data = JSON.parse(store.getItem(key) || "null");
      return data && data.v === 1 && typeof data.fields === "object" ? data.fields : null;
    } catch (e) {
      return null;
    }
  }

  function collect(form) {
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || SKIP[el.name] || el.disabled) return;
      if (el.type === "radio") {
        if (el.checked) fields[el.name] = el.value;
      } else if (el.tagName === "SELECT" || el.tagName === "TEXTAREA") {
        if (el.value !== "") fields[el.name] = el.value;
      }
    });
    return fields;
  }

  function restore(form, fields) {
    Object.keys(fields).forEach(function (name) {
      if (SKIP[name]) return;
      var value = String(fields[name]);
      var els = form.querySelectorAll('[name="' + name.replace(/["\\]/g, "") + '"]');
      if (!els.length) return;
      if (els[0].type === "radio") {
        var answered = Array.prototype.some.call(els, function (el) { return el.checked; });
        if (answered) return; // what the page shows (an answer sent back) comes first
        Array.prototype.forEach.call(els, function (el) {
          if (el.value === value) el.checked = true;
        });
      } else if (els[0].value === "") {
        var el = els[0];
        if (el.tagName === "SELECT") {
          var known = Array.prototype.some.call(el.options, function (o) { return o.value === value; });
          if (known) el.value = value;
        } else if (el.tagName === "TEXTAREA") {
          el.value = value;
        }
      }
    });
  }

  function format(template, answered, total) {
    return template.replace("{answered}", answered).replace("{total}", total);
  }

  function progress(form) {
    var template = form.getAttribute("data-progress") || "{answered} / {total}";
    var answered = 0;
    var total = 0;
    Array.prototype.forEach.call(form.querySelectorAll("[data-domain]"), function (domain) {
      var questions = domain.querySelectorAll("[data-question]");
      var done = 0;
      Array.prototype.forEach.call(questions, function (q) {
        if (q.querySelector("input:checked")) done += 1;
      });
      var label = domain.querySelector(".domain-progress");
      if (label) {
        label.textContent = format(template, done, questions.length);
        label.hidden = false;
      }
      answered += done;
      total += questions.length;
    });
    var bar = document.getElementById("progress");
    if (bar) {
      bar.querySelector(".progress-text").textContent = format(template, answered, total);
      bar.querySelector(".progress-fill").style.width =
        (total ? Math.round((100 * answered) / total) : 0) + "%";
      bar.hidden = false;
    }
  }

  function start() {
    var body = document.body;
    var key = body.getAttribute("data-storage-key");
    var store = storage();
    if (key && store && body.hasAttribute("data-clear-storage")) {
      store.removeItem(key);
    }
    var form = document.getElementById("survey");
    if (!form) return;
    if (key && store) {
      var kept = read(store, key);
      if (kept) restore(form, kept);
      var save = function () {
        try {
          store.setItem(key, JSON.stringify({ v: 1, fields: collect(form) }));
        } catch (e) {
          /* storage full: keep going without it */
        }
      };
      form.addEventListener("change", save);
      form.addEventListener("input", save);
      Array.prototype.forEach.call(document.querySelectorAll(".js-only"), function (el) {
        el.hidden = false;
      });
    }
    form.addEventListener("change", function () { progress(form); });
    progress(form);
    var summary = document.getElementById("error-summary");
    if (summary) summary.focus();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
