/** The offset invariant, checked on every record: every span lies in the text and slices to its own text. */
import type { OkRecord } from '../../schema/record.ts';

interface AnySpan {
  start: number;
  end: number;
  text?: string;
}

export function collectSpans(record: OkRecord): { path: string; span: AnySpan }[] {
  const spans: { path: string; span: AnySpan }[] = [];
  record.sentences.forEach((span, index) => spans.push({ path: `sentences[${index}]`, span }));
  record.entities.forEach((entity, entityIndex) =>
    entity.mentions.forEach((span, index) => spans.push({ path: `entities[${entityIndex}].mentions[${index}]`, span })),
  );
  record.relations.forEach((relation, index) => spans.push({ path: `relations[${index}].evidence`, span: relation.evidence }));
  record.events.forEach((event, index) => {
    spans.push({ path: `events[${index}].trigger`, span: event.trigger });
    spans.push({ path: `events[${index}].evidence`, span: event.evidence });
    if (event.attribution) spans.push({ path: `events[${index}].attribution`, span: event.attribution });
    if (event.time) spans.push({ path: `events[${index}].time`, span: event.time });
    if (event.theme) spans.push({ path: `events[${index}].theme`, span: event.theme });
  });
  record.messages.forEach((message, index) => {
    if (message.start !== undefined && message.end !== undefined) spans.push({ path: `messages[${index}]`, span: { start: message.start, end: message.end } });
  });
  return spans;
}

export function findBadSpans(record: OkRecord, text: string): string[] {
  const problems: string[] = [];
  for (const { path, span } of collectSpans(record)) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) problems.push(`${path} [${span.start}, ${span.end}) is outside the text`);
    else if (span.text !== undefined && text.slice(span.start, span.end) !== span.text) problems.push(`${path} "${span.text}" ≠ text [${span.start}, ${span.end})`);
  }
  return problems;
}
