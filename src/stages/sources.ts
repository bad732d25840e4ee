// Stage "sources": the publisher (front matter, else the `Source:` line, unless it credits a chart's
// data: isDataCredit) and the news outlets the article cites ("The Financial Times, in its report,
// cited…", "The Telegraph reports"), named by the helpers of src/nlp/outlets.ts.
import { type Draft } from "../draft.ts";
import { findOutlets, outlet, publisherName } from "../nlp/outlets.ts";
import type { Outlet } from "../types.ts";

export function sources(draft: Draft): Draft {
  const fm = draft.frontMatter;
  const named = fm.publisher ?? fm.source ?? draft.sourceLine;
  const publisher = named ? outlet(publisherName(named)) : null;
  const cited = new Map<string, Outlet>();
  const add = (name: string): void => {
    const o = outlet(name);
    if (o.slug && o.slug !== publisher?.slug && !cited.has(o.slug)) cited.set(o.slug, o);
  };
  if (fm.citedSources) fm.citedSources.forEach(add);
  else for (const name of findOutlets(draft.text)) add(name);
  return { ...draft, publisher, citedSources: [...cited.values()] };
}
