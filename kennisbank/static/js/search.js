// Search: suggestions under every search box as you type, and clicks on results reported for the editors'
// search report. Without JavaScript a search box is a plain form and result links report with `ping`.
//
// The suggestions follow the ARIA combobox pattern with a listbox popup: focus stays in the input, the
// highlighted option is named by aria-activedescendant. Up and Down move through the options, Enter opens
// the highlighted one (a page opens, a popular search is searched), Escape closes the list, Tab and
// leaving the box close it too. The number of suggestions is announced in the box's status region.
(function () {
  "use strict";
  var DELAY_MS = 200;
  var MIN_LENGTH = 2;

  function Autocomplete(form) {
    this.form = form;
    this.input = form.querySelector("input[name=q]");
    this.status = form.querySelector("[data-autocomplete-status]");
    this.url = form.getAttribute("data-autocomplete");
    this.cache = {};
    this.suggestions = [];
    this.active = -1;
    this.timer = null;
    this.request = null;

    this.listbox = document.createElement("ul");
    this.listbox.id = this.input.id + "-suggestions";
    this.listbox.className = "search-suggestions";
    this.listbox.setAttribute("role", "listbox");
    this.listbox.setAttribute("aria-label", form.getAttribute("data-text-suggestions"));
    this.listbox.hidden = true;
    this.input.parentNode.insertAdjacentElement("afterend", this.listbox);

    this.input.setAttribute("role", "combobox");
    this.input.setAttribute("aria-autocomplete", "list");
    this.input.setAttribute("aria-expanded", "false");
    this.input.setAttribute("aria-controls", this.listbox.id);
    this.input.setAttribute("autocomplete", "off");

    this.input.addEventListener("input", this.schedule.bind(this));
    this.input.addEventListener("keydown", this.onKeydown.bind(this));
    this.input.addEventListener("blur", this.close.bind(this));
    // Keep the focus in the input while an option is pressed, so the list is still there for the click.
    this.listbox.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    this.listbox.addEventListener("click", this.onClick.bind(this));
    this.listbox.addEventListener("mousemove", this.onHover.bind(this));
  }

  Autocomplete.prototype.typed = function () {
    return this.input.value.trim();
  };

  Autocomplete.prototype.schedule = function () {
    window.clearTimeout(this.timer);
    if (this.typed().length < MIN_LENGTH) {
      this.show([]);
      return;
    }
    this.timer = window.setTimeout(this.load.bind(this), DELAY_MS);
  };

  Autocomplete.prototype.load = function () {
    var typed = this.typed();
    var self = this;
    if (typed.length < MIN_LENGTH) {
      return;
    }
    if (Object.prototype.hasOwnProperty.call(this.cache, typed)) {
      this.show(this.cache[typed]);
      return;
    }
    if (this.request) {
      this.request.abort();
    }
    this.request = window.AbortController ? new AbortController() : null;
    fetch(this.url + "?q=" + encodeURIComponent(typed), {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      signal: this.request ? this.request.signal : undefined,
    })
      .then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      })
      .then(function (data) {
        self.cache[typed] = data.suggestions || [];
        if (self.typed() === typed) {
          // An answer to what is still typed; a slower answer to an older prefix is dropped.
          self.show(self.cache[typed]);
        }
      })
      .catch(function () {
        // Aborted or offline: the box stays a plain search box.
      });
  };

  Autocomplete.prototype.show = function (suggestions) {
    var self = this;
    this.suggestions = suggestions;
    this.active = -1;
    this.input.removeAttribute("aria-activedescendant");
    this.listbox.textContent = "";
    suggestions.forEach(function (suggestion, index) {
      self.listbox.appendChild(self.option(suggestion, index));
    });
    if (suggestions.length && document.activeElement === this.input) {
      this.open();
    } else {
      this.close();
    }
    this.announce(suggestions.length);
  };

  Autocomplete.prototype.option = function (suggestion, index) {
    var option = document.createElement("li");
    option.id = this.listbox.id + "-" + index;
    option.className = "search-suggestions__option";
    option.setAttribute("role", "option");
    option.setAttribute("aria-selected", "false");
    option.setAttribute("data-index", String(index));
    var label = document.createElement("span");
    label.className = "search-suggestions__label";
    label.textContent = suggestion.label;
    option.appendChild(label);
    if (suggestion.kind_label) {
      var kind = document.createElement("span");
      kind.className = "search-suggestions__kind";
      kind.textContent = suggestion.kind_label;
      option.appendChild(kind);
    }
    return option;
  };

  Autocomplete.prototype.announce = function (count) {
    if (!this.status || this.typed().length < MIN_LENGTH) {
      return;
    }
    var text = count === 0 ? "data-text-none" : count === 1 ? "data-text-one" : "data-text-many";
    this.status.textContent = this.form.getAttribute(text).replace("{count}", String(count));
  };

  Autocomplete.prototype.isOpen = function () {
    return !this.listbox.hidden;
  };

  Autocomplete.prototype.open = function () {
    this.listbox.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  };

  Autocomplete.prototype.close = function () {
    window.clearTimeout(this.timer);
    this.listbox.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.highlight(-1);
  };

  Autocomplete.prototype.highlight = function (index) {
    var options = this.listbox.querySelectorAll("[role=option]");
    this.active = index;
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    if (index < 0) {
      this.input.removeAttribute("aria-activedescendant");
      return;
    }
    this.input.setAttribute("aria-activedescendant", options[index].id);
    options[index].scrollIntoView({ block: "nearest" });
  };

  Autocomplete.prototype.move = function (step) {
    var count = this.suggestions.length;
    if (!count) {
      return;
    }
    if (!this.isOpen()) {
      this.open();
    }
    // From the input, Down goes to the first option and Up to the last; both wrap around.
    var next = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
    this.highlight(next);
  };

  Autocomplete.prototype.choose = function (index) {
    var suggestion = this.suggestions[index];
    if (!suggestion) {
      return;
    }
    this.close();
    if (suggestion.url) {
      window.location.assign(suggestion.url);
      return;
    }
    this.input.value = suggestion.label;
    if (this.form.requestSubmit) {
      this.form.requestSubmit();
    } else {
      this.form.submit();
    }
  };

  Autocomplete.prototype.onKeydown = function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!this.suggestions.length) {
          this.load();
        }
        this.move(1);
        break;
      case "ArrowUp":
        event.preventDefault();
        this.move(-1);
        break;
      case "Enter":
        if (this.isOpen() && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        }
        break;
      case "Escape":
        if (this.isOpen()) {
          event.preventDefault(); // close the list, keep what was typed
          this.close();
        }
        break;
      case "Tab":
        this.close();
        break;
    }
  };

  Autocomplete.prototype.indexOf = function (event) {
    var option = event.target.closest("[role=option]");
    return option ? Number(option.getAttribute("data-index")) : -1;
  };

  Autocomplete.prototype.onClick = function (event) {
    var index = this.indexOf(event);
    if (index >= 0) {
      this.choose(index);
    }
  };

  Autocomplete.prototype.onHover = function (event) {
    var index = this.indexOf(event);
    if (index >= 0 && index !== this.active) {
      this.highlight(index);
    }
  };

  // Clicks on results: `ping` is sent by some browsers only (Firefox has it switched off), a beacon by
  // all that run this script; so where the script runs the beacon replaces the ping, and a click is
  // reported once either way.
  function reportClicksWithBeacons() {
    if (!navigator.sendBeacon) {
      return;
    }
    var links = document.querySelectorAll(".search-result a[ping]");
    for (var i = 0; i < links.length; i++) {
      links[i].setAttribute("data-click-report", links[i].getAttribute("ping"));
      links[i].removeAttribute("ping");
    }
    function report(event) {
      var link = event.target.closest && event.target.closest("a[data-click-report]");
      if (link && (event.type === "click" || event.button === 1)) {
        navigator.sendBeacon(link.getAttribute("data-click-report")); // the server keeps the first click
      }
    }
    document.addEventListener("click", report);
    document.addEventListener("auxclick", report);
  }

  var forms = document.querySelectorAll("form[data-autocomplete]");
  for (var i = 0; i < forms.length; i++) {
    new Autocomplete(forms[i]);
  }
  reportClicksWithBeacons();
})();
