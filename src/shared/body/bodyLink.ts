import { Link } from '@tiptap/extension-link'
import { judgeLink } from '../links/linkPolicy'
import { linkTargetsPlugin } from './linkTargetsPlugin'

/** The link policy as TipTap's Link asks for it: is this target (typed, pasted or set) allowed? */
const isAllowedLinkTarget = (url: string): boolean => judgeLink(url).href !== null

/**
 * The report's link mark. Every target the editor judges (autolink, pasted URLs and `<a href>`,
 * `setLink`) goes through the one link policy, and every link it holds keeps the normalised form.
 * Not inclusive: typing right after a link does not extend it, as in Word and Google Docs.
 */
export const BodyLink = Link.extend({
  inclusive: false,
  addProseMirrorPlugins() {
    return [...(this.parent?.() ?? []), linkTargetsPlugin()]
  },
  addAttributes() {
    return {
      ...this.parent?.(),
      href: { default: null, parseHTML: (element) => judgeLink(element.getAttribute('href') ?? '').href },
    }
  },
}).configure({
  openOnClick: false,
  autolink: true,
  isAllowedUri: isAllowedLinkTarget,
  // Also guards linkOnPaste, which checks nothing else: only a full address is linked.
  shouldAutoLink: isAllowedLinkTarget,
})
