// What a host page may do with the elements' events: here, list them under the element.
// A file, not an inline script: the strict CSP refuses inline scripts.
const log = document.getElementById("communs-events");
for (const type of [
  "communs-result",
  "communs-path-change",
  "communs-report-load",
  "communs-check",
])
  document.addEventListener(type, (event) => {
    if (!log) return;
    const item = document.createElement("li");
    item.textContent = `${type} ${JSON.stringify(event.detail)}`;
    log.append(item);
  });
