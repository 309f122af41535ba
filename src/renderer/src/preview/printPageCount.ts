/**
 * The sheets a laid-out print preview document fills: each CSS column of `.st-report` is one page's
 * text box (see printPreviewDocument), so the count is how many column pitches its content spans.
 * Null when the document is not laid out (no report element, or no size yet).
 */
export function printPageCount(doc: Document): number | null {
  const report = doc.querySelector('.st-report')
  const view = doc.defaultView
  if (!report || !view) return null
  const width = report.clientWidth
  if (width <= 0) return null
  const gap = parseFloat(view.getComputedStyle(report).columnGap) || 0
  return Math.max(1, Math.round((report.scrollWidth + gap) / (width + gap)))
}
