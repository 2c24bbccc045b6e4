// "Add a milestone" on the notice form: copies the empty row of the Django formset.
// Without JavaScript the form still has its spare rows; this only adds more.
(function () {
  const button = document.getElementById("add-milestone");
  const template = document.getElementById("milestone-empty");
  if (!button || !template) return;
  const prefix = button.dataset.prefix;
  const total = document.getElementById(`id_${prefix}-TOTAL_FORMS`);
  const list = document.getElementById("milestone-forms");
  button.hidden = false;
  button.addEventListener("click", () => {
    const index = Number(total.value);
    const row = template.innerHTML.replace(/__prefix__/g, String(index));
    list.insertAdjacentHTML("beforeend", row);
    total.value = String(index + 1);
    const added = list.lastElementChild;
    added.setAttribute("aria-label", added.getAttribute("aria-label").trim() + " " + (index + 1));
    const first = added.querySelector("select, input:not([type=hidden])");
    if (first) first.focus();
  });
})();
