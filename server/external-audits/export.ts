import ExcelJS from 'exceljs';
import type { AuditRegister } from '#shared/api/external-audits';
import type { Language } from '#shared/question-bank/schema';
import { spreadsheetSafe } from '#server/http/csv';

/**
 * The register as a workbook for people: one line per recommendation with
 * its audit, and two columns per follow-up year ("Åtgärdad 2025",
 * "Kommentar 2025"), the layout of the follow-up audits municipalities
 * receive; after the priority, the plan's actions linked to the
 * recommendation (decision 0020), each with its status, one a line in the
 * cell. Every text cell goes through spreadsheetSafe as in the CSV
 * (docs/interfaces §1), so a cell that begins with = + - @ tab or CR is
 * inert text here too.
 */

const HEADINGS = {
  sv: {
    sheet: 'Rekommendationer',
    audit: 'Granskning',
    firm: 'Revisionsföretag',
    date: 'Datum',
    reference: 'Rapportreferens',
    recommendation: 'Rekommendation',
    areas: 'Områden',
    priority: 'Prioritet',
    actions: 'Kopplade åtgärder',
    outcome: 'Åtgärdad',
    comment: 'Kommentar',
    priorities: { high: 'Hög', medium: 'Medel', low: 'Låg' },
    outcomes: { yes: 'Ja', partly: 'Delvis', no: 'Nej' },
    statuses: { planned: 'planerad', in_progress: 'pågår', done: 'klar', stopped: 'stoppad' },
  },
  en: {
    sheet: 'Recommendations',
    audit: 'Audit',
    firm: 'Audit firm',
    date: 'Date',
    reference: 'Report reference',
    recommendation: 'Recommendation',
    areas: 'Areas',
    priority: 'Priority',
    actions: 'Linked actions',
    outcome: 'Addressed',
    comment: 'Comment',
    priorities: { high: 'High', medium: 'Medium', low: 'Low' },
    outcomes: { yes: 'Yes', partly: 'Partly', no: 'No' },
    statuses: { planned: 'planned', in_progress: 'in progress', done: 'done', stopped: 'stopped' },
  },
} as const;

/** `register` as loaded in `lang`: its areas' titles name each recommendation's areas. */
export async function registerToXlsx(register: AuditRegister, lang: Language): Promise<Buffer> {
  const h = HEADINGS[lang];
  const areaTitles = new Map(register.areas.map((area) => [area.key, area.title]));
  const years = [...new Set(register.audits.flatMap((a) => a.recommendations.flatMap((r) => r.followUps.map((f) => f.year))))].sort();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mognad';
  const sheet = workbook.addWorksheet(h.sheet);
  const text = (value: string) => spreadsheetSafe(value);
  sheet.addRow([
    h.audit,
    h.firm,
    h.date,
    h.reference,
    h.recommendation,
    h.areas,
    h.priority,
    h.actions,
    ...years.flatMap((year) => [`${h.outcome} ${year}`, `${h.comment} ${year}`]),
  ]).font = { bold: true };
  for (const audit of register.audits) {
    const auditCells = [text(audit.title), text(audit.auditorFirm), audit.auditedOn, text(audit.reportReference)];
    if (audit.recommendations.length === 0) sheet.addRow(auditCells);
    for (const recommendation of audit.recommendations) {
      const byYear = new Map(recommendation.followUps.map((f) => [f.year, f]));
      sheet.addRow([
        ...auditCells,
        text(recommendation.text),
        text(recommendation.areaKeys.map((key) => areaTitles.get(key) ?? key).join(', ')),
        h.priorities[recommendation.priority],
        text(recommendation.actions.map((action) => `${action.title} (${h.statuses[action.status]})`).join('\n')),
        ...years.flatMap((year) => {
          const followUp = byYear.get(year);
          return followUp ? [h.outcomes[followUp.outcome], text(followUp.comment)] : [null, null];
        }),
      ]);
    }
  }
  for (const [column, width] of [
    [1, 30],
    [2, 20],
    [3, 12],
    [4, 18],
    [5, 60],
    [6, 30],
    [7, 10],
    [8, 40],
  ] as const)
    sheet.getColumn(column).width = width;
  sheet.getColumn(8).alignment = { wrapText: true, vertical: 'top' };
  years.forEach((_, index) => {
    sheet.getColumn(9 + index * 2).width = 10;
    sheet.getColumn(10 + index * 2).width = 40;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
