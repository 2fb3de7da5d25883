// Build-time only: reads the real contract and serialises what the element needs at run time.
import { endpoints, messagesEn, messagesFr, problem, problemCodes } from "@communs/idea-box";

export function contractData() {
  return {
    endpoints: Object.fromEntries(
      Object.entries(endpoints).map(([name, endpoint]) => [
        name,
        {
          method: endpoint.method,
          path: endpoint.path,
          csv: "produces" in endpoint && endpoint.produces === "csv",
          empty: endpoint.response === null,
        },
      ]),
    ),
    problems: Object.fromEntries(
      problemCodes.map((code) => {
        const { type, title, status } = problem(code);
        return [code, { type, title, status }];
      }),
    ),
    messages: { fr: messagesFr, en: messagesEn },
  };
}
