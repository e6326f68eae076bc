// Progressive enhancement for "Bewaren": the button saves or removes the page without a page load and
// tells screen readers what happened. Without JavaScript the same form posts and comes back to the page.
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) {
    return;
  }
  document.addEventListener("submit", function (event) {
    var form = event.target.closest("form[data-bookmark]");
    if (!form) {
      return;
    }
    event.preventDefault();
    var button = form.querySelector("button[aria-pressed]");
    var field = form.querySelector("input[name=saved]");
    var status = form.querySelector("[role=status]");
    button.disabled = true;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("bookmark " + response.status);
        }
        return response.json();
      })
      .then(function (answer) {
        button.setAttribute("aria-pressed", answer.saved ? "true" : "false");
        button.textContent = form.getAttribute(answer.saved ? "data-label-saved" : "data-label-save");
        field.value = answer.saved ? "0" : "1";
        status.textContent = form.getAttribute(answer.saved ? "data-status-saved" : "data-status-removed");
        button.disabled = false;
      })
      .catch(function () {
        form.submit(); // the server's own answer: a message on the page, or the login page
      });
  });
})();
