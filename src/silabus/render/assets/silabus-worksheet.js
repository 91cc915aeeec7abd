/* Silabus: a worksheet filled in on the page. Shows the form control of each place
   to write, keeps the answers in this browser as they are typed (they are never
   sent anywhere), and prints them, shares them as text or erases them on request.
   Without it the page is the blank sheet to print, as it was. */
(function () {
  "use strict";
  var script = document.currentScript;
  var tools = document.querySelector(".silabus-worksheet__tools");
  var fields = Array.prototype.slice.call(document.querySelectorAll("[data-silabus-field]"));
  if (!tools || !fields.length) return;
  var labels = tools.dataset;
  var status = tools.querySelector(".silabus-worksheet__status");
  var language = document.documentElement.lang || undefined;

  // Keyed by the site's own address (the folder above this script) and the
  // worksheet: two worksheets, or two sites, never share their answers.
  var site = script && script.src ? new URL("..", script.src).pathname : "/";
  var prefix = "silabus-worksheet:" + site + ":" + labels.worksheet + ":";
  var storage = null;
  try {
    storage = window.localStorage;
    storage.setItem(prefix, "");
    storage.removeItem(prefix);
  } catch (error) {
    storage = null;
  }
  var answers = new Map(); // field -> its answer as printed

  function say(text) {
    status.textContent = text;
  }

  function cannotKeep() {
    storage = null;
    tools.querySelector(".silabus-worksheet__note").textContent = labels.labelNoStorage;
  }

  // A field's name comes from its question (see answers.py), not its place on the
  // sheet: a question added or moved later leaves the kept answers where they were.
  function keyOf(field) {
    return prefix + field.getAttribute("data-silabus-field");
  }

  // What the answer reads like on paper and in the shared text.
  function answerText(field) {
    var value = field.value;
    if (field.type === "date" && value) {
      var day = new Date(value + "T00:00:00");
      if (!isNaN(day.getTime())) {
        try {
          return day.toLocaleDateString(language, { day: "numeric", month: "long", year: "numeric" });
        } catch (error) {
          return value;
        }
      }
    }
    return value;
  }

  // A text area grows with its answer on screen rather than scrolling inside itself.
  function fit(field) {
    if (field.tagName !== "TEXTAREA") return;
    field.style.height = "";
    var borders = field.offsetHeight - field.clientHeight;
    if (field.scrollHeight > field.clientHeight) {
      field.style.height = field.scrollHeight + borders + "px";
    }
  }

  function show(field) {
    var text = answerText(field);
    answers.get(field).textContent = text;
    field.closest(".silabus-prompt, td").classList.toggle("silabus-filled", text.trim() !== "");
    fit(field);
  }

  function keep(field) {
    if (!storage) return;
    try {
      if (field.value) storage.setItem(keyOf(field), field.value);
      else storage.removeItem(keyOf(field));
    } catch (error) {
      cannotKeep();
    }
  }

  fields.forEach(function (field) {
    // On paper the answer takes the place of the blank lines.
    var printed = document.createElement("div");
    printed.className = "silabus-answer";
    printed.setAttribute("aria-hidden", "true");
    field.parentNode.insertBefore(printed, field.nextSibling);
    answers.set(field, printed);
    if (storage) {
      var kept = storage.getItem(keyOf(field));
      if (kept !== null) field.value = kept;
    }
    field.addEventListener("input", function () {
      keep(field);
      show(field);
    });
    field.addEventListener("change", function () {
      keep(field);
      show(field);
    });
  });

  function labelOf(field) {
    var label = field.id && document.querySelector('label[for="' + field.id + '"]');
    return label ? label.textContent.trim() : "";
  }

  function orEmpty(text) {
    return text.trim() ? text : labels.labelEmpty;
  }

  // The worksheet as plain text: its title, then each question and its answer.
  function asText() {
    var lines = [labels.title];
    var identity = document.querySelectorAll(".silabus-worksheet__identity [data-silabus-field]");
    if (identity.length) lines.push("");
    Array.prototype.forEach.call(identity, function (field) {
      lines.push(labelOf(field) + ": " + orEmpty(answerText(field)));
    });
    var sections = document.querySelectorAll(".silabus-worksheet__section");
    Array.prototype.forEach.call(sections, function (section) {
      lines.push("", section.dataset.title);
      var prompts = section.querySelectorAll(".silabus-prompt [data-silabus-field]");
      Array.prototype.forEach.call(prompts, function (field) {
        lines.push("", labelOf(field), orEmpty(answerText(field)));
      });
      var table = section.querySelector("table");
      if (!table) return;
      var columns = Array.prototype.map.call(table.querySelectorAll("thead th"), function (cell) {
        return cell.textContent.trim();
      });
      var filled = 0;
      Array.prototype.forEach.call(table.querySelectorAll("tbody tr"), function (row, index) {
        var cells = [];
        Array.prototype.forEach.call(row.querySelectorAll("[data-silabus-field]"), function (field, column) {
          var text = answerText(field);
          if (text.trim()) cells.push("- " + columns[column] + ": " + text);
        });
        if (!cells.length) return;
        filled += 1;
        lines.push("", labels.labelRow.replace("{row}", String(index + 1)));
        lines.push.apply(lines, cells);
      });
      if (!filled) lines.push("", labels.labelEmpty);
    });
    return lines.join("\n") + "\n";
  }

  // Where neither sharing nor copying works: the text to copy by hand.
  function offerText(text) {
    var box = tools.querySelector(".silabus-worksheet__text");
    if (!box) {
      box = document.createElement("textarea");
      box.className = "silabus-worksheet__text";
      box.readOnly = true;
      box.setAttribute("aria-label", labels.labelCopyYourself);
      tools.appendChild(box);
    }
    box.value = text;
    box.rows = Math.min(12, text.split("\n").length);
    box.focus();
    box.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    say(copied ? labels.labelCopied : labels.labelCopyYourself);
  }

  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(
        function () {
          say(labels.labelCopied);
        },
        function () {
          offerText(text);
        }
      );
    } else {
      offerText(text);
    }
  }

  function share() {
    var text = asText();
    var data = { title: labels.title, text: text };
    if (navigator.share && (!navigator.canShare || navigator.canShare(data))) {
      navigator.share(data).then(
        function () {
          say(labels.labelShared);
        },
        function (error) {
          if (!error || error.name !== "AbortError") copy(text);
        }
      );
    } else {
      copy(text);
    }
  }

  function erase() {
    if (!window.confirm(labels.labelEraseConfirm)) return;
    fields.forEach(function (field) {
      field.value = "";
      show(field);
    });
    if (storage) {
      try {
        // Also answers to fields the worksheet no longer has. The keys are listed
        // first: removing one may reorder the others (Chromium does).
        var kept = [];
        for (var i = 0; i < storage.length; i++) {
          var key = storage.key(i);
          if (key && key.indexOf(prefix) === 0) kept.push(key);
        }
        kept.forEach(function (key) {
          storage.removeItem(key);
        });
      } catch (error) {
        cannotKeep();
      }
    }
    say(labels.labelErased);
  }

  var actions = { print: function () { window.print(); }, share: share, erase: erase };
  tools.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-action]");
    if (button && actions[button.dataset.action]) actions[button.dataset.action]();
  });

  if (!storage) cannotKeep();
  document.documentElement.classList.add("silabus-worksheet-live");
  tools.hidden = false;
  fields.forEach(show);
})();
