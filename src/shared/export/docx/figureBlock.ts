import { figureCaptionCredit } from '../../body/fieldText'
import { ImageRun, TextRun, type IMediaTransformation, type Paragraph } from 'docx'
import type { Asset } from '../../model/assets'
import type { BodyNode } from '../../model/body'
import { FIGURE_NODE, figureAttrs } from '../../nodes/figureNode'
import { bodyPlainText } from '../../plainText/bodyPlainText'
import { cleanText } from '../../text/cleanText'
import { jpegOrientation, orientationTransform, withUprightTag } from '../../images/jpegOrientation'
import { publishableImage, type PublishableImage } from '../../images/publishableImage'
import type { DocxBlock, ExportState, MapEnv } from './docxContext'
import { loadImage, type EmbeddableImage } from './loadImage'
import { styledParagraph } from './paragraphBlock'
import { fitImage, MAX_IMAGE_HEIGHT_SHARE } from './fitImage'

/**
 * Size and turn of a photo on the page. A phone photo's EXIF orientation is honoured: the upright photo
 * is fitted (sides swapped for 5–8) and the turn goes in the drawing, since Word draws the stored pixels
 * as they are; the embedded copy's tag says "upright" so a reader that reads EXIF does not turn it twice.
 */
function placeImage(
  loaded: { bytes: Uint8Array; image: EmbeddableImage },
  maxWidthTwips: number,
  maxHeightTwips: number,
): { bytes: Uint8Array; transformation: IMediaTransformation } {
  const found = loaded.image.type === 'jpg' ? jpegOrientation(loaded.bytes) : null
  const turn = orientationTransform(found?.value ?? 1)
  const { width, height } = loaded.image
  const upright = turn.swapsSides ? { width: height, height: width } : { width, height }
  const size = fitImage(upright, maxWidthTwips, maxHeightTwips)
  if (!found || found.value === 1) return { bytes: loaded.bytes, transformation: size }
  let tagged = uprightCopies.get(loaded.bytes)
  if (!tagged) uprightCopies.set(loaded.bytes, (tagged = withUprightTag(loaded.bytes, found)))
  return {
    bytes: tagged,
    transformation: {
      // The drawing's box is the stored picture's; turned, it shows the upright size.
      ...(turn.swapsSides ? { width: size.height, height: size.width } : size),
      ...(turn.rotation ? { rotation: turn.rotation } : {}),
      ...(turn.flipHorizontal || turn.flipVertical
        ? { flip: { horizontal: turn.flipHorizontal, vertical: turn.flipVertical } }
        : {}),
    },
  }
}

// Once per distinct photo per export, whatever the number of figures showing it (and the memory
// budget of the shared memo): 300 figures of one photo decode and check it once.
const checkedPhotos = new WeakMap<ExportState, Map<string, PublishableImage>>()
// The upright-tagged copy of a turned phone photo, made once: the same bytes for every figure, so
// `docx` (which names media by a hash of their bytes) writes one media part for all of them.
const uprightCopies = new WeakMap<Uint8Array, Uint8Array>()

// Images come only from the draft's own assets: a figure's other attributes (a `src` pasted from the
// web or the disk) are never followed.
function checkedPhoto(
  state: ExportState,
  assetId: string,
  asset: Asset | undefined,
): PublishableImage | null {
  if (!asset) return null
  let photos = checkedPhotos.get(state)
  if (!photos) checkedPhotos.set(state, (photos = new Map()))
  let photo = photos.get(assetId)
  if (!photo) photos.set(assetId, (photo = publishableImage(asset)))
  return photo
}

/** A photo scaled to the text width and kept on the page with its caption; a broken one, a visible box. */
export function figureBlocks(node: BodyNode, env: MapEnv): DocxBlock[] {
  const { state, ctx } = env
  const ordinal = ++state.figureCount
  const attrs = figureAttrs(node.attrs)
  const assetId = attrs.assetId
  const asset = Object.hasOwn(state.assets, assetId) ? state.assets[assetId] : undefined
  const captionText = bodyPlainText(state.source).line(node.content).trim()
  const credit = figureCaptionCredit(node.content, captionText, state.source.captionCredit())
  const caption = [
    ...env.runs(node.content),
    ...(credit ? [new TextRun(cleanText(credit, 'linesAsSpaces'))] : []),
  ]
  const hasCaption = caption.length > 0
  const alt = attrs.alt.trim()
  const checked = loadImage(asset, checkedPhoto(state, assetId, asset), ordinal, assetId)
  const copy = state.photoCopies.get(assetId)
  // The print copy, when the export made one: upright pixels at about 300 dpi, so nothing to turn.
  const loaded =
    checked.ok && copy
      ? {
          ...checked,
          bytes: copy.bytes,
          image: {
            type: copy.mime === 'image/png' ? ('png' as const) : ('jpg' as const),
            width: copy.width,
            height: copy.height,
          },
        }
      : checked
  let picture: Paragraph
  if (loaded.ok) {
    if (loaded.warning) state.warnings.push(loaded.warning)
    // The officer's chosen share of the text width; the height cap still keeps it on one page.
    const maxWidth = (ctx.width * attrs.width) / 100
    const placed = placeImage(loaded, maxWidth, state.page.textHeight * MAX_IMAGE_HEIGHT_SHARE)
    const description = alt || captionText
    picture = styledParagraph(
      { ...env, ctx: { ...ctx, marker: null } },
      FIGURE_NODE.docxStyle,
      [
        new ImageRun({
          type: loaded.image.type,
          data: placed.bytes,
          transformation: placed.transformation,
          altText: {
            name: cleanText(asset?.name || `Ảnh ${ordinal}`, 'linesAsSpaces'),
            description: cleanText(description, 'linesAsSpaces'),
            title: cleanText(alt, 'linesAsSpaces'),
          },
        }),
      ],
      undefined,
      { keepNext: hasCaption },
    )
  } else {
    state.warnings.push(loaded.warning)
    const name = asset?.name ? ` "${asset.name}"` : ''
    picture = styledParagraph(
      { ...env, ctx: { ...ctx, marker: null } },
      'imagePlaceholder',
      [
        new TextRun(
          cleanText(`[Ảnh ${ordinal}${name} không hiển thị được: ${loaded.reason}]`, 'linesAsSpaces'),
        ),
      ],
      undefined,
      { keepNext: hasCaption },
    )
  }
  if (!hasCaption) return [picture]
  return [
    picture,
    styledParagraph({ ...env, ctx: { ...ctx, marker: null } }, FIGURE_NODE.captionStyle, caption),
  ]
}
