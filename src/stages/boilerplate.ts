// Stage "boilerplate": removes site furniture (comment forms, share counters, "Read More @",
// "The post … appeared first on …", image credits) and the trailing `Source:` line; keeps what it removed.
// A Markdown code block's lines are never furniture.
import type { Draft, Line } from "../draft.ts";
import { SOURCE_LINE, isBoilerplateLine, isShareCounter } from "../lexicon/boilerplate.ts";
import { codeLines } from "./segment.ts";

export function boilerplate(draft: Draft): Draft {
  const removed: string[] = [];
  let sourceLine: string | null = draft.sourceLine;
  let bylineDate: string | null = draft.bylineDate;
  const kept: Line[] = [];
  // In Markdown a code block's lines are kept as written: a URL or "Share this" there is code.
  const code = draft.markdown ? codeLines(draft.lines) : null;
  for (const l of draft.lines) {
    // In Markdown a line of -, _, *, = or ~ is markup (a rule, a heading's underline, a code fence), not a separator.
    if (l.text === "" || code?.has(l.line) || (draft.markdown && MARKDOWN_RULE.test(l.text))) {
      kept.push(l);
      continue;
    }
    const source = SOURCE_LINE.exec(l.text);
    if (source?.[1]) {
      // The first Source line names the publisher; any line like it is boilerplate either way.
      sourceLine ??= source[1].trim();
      removed.push(l.text);
      continue;
    }
    const inline = INLINE_SOURCE.exec(l.text);
    if (inline?.[1] && inline.index > 0) {
      removed.push(inline[0].trim());
      kept.push({ ...l, text: l.text.slice(0, inline.index).trim() });
      continue;
    }
    if (isBoilerplateLine(l.text) || isShareCounter(l.text)) {
      bylineDate ??= BYLINE_DATE.exec(l.text)?.[1] ?? null;
      removed.push(l.text);
      continue;
    }
    kept.push(l);
  }
  return { ...draft, lines: kept, boilerplate: [...draft.boilerplate, ...removed], sourceLine, bylineDate };
}

const MARKDOWN_RULE = /^[-_*=~]{3,}$/;

/** "Posted by Jo Bloggs on 19 Sep 2016": the byline's date. */
const BYLINE_DATE = /^(?:posted|published|written) by .+? on (\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})$/iu;

/** "… in an interview. Source: CNN" at the end of a paragraph: the attribution of a quoted passage. */
const INLINE_SOURCE = /\s+Sour[cs]e:\s*(https?:\/\/\S+|[\w.-]+\.[a-z]{2,}|\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,4})\s*$/u;
