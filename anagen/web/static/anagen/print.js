// Progressive enhancement: a Print button where JavaScript runs; without it the page says how.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
