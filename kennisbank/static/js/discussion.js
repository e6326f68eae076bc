// Progressive enhancement for the discussion: "Reageren" opens the reply form in place without a page load,
// "Citeren" does the same with the comment quoted (its stored text, which the server gives only to someone
// who may reply to it). Without JavaScript the same links ask the server for the page with the form
// under the comment (and the quote in it).
(function () {
  "use strict";
  var template = document.getElementById("new-comment");
  if (!template) {
    return;
  }

  function replyForm(link) {
    var comment = document.getElementById("c" + link.getAttribute("data-reply-to"));
    var existing = comment.querySelector(":scope > .comment__body > form.comment-form");
    if (existing) {
      return existing.querySelector("textarea");
    }
    var form = template.cloneNode(true);
    var id = "reply-form-" + link.getAttribute("data-reply-to");
    form.id = id;
    form.querySelector("input[name=parent]").value = link.getAttribute("data-reply-to");
    var textarea = form.querySelector("textarea");
    var label = form.querySelector("label[for]");
    var help = form.querySelector(".form-help");
    textarea.id = id + "-text";
    help.id = id + "-help"; // ids stay unique, so the reply box is described by its own help text
    textarea.setAttribute("aria-describedby", help.id);
    textarea.value = "";
    label.setAttribute("for", textarea.id);
    label.textContent = template.getAttribute("data-reply-label");
    help.id = id + "-help";
    textarea.setAttribute("aria-describedby", help.id);
    form.querySelector("[data-mention-suggestions]").hidden = true;
    form.querySelector("[data-mention-suggestions]").textContent = "";
    form.querySelector("[data-preview-output]").hidden = true;
    form.querySelector("[data-preview-body]").textContent = "";
    form.querySelector("button[type=submit]").textContent = template.getAttribute("data-submit-label");
    comment.querySelector(":scope > .comment__body").appendChild(form);
    return textarea;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-reply-to]");
    if (!link) {
      return;
    }
    event.preventDefault();
    var textarea = replyForm(link);
    var quoteUrl = link.getAttribute("data-quote-url");
    if (!quoteUrl) {
      textarea.focus();
      return;
    }
    fetch(quoteUrl, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.text();
      })
      .then(function (quote) {
        textarea.value = quote + textarea.value;
        textarea.focus();
        textarea.setSelectionRange(textarea.value.length, textarea.value.length);
      })
      .catch(function () {
        window.location.href = link.href; // the server says why, or shows the form with the quote
      });
  });
})();
