// Progressive enhancement for the discussion: "Reageren" opens the reply form in place without a page load.
// Without JavaScript the same link asks the server for the page with the form under the comment.
(function () {
  "use strict";
  var template = document.getElementById("new-comment");
  if (!template) {
    return;
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-reply-to]");
    if (!link) {
      return;
    }
    event.preventDefault();
    var comment = document.getElementById("c" + link.getAttribute("data-reply-to"));
    var existing = comment.querySelector(":scope > .comment__body > form.comment-form");
    if (existing) {
      existing.querySelector("textarea").focus();
      return;
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
    label.textContent = link.getAttribute("data-reply-label");
    form.querySelector("button[type=submit]").textContent = link.getAttribute("data-submit-label");
    comment.querySelector(":scope > .comment__body").appendChild(form);
    textarea.focus();
  });
})();
