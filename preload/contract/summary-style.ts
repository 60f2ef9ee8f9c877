/**
 * The counsellor summary's one stylesheet. It sits in the contract because both sides need
 * it: the page puts it in the summary it builds (renderer/src/domain/export/render-html.ts),
 * and main allows exactly this text by hash in the app's CSP (main/csp.ts), since the
 * preview frame inherits that policy. Change it here and both follow.
 *
 * Everything fits the page's width on A4 and Letter: any text may break anywhere when a
 * word or a URL is longer than its line (headings and captions too), and every table is laid
 * out fixed at the page's width with a set share for each column, so no cell can widen it
 * (1pt narrower: a collapsed border lies half outside the table, and the page would clip it).
 */
export const SUMMARY_STYLE = `
  body { font: 11pt/1.45 system-ui, 'Noto Sans', sans-serif; color: #111; margin: 0; overflow-wrap: anywhere; word-break: normal; }
  h1 { font-size: 18pt; margin: 0 0 6pt; } h2 { font-size: 13pt; margin: 16pt 0 4pt; } h3 { font-size: 11pt; }
  h1, h2, h3, caption { break-after: avoid; }
  table { border-collapse: collapse; width: calc(100% - 1pt); margin: 4pt 0 10pt; table-layout: fixed; }
  caption { text-align: start; font-weight: 600; padding-bottom: 2pt; }
  th, td { border: 0.5pt solid #999; padding: 2pt 4pt; text-align: start; vertical-align: top; overflow-wrap: anywhere; min-width: 0; }
  thead { display: table-header-group; } tr { break-inside: avoid; }
  .gaps th:nth-child(1) { width: 60%; } .gaps th:nth-child(2), .gaps th:nth-child(3) { width: 20%; }
  .plan th:nth-child(1) { width: 34%; } .plan th:nth-child(2), .plan th:nth-child(3) { width: 17%; }
  .plan th:nth-child(4) { width: 12%; } .plan th:nth-child(5) { width: 20%; }
  .log { font-size: 9.5pt; } .log th:nth-child(1) { width: 15%; } .log th:nth-child(2) { width: 19%; }
  .log th:nth-child(3) { width: 16%; } .log th:nth-child(4) { width: 14%; } .log th:nth-child(5) { width: 18%; }
  .log th:nth-child(6) { width: 18%; }
  @media screen { body { margin: 1.25rem; } }
`;
