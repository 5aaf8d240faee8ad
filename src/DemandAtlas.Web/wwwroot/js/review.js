// Enhancement only: the review queue is plain forms and works without this. The keys press the same buttons a
// mouse would (j/k move between claims, c/r confirm or reject one, x selects, C/R decide the selected ones), so a
// decision is the same POST and redirect either way. After the page comes back, focus returns to the same
// position, where the next claim now is.
(() => {
  const form = document.getElementById("review-form");
  if (!form) return;
  const help = document.getElementById("review-keys");
  if (help) help.hidden = false;

  const storeKey = "review-queue-position";
  const items = () => [...form.querySelectorAll(".review-item")];
  let current = -1;

  const mark = (index) => {
    current = index;
    items().forEach((item, i) => item.classList.toggle("review-item--current", i === index));
  };

  const focusAt = (index) => {
    const list = items();
    if (list.length === 0) return;
    const next = Math.max(0, Math.min(index, list.length - 1));
    mark(next);
    list[next].focus();
  };

  const submit = (button) => {
    if (!button) return;
    sessionStorage.setItem(storeKey, String(Math.max(current, 0)));
    form.requestSubmit(button);
  };

  const pressOnCurrent = (selector) => {
    if (current < 0) {
      focusAt(0);
      return;
    }
    submit(items()[current]?.querySelector(selector));
  };

  const pressForSelected = (selector) => {
    if (form.querySelector(".review-select:checked")) submit(form.querySelector(selector));
  };

  const toggleCurrent = () => {
    const box = items()[current]?.querySelector(".review-select");
    if (box) box.checked = !box.checked;
  };

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (event.target.closest?.("input:not([type=checkbox]), select, textarea, [contenteditable]")) return;
    switch (event.key) {
      case "j": focusAt(current + 1); break;
      case "k": focusAt(current - 1); break;
      case "c": pressOnCurrent(".review-confirm"); break;
      case "r": pressOnCurrent(".review-reject"); break;
      case "x": toggleCurrent(); break;
      case "C": pressForSelected(".review-confirm-selected"); break;
      case "R": pressForSelected(".review-reject-selected"); break;
      default: return;
    }
    event.preventDefault();
  });

  // Tabbing or clicking into a claim makes it the one the keys act on.
  form.addEventListener("focusin", (event) => {
    const item = event.target.closest(".review-item");
    if (item) mark(items().indexOf(item));
  });

  const saved = sessionStorage.getItem(storeKey);
  if (saved !== null) {
    sessionStorage.removeItem(storeKey);
    focusAt(Number(saved));
  }
})();
