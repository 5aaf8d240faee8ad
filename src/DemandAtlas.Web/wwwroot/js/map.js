// Enhancement only: the map works without this. Shows a mark's name and tactics next to it on
// keyboard focus too (the SVG <title> already gives a tooltip on hover).
(() => {
  const tip = document.createElement("div");
  tip.className = "us-map__tip";
  tip.hidden = true;
  tip.setAttribute("aria-hidden", "true");

  const show = (mark) => {
    const title = mark.querySelector("title");
    if (!title) return;
    if (!tip.isConnected) document.body.append(tip);
    tip.textContent = title.textContent;
    const box = mark.getBoundingClientRect();
    tip.style.left = `${window.scrollX + box.left + box.width / 2 + 8}px`;
    tip.style.top = `${window.scrollY + box.top - 4}px`;
    tip.hidden = false;
  };
  const hide = () => { tip.hidden = true; };

  document.addEventListener("focusin", (event) => {
    const mark = event.target.closest?.(".us-map__svg a");
    if (mark) show(mark); else hide();
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") hide(); });
})();
