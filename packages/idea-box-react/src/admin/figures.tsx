import { ProblemMessage } from "../problem-message";
import { BarChart } from "./charts";
import { figureSeries, percent, useAdminText, useBoxFigures } from "./use-admin";

export interface BoxFiguresProps {
  /** Bump it to reload (the console does after each write). */
  version?: number;
}

/** The box's figures: ideas per status and per month, time to first answer, share answered. */
export function BoxFigures({ version = 0 }: BoxFiguresProps) {
  const { m, t, locale } = useAdminText();
  const { data, problem, loading, reload } = useBoxFigures(version);
  if (problem && !data) return <ProblemMessage problem={problem} onRetry={reload} />;
  if (!data) return <p role="status">{m.loading}</p>;
  const series = figureSeries(data, m, locale);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const share = t("answeredShare", {
    answered: data.answered,
    total: data.total,
    percent: percent(data.answered, data.total, locale),
  });
  return (
    <div className="communs-idea-box-figures" aria-busy={loading || undefined}>
      <BarChart
        title={m.byStatusTitle}
        description={m.byStatusDesc}
        data={series.byStatus}
        labelHeader={m.status}
        valueHeader={m.count}
        caption={t("tableOf", { title: m.byStatusTitle })}
        locale={locale}
      />
      <BarChart
        title={m.byMonthTitle}
        description={m.byMonthDesc}
        data={series.byMonth}
        labelHeader={m.month}
        valueHeader={m.count}
        caption={t("tableOf", { title: m.byMonthTitle })}
        locale={locale}
      />
      <BarChart
        title={m.firstAnswerTitle}
        description={m.firstAnswerDesc}
        data={series.firstAnswer}
        labelHeader={m.delay}
        valueHeader={m.count}
        caption={t("tableOf", { title: m.firstAnswerTitle })}
        summary={
          data.firstAnswer.medianDays === null
            ? m.noMedian
            : t("median", { days: number.format(data.firstAnswer.medianDays) })
        }
        locale={locale}
      />
      <BarChart
        title={m.answeredTitle}
        description={share}
        data={[
          { label: m.answeredBar, value: data.answered },
          { label: m.unansweredBar, value: data.total - data.answered },
        ]}
        labelHeader={m.answeredTitle}
        valueHeader={m.count}
        caption={t("tableOf", { title: m.answeredTitle })}
        summary={share}
        locale={locale}
      />
    </div>
  );
}
