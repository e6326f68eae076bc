// The "Voorbeeld" button under a comment form: the server renders the text as it would be posted (the same
// Markdown, mentions and sanitiser) and answers sanitised HTML, or a Dutch message as plain text.
// Without JavaScript the button stays hidden and the form posts as always.
// Typing "@" and the start of a name offers the names of those who wrote in the discussion shown on the page,
// as buttons under the textarea (reachable with Tab); one puts the whole name in.
(function () {
  "use strict";
  function show(form, content, isHtml) {
    var output = form.querySelector("[data-preview-output]");
    var body = output.querySelector("[data-preview-body]");
    if (isHtml) {
      body.innerHTML = content; // sanitised by the server, as a posted comment is
    } else {
      body.textContent = content;
    }
    output.classList.toggle("comment-preview--error", !isHtml);
    output.hidden = false;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-preview]");
    if (!button) {
      return;
    }
    var form = button.closest("form");
    var failed = button.getAttribute("data-preview-failed");
    button.disabled = true;
    fetch(form.getAttribute("data-preview-url"), {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { "X-Requested-With": "XMLHttpRequest" },
    })
      .then(function (response) {
        var plain = (response.headers.get("Content-Type") || "").indexOf("text/plain") === 0;
        return response.text().then(function (text) {
          if (response.ok) {
            show(form, text, true);
          } else {
            show(form, plain ? text : failed, false);
          }
        });
      })
      .catch(function () {
        show(form, failed, false);
      })
      .then(function () {
        button.disabled = false;
      });
  });

  var MAX_SUGGESTIONS = 5;
  // "@" not glued to a word or address before it, and up to 40 characters of a name before the caret.
  var TYPED_MENTION = /(^|[^\w@.])@([^@\n]{1,40})$/;

  function participants() {
    var names = [];
    document.querySelectorAll("#reacties .comment__author").forEach(function (element) {
      var name = element.textContent.trim();
      if (name && names.indexOf(name) === -1) {
        names.push(name);
      }
    });
    return names;
  }

  function suggest(textarea) {
    var box = textarea.form && textarea.form.querySelector("[data-mention-suggestions]");
    if (!box) {
      return;
    }
    var typed = TYPED_MENTION.exec(textarea.value.slice(0, textarea.selectionStart));
    var query = typed ? typed[2].toLowerCase() : "";
    var names = participants().filter(function (name) {
      return query && name.toLowerCase().indexOf(query) === 0 && name.toLowerCase() !== query;
    });
    box.textContent = "";
    box.hidden = names.length === 0;
    if (box.hidden) {
      return;
    }
    var label = document.createElement("span");
    label.textContent = box.getAttribute("data-label");
    box.appendChild(label);
    names.slice(0, MAX_SUGGESTIONS).forEach(function (name) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "link-button";
      button.textContent = name;
      button.addEventListener("click", function () {
        var end = textarea.selectionStart;
        var still = TYPED_MENTION.exec(textarea.value.slice(0, end));
        if (!still) {
          box.hidden = true;
          return;
        }
        var start = end - still[2].length;
        textarea.value = textarea.value.slice(0, start) + name + " " + textarea.value.slice(end);
        textarea.focus();
        textarea.setSelectionRange(start + name.length + 1, start + name.length + 1);
        box.hidden = true;
      });
      box.appendChild(button);
    });
  }

  document.addEventListener("input", function (event) {
    if (event.target.matches("form[data-preview-url] textarea")) {
      suggest(event.target);
    }
  });

  document.querySelectorAll("button[data-preview]").forEach(function (button) {
    button.hidden = false;
  });
})();
