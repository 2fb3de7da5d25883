/** One parsed Server-Sent Event (WHATWG HTML §9.2 field rules). */
export interface SseMessage {
  event: string;
  data: string;
  id: string | undefined;
  retry: number | undefined;
}

/**
 * Incremental `text/event-stream` parser: feed it text chunks as they arrive; it calls
 * `onMessage` for each complete event (blank line). Handles CRLF, CR and LF line ends,
 * comments (`:`), multi-line `data`, and lines split across chunks.
 */
export function createSseParser(onMessage: (message: SseMessage) => void) {
  let buffer = "";
  let data: string[] = [];
  let event = "";
  let id: string | undefined;
  let retry: number | undefined;
  let pendingCr = false;

  const line = (text: string) => {
    if (text === "") {
      if (data.length > 0 || event !== "") {
        onMessage({ event: event || "message", data: data.join("\n"), id, retry });
      }
      data = [];
      event = "";
      retry = undefined;
      return;
    }
    if (text.startsWith(":")) return;
    const colon = text.indexOf(":");
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? "" : text.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") data.push(value);
    else if (field === "event") event = value;
    else if (field === "id" && !value.includes("\0")) id = value;
    else if (field === "retry" && /^\d+$/.test(value)) retry = Number(value);
  };

  return {
    push(chunk: string) {
      let text = buffer + chunk;
      buffer = "";
      if (pendingCr && text.startsWith("\n")) text = text.slice(1);
      pendingCr = false;
      let start = 0;
      for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (char === "\n" || char === "\r") {
          line(text.slice(start, index));
          if (char === "\r") {
            if (index + 1 === text.length) pendingCr = true;
            else if (text[index + 1] === "\n") index++;
          }
          start = index + 1;
        }
      }
      buffer = text.slice(start);
    },
    /** The id of the last event seen (what `Last-Event-ID` should carry on reconnection). */
    get lastEventId() {
      return id;
    },
  };
}
