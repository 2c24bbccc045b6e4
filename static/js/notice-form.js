// The notice form, progressively: the error summary's links move focus to the field at fault, and
// a saved milestone's "reason for a date change" box appears when its date or time is changed.
// Without JavaScript the first field at fault still has autofocus, and the server shows the reason
// box on the rows whose date changed.
(function () {
  const summary = document.getElementById("error-summary");
  if (summary) {
    summary.addEventListener("click", (event) => {
      const link = event.target.closest("a[href^='#']");
      if (!link) return;
      const target = document.getElementById(link.getAttribute("href").slice(1));
      if (!target) return;
      event.preventDefault();
      const field = target.matches("input, select, textarea") ? target : target.querySelector("input:not([type=hidden]), select, textarea");
      target.scrollIntoView({ block: "center" });
      (field || target).focus({ preventScroll: true });
    });
  }

  function watch(row) {
    const reason = row.querySelector(".field-change_reason");
    const date = row.querySelector("input[name$='-date']");
    const time = row.querySelector("input[name$='-time']");
    if (!reason || !date) return;
    const update = () => {
      const changed = date.value.trim() !== row.dataset.savedDate || (time && time.value !== row.dataset.savedTime);
      if (changed || reason.querySelector("input").value.trim() || reason.classList.contains("invalid")) {
        reason.hidden = false;
      } else {
        reason.hidden = true;
      }
    };
    date.addEventListener("input", update);
    if (time) time.addEventListener("input", update);
    if (time) time.addEventListener("change", update);
  }

  document.querySelectorAll(".milestone-form[data-saved-date]").forEach(watch);
})();
