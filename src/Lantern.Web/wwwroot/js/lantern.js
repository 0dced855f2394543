/*
 * Lantern progressive enhancement. Pages must work without it; the CSP forbids inline
 * script, so behaviour is wired here through data- attributes. Safe to load with defer.
 * Listeners are delegated from document, so content swapped in later (htmx) works too.
 *
 * 1. <button type="submit" data-confirm="Delete this note?"> inside a form:
 *    the form is submitted only if the user confirms.
 * 2. <select data-autosubmit> inside a form (or any <select> inside <form data-autosubmit>):
 *    the form is submitted when the selection changes.
 * 3. <div data-error-summary tabindex="-1">: when a page comes back with errors, focus moves
 *    to the error summary so that keyboard and screen reader users start there.
 * 4. <button data-print hidden>: shown, and opens the browser's print dialogue (without script
 *    the browser's own Print command does the same, so the button stays hidden).
 */
(function () {
  "use strict";

  // Capture phase, so a declined confirmation stops the submit before any other
  // listener on the form (such as htmx's) acts on it.
  document.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (!submitter || !submitter.hasAttribute("data-confirm")) {
      return;
    }
    var message = submitter.getAttribute("data-confirm") || "Are you sure?";
    if (!window.confirm(message)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  function focusErrorSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
      summary.focus();
    }
  }

  function showPrintButtons() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
    });
  }

  function ready() {
    focusErrorSummary();
    showPrintButtons();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target instanceof Element && target.closest("[data-print]")) {
      window.print();
    }
  });

  document.addEventListener("change", function (event) {
    var select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.form) {
      return;
    }
    var form = select.form;
    if (!select.hasAttribute("data-autosubmit") && !form.hasAttribute("data-autosubmit")) {
      return;
    }
    if (typeof form.requestSubmit === "function") {
      // Fires the submit event, so validation, htmx and data-confirm all apply.
      form.requestSubmit();
    } else {
      form.submit();
    }
  });
})();
