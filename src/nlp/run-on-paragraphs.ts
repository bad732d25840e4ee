// Paragraph breaks that scraped text lost, found again from its quotations: a quote left open runs on
// into the next quote's opening mark (`… okay. "I was …`), as news style writes a quotation that goes
// on into the next paragraph. The attribution passes then read those paragraphs as they were written.
import type { Quote } from "./quotes.ts";
import type { Block, Sentence } from "../types.ts";

/** `blocks` split where a quote runs on into the next, renumbered, with `sentences` pointing at them; offsets stay. */
export function runOnParagraphs(blocks: Block[], sentences: Sentence[], quotes: Quote[]): { blocks: Block[]; sentences: Sentence[] } {
  const cuts: number[] = [];
  for (let i = 0; i + 1 < quotes.length; i++) {
    const q = quotes[i];
    if (q && !q.closed && quotes[i + 1]?.start === q.end) cuts.push(q.end);
  }
  if (!cuts.length) return { blocks, sentences };
  const out: Block[] = [];
  let c = 0;
  for (const b of blocks) {
    let start = b.start;
    for (; c < cuts.length && (cuts[c] ?? 0) < b.end; c++) {
      const cut = cuts[c] ?? 0;
      if (cut <= start) continue;
      out.push(piece(b, start, cut, out.length));
      start = cut;
    }
    out.push(start === b.start ? { ...b, index: out.length } : piece(b, start, b.end, out.length));
  }
  // Sentences go with the paragraph they start in.
  let k = 0;
  const moved = sentences.map((s) => {
    while (k + 1 < out.length && (out[k + 1]?.start ?? Infinity) <= s.start) k++;
    return s.block === k ? s : { ...s, block: k };
  });
  return { blocks: out, sentences: moved };
}

/** The part of `b` from `start` to `end`, without the spaces before the cut. */
function piece(b: Block, start: number, end: number, index: number): Block {
  const text = b.text.slice(start - b.start, end - b.start).trimEnd();
  return { ...b, index, start, end: start + text.length, text };
}
