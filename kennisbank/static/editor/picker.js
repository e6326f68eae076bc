// The editor forms' searchable multiple choice (articles.widgets.SearchableSelectMultiple): the chosen items
// as a list with a remove button each, and one search box that lists the matching options as you type.
//
// The <select multiple> stays in the form, hidden, and holds the value: choosing or removing an item
// selects or deselects its option and fires "change", so Wagtail's unsaved-changes check sees it.
// The search box follows the ARIA combobox pattern (as kennisbank/static/js/search.js): Up and Down move
// through the matches, Enter chooses the highlighted one, Escape closes the list.
(function () {
  "use strict";
  var MAX_MATCHES = 12;
  var counter = 0;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function Picker(root) {
    this.root = root;
    this.select = root.querySelector("select");
    this.text = function (name) {
      return root.getAttribute("data-text-" + name) || "";
    };
    this.matches = [];
    this.active = -1;
    var id = (this.select.id || "kb-picker-" + ++counter) + "-picker";

    this.chosen = document.createElement("ul");
    this.chosen.className = "kb-picker__chosen";
    this.chosen.setAttribute("aria-label", this.text("chosen"));

    this.input = document.createElement("input");
    this.input.type = "text";
    this.input.id = id;
    this.input.className = "kb-picker__input";
    this.input.placeholder = this.text("search");
    this.input.setAttribute("role", "combobox");
    this.input.setAttribute("aria-autocomplete", "list");
    this.input.setAttribute("aria-expanded", "false");
    this.input.setAttribute("aria-controls", id + "-listbox");
    this.input.setAttribute("autocomplete", "off");
    var label = this.select.id && document.querySelector('label[for="' + this.select.id + '"]');
    if (label) {
      label.setAttribute("for", id); // the field's label now names the search box
    }

    this.listbox = document.createElement("ul");
    this.listbox.id = id + "-listbox";
    this.listbox.className = "kb-picker__listbox";
    this.listbox.setAttribute("role", "listbox");
    this.listbox.hidden = true;

    this.status = document.createElement("p");
    this.status.className = "w-sr-only";
    this.status.setAttribute("role", "status");

    this.select.hidden = true;
    root.append(this.chosen, this.input, this.listbox, this.status);
    this.input.addEventListener("input", this.search.bind(this));
    this.input.addEventListener("keydown", this.onKeydown.bind(this));
    this.input.addEventListener("blur", this.close.bind(this));
    this.renderChosen();
  }

  Picker.prototype.renderChosen = function () {
    var picker = this;
    this.chosen.replaceChildren();
    Array.prototype.forEach.call(this.select.selectedOptions, function (option) {
      var item = document.createElement("li");
      item.className = "kb-picker__chip";
      var name = document.createElement("span");
      name.textContent = option.text;
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "kb-picker__remove";
      remove.textContent = "\u00d7";
      remove.setAttribute("aria-label", picker.text("remove") + " " + option.text);
      remove.addEventListener("click", function () {
        picker.setSelected(option, false);
        picker.input.focus();
      });
      item.append(name, remove);
      picker.chosen.append(item);
    });
  };

  Picker.prototype.setSelected = function (option, selected) {
    option.selected = selected;
    this.select.dispatchEvent(new Event("change", { bubbles: true }));
    this.renderChosen();
  };

  Picker.prototype.search = function () {
    var query = fold(this.input.value.trim());
    this.matches = [];
    if (query) {
      var options = this.select.options;
      for (var i = 0; i < options.length && this.matches.length < MAX_MATCHES; i++) {
        if (!options[i].selected && fold(options[i].text).indexOf(query) !== -1) {
          this.matches.push(options[i]);
        }
      }
    }
    this.active = this.matches.length ? 0 : -1;
    this.renderMatches();
    if (query) {
      this.status.textContent = this.matches.length
        ? this.matches.length + " " + this.text("found")
        : this.text("none");
    }
  };

  Picker.prototype.renderMatches = function () {
    var picker = this;
    this.listbox.replaceChildren();
    this.matches.forEach(function (option, index) {
      var item = document.createElement("li");
      item.id = picker.listbox.id + "-" + index;
      item.className = "kb-picker__option";
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", index === picker.active ? "true" : "false");
      item.textContent = option.text;
      item.addEventListener("mousedown", function (event) {
        event.preventDefault(); // keep the focus in the search box
        picker.choose(index);
      });
      picker.listbox.append(item);
    });
    var open = this.matches.length > 0;
    this.listbox.hidden = !open;
    this.input.setAttribute("aria-expanded", open ? "true" : "false");
    if (open && this.active >= 0) {
      this.input.setAttribute("aria-activedescendant", this.listbox.id + "-" + this.active);
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  };

  Picker.prototype.choose = function (index) {
    this.setSelected(this.matches[index], true);
    this.input.value = "";
    this.close();
  };

  Picker.prototype.close = function () {
    this.matches = [];
    this.active = -1;
    this.renderMatches();
  };

  Picker.prototype.onKeydown = function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (this.matches.length) {
        var step = event.key === "ArrowDown" ? 1 : -1;
        this.active = (this.active + step + this.matches.length) % this.matches.length;
        this.renderMatches();
      }
      event.preventDefault();
    } else if (event.key === "Enter") {
      event.preventDefault(); // Enter chooses; it never submits the page form from here
      if (this.active >= 0) {
        this.choose(this.active);
      }
    } else if (event.key === "Escape" && this.matches.length) {
      event.preventDefault();
      this.close();
    }
  };

  function enhance(scope) {
    scope.querySelectorAll("[data-picker]:not([data-picker-ready])").forEach(function (root) {
      root.setAttribute("data-picker-ready", "");
      new Picker(root);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () {
      enhance(document);
    });
  } else {
    enhance(document);
  }
})();
