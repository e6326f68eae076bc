// The "Voorbeeld" button under a comment form: the server renders the text as it would be posted (the same
// Markdown, mentions and sanitiser) and answers sanitised HTML, or a Dutch message as plain text.
// Without JavaScript the button stays hidden and the form posts as always.
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

  document.querySelectorAll("button[data-preview]").forEach(function (button) {
    button.hidden = false;
  });
})();
