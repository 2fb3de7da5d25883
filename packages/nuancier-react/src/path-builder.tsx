import { SectorSwatch } from "./sector-swatch";
import { usePathBuilder, type UsePathBuilderOptions } from "./use-path-builder";

export interface PathBuilderProps extends UsePathBuilderOptions {
  headingLevel?: 2 | 3;
}

/**
 * The path builder: the chosen nuances (reorder with buttons or drag and drop, remove),
 * constraints, the resulting path with formats, durations and reasons, and its exports.
 * A view over `usePathBuilder`, which holds all of its behaviour.
 */
export function PathBuilder({ headingLevel = 2, ...options }: PathBuilderProps) {
  const builder = usePathBuilder(options);
  const { text, items, steps } = builder;
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as "h3" | "h4";
  const actions = [
    [text.moveUp, builder.getMoveUpButtonProps],
    [text.moveDown, builder.getMoveDownButtonProps],
    [text.remove, builder.getRemoveButtonProps],
  ] as const;

  return (
    <section className="communs-nuancier-path" {...builder.getSectionProps()}>
      <Heading className="communs-nuancier__title" {...builder.getTitleProps()}>
        {text.pathTitle}
      </Heading>
      <p className="communs-visually-hidden" {...builder.getStatusProps()}>
        {builder.announcement}
      </p>
      {items.length === 0 ? (
        <p className="communs-nuancier__intro">{text.pathEmpty}</p>
      ) : (
        <div className="communs-nuancier__no-print">
          <SubHeading {...builder.getChosenHeadingProps()}>{text.pathChosen}</SubHeading>
          <p className="communs-nuancier__help" {...builder.getHelpProps()}>
            {text.pathReorderHelp}
          </p>
          <ol className="communs-nuancier-path__chosen" {...builder.getChosenListProps()}>
            {items.map((item) => (
              <li
                key={item.nuanceId}
                className="communs-nuancier-path__item"
                {...builder.getItemProps(item.index)}
              >
                {item.sector && <SectorSwatch sector={item.sector} size="small" />}
                <span className="communs-nuancier-path__name">{item.name}</span>
                <span className="communs-nuancier-path__actions">
                  {actions.map(([label, getProps]) => (
                    <button
                      key={label}
                      className="communs-nuancier-button"
                      data-variant="secondary"
                      {...getProps(item.index)}
                    >
                      {label}
                    </button>
                  ))}
                </span>
              </li>
            ))}
          </ol>
          <fieldset className="communs-nuancier-path__constraints">
            <legend>{text.constraintsTitle}</legend>
            <div className="communs-nuancier-field">
              <label {...builder.getOrderLabelProps()}>{text.orderLabel}</label>
              <select {...builder.getOrderSelectProps()}>
                <option value="as-selected">{text.orderAsSelected}</option>
                <option value="progressive">{text.orderProgressive}</option>
              </select>
            </div>
            <div className="communs-nuancier-field">
              <label {...builder.getMaxHoursLabelProps()}>{text.maxHoursLabel}</label>
              <input {...builder.getMaxHoursInputProps()} />
            </div>
            <div className="communs-nuancier-field">
              <label {...builder.getAudienceLabelProps()}>{text.audienceLabel}</label>
              <select {...builder.getAudienceSelectProps()}>
                {builder.audienceOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
        </div>
      )}
      {steps.length > 0 && (
        <div className="communs-nuancier-path__result">
          <SubHeading>{text.resultTitle}</SubHeading>
          <p className="communs-nuancier-path__total">{builder.totalText}</p>
          <ol className="communs-nuancier-path__steps">
            {steps.map((step) => (
              <li key={step.nuanceId} className="communs-nuancier-path__step">
                <p className="communs-nuancier-path__step-title">
                  {step.sector && <SectorSwatch sector={step.sector} size="small" />}
                  <strong>{step.name}</strong>
                  <span>
                    {" "}
                    ({step.sectorName}, {step.kindLabel})
                  </span>
                </p>
                <p>
                  {step.formatText}
                  {step.span ? ` (${step.span})` : ""}
                </p>
                <p className="communs-nuancier-path__why">{text.why}</p>
                <ul>
                  {step.reasons.map((reason) => (
                    <li key={reason.code}>{reason.text}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          {builder.issues.length > 0 && (
            <ul className="communs-nuancier-issues">
              {builder.issues.map((issue) => (
                <li key={`${issue.pointer}-${issue.code}`}>{issue.text}</li>
              ))}
            </ul>
          )}
          {builder.credits.map((credit) => (
            <p key={credit} className="communs-nuancier__help">
              {credit}
            </p>
          ))}
          <div className="communs-nuancier-path__exports communs-nuancier__no-print">
            {(
              [
                ["md", builder.getExportButtonProps("md"), text.exportMarkdown],
                ["csv", builder.getExportButtonProps("csv"), text.exportCsv],
                ["print", builder.getPrintButtonProps(), text.print],
                ["share", builder.getShareButtonProps(), text.share],
              ] as const
            ).map(([action, props, label]) => (
              <button key={action} className="communs-nuancier-button" {...props}>
                {label}
              </button>
            ))}
          </div>
          {builder.shareLink && (
            <div className="communs-nuancier-field communs-nuancier-field--wide communs-nuancier__no-print">
              <label {...builder.getShareLabelProps()}>{text.shareLabel}</label>
              <input {...builder.getShareInputProps()} />
            </div>
          )}
        </div>
      )}
    </section>
  );
}
