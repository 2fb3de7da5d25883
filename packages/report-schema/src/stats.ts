import type { Report } from "./schema";

export interface ReportStats {
  year: number;
  keyFigures: number;
  programmes: number;
  sites: number;
  residents: number;
  activities: number;
  activityCount: number;
  institutionalMembers: number;
  individualMembers: number;
  partners: number;
  team: number;
  plannedItems: number;
  links: number;
  notes: number;
}

/** Counts of what a validated report holds (for the CLI's `stats` and dashboards). */
export function reportStats(report: Report): ReportStats {
  const sites = report.programmes.flatMap((programme) => programme.sites);
  const links =
    report.links.length +
    report.programmes.reduce((total, programme) => total + programme.links.length, 0);
  return {
    year: report.report.year,
    keyFigures: report.keyFigures.length,
    programmes: report.programmes.length,
    sites: sites.length,
    residents: sites.reduce((total, site) => total + site.residents.length, 0),
    activities: report.activities.length,
    activityCount: report.activities.reduce((total, activity) => total + (activity.count ?? 0), 0),
    institutionalMembers:
      report.members?.categories.reduce((total, category) => total + category.members.length, 0) ??
      0,
    individualMembers: report.members?.individuals.length ?? 0,
    partners: report.partners.length,
    team: report.team?.permanent.length ?? 0,
    plannedItems: report.planned.length,
    links,
    notes: report.notes.length,
  };
}
