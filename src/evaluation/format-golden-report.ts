/**
 * Renders a golden report as a plain-text table (one row per article, then the micro averages) and as the
 * one-line JSON summary the script prints last, so CI logs and scripts can pick the figures up.
 */
import type { Agreement, GoldenReport, PrecisionRecall } from './golden.ts';

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}`.padStart(5);
}

function precisionRecallColumns(score: PrecisionRecall): string {
  return `${percent(score.precision)} ${percent(score.recall)} ${percent(score.f1)}`;
}

function counts(score: PrecisionRecall): string {
  return `${score.truePositives}/${score.falsePositives}/${score.falseNegatives}`.padStart(9);
}

function rate(score: Agreement): string {
  return score.total === 0 ? '    -' : percent(score.accuracy);
}

export function formatGoldenTable(report: GoldenReport, details = false): string {
  const idWidth = Math.max(10, ...report.articles.map((article) => article.id.length));
  const header =
    `${'article'.padEnd(idWidth)}  status           persons P     R     F1  tp/fp/fn  ` +
    `events P     R     F1  tp/fp/fn  roleF1 modal`;
  const lines = [header, '-'.repeat(header.length)];
  for (const article of report.articles) {
    const status = `${article.goldStatus}${article.status.correct ? '=' : '≠'}${article.predictedStatus}`;
    lines.push(
      `${article.id.padEnd(idWidth)}  ${status.padEnd(16)} ${precisionRecallColumns(article.persons)} ${counts(article.persons)}  ` +
        `${precisionRecallColumns(article.events)} ${counts(article.events)}  ${percent(article.roles.f1)}  ${rate(article.modality)}`,
    );
    if (details) {
      const notes: Array<[string, string[]]> = [
        ['missed persons', article.missedPersons],
        ['spurious persons', article.spuriousPersons],
        ['missed events', article.missedEvents],
        ['spurious events', article.spuriousEvents],
        ['wrong modality', article.wrongModality],
        ['wrong time', article.wrongTime],
        ['wrong roles', article.wrongRoles],
      ];
      for (const [label, items] of notes) for (const item of items) lines.push(`    ${label}: ${item}`);
    }
  }
  const { micro } = report;
  lines.push('-'.repeat(header.length));
  lines.push(
    `${'micro'.padEnd(idWidth)}  ${rate(micro.status).padEnd(16)} ${precisionRecallColumns(micro.persons)} ${counts(micro.persons)}  ` +
      `${precisionRecallColumns(micro.events)} ${counts(micro.events)}  ${percent(micro.roles.f1)}  ${rate(micro.modality)}`,
  );
  lines.push(
    `event types (strict) P/R/F1 ${precisionRecallColumns(micro.eventTypes)}; roles P/R/F1 ${precisionRecallColumns(micro.roles)}; ` +
      `role titles only P/R/F1 ${precisionRecallColumns(micro.roleTitles)};\n` +
      `time ${rate(micro.time)} (${micro.time.correct}/${micro.time.total}); language ${rate(micro.language)}`,
  );
  return lines.join('\n');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Null when there was nothing to compare (no matched events yet), so a 0-of-0 is not read as 100 %. */
function accuracyOrNull(score: Agreement): number | null {
  return score.total === 0 ? null : round(score.accuracy);
}

/** The figures as one JSON object (rounded to three decimals). */
export function summarizeGoldenReport(report: GoldenReport): Record<string, unknown> {
  const { micro } = report;
  const scores = (score: PrecisionRecall) => ({
    precision: round(score.precision),
    recall: round(score.recall),
    f1: round(score.f1),
    truePositives: score.truePositives,
    falsePositives: score.falsePositives,
    falseNegatives: score.falseNegatives,
  });
  return {
    articles: report.articles.length,
    persons: scores(micro.persons),
    roles: scores(micro.roles),
    roleTitles: scores(micro.roleTitles),
    events: scores(micro.events),
    eventTypes: scores(micro.eventTypes),
    modalityAccuracy: accuracyOrNull(micro.modality),
    timeAccuracy: accuracyOrNull(micro.time),
    statusAccuracy: accuracyOrNull(micro.status),
    languageAccuracy: accuracyOrNull(micro.language),
  };
}
