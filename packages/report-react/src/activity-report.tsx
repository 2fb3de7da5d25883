import type { Report } from "@communs/report-schema";
import { Activities } from "./activities";
import { Finances } from "./finances";
import type { ReportTextProps } from "./i18n/use-report-text";
import { KeyFigures } from "./key-figures";
import { Members } from "./members";
import { Partners, Team } from "./organisation";
import { Links, Notes, Planned } from "./planned";
import { Programmes } from "./programmes";
import { ReportHeader } from "./report-header";
import { Timeline } from "./timeline";

export interface ActivityReportProps extends Omit<ReportTextProps, "headingLevel"> {
  /** A report that passed `validateReport` (use its `report`). */
  report: Report;
  /** Show the notes on the source (true by default). */
  showNotes?: boolean;
}

/** The whole activity report, printable as an A4 document. */
export function ActivityReport({
  report,
  locale = "fr",
  messages,
  showNotes = true,
}: ActivityReportProps) {
  const shared = { locale, messages, headingLevel: 2 as const };
  return (
    <article className="communs-report" lang={locale}>
      <ReportHeader report={report} {...shared} />
      <KeyFigures report={report} {...shared} />
      <Timeline report={report} {...shared} />
      <Programmes report={report} {...shared} />
      <Activities report={report} {...shared} />
      <Members report={report} {...shared} />
      <Partners report={report} {...shared} />
      <Team report={report} {...shared} />
      <Finances report={report} {...shared} />
      <Planned report={report} {...shared} />
      <Links report={report} {...shared} />
      {showNotes ? <Notes report={report} {...shared} /> : null}
    </article>
  );
}
