import { jobCopyStore } from '../images/copyStore'
import type { Job, JobResult } from './jobProtocol'

/**
 * Runs one job with the same functions the app used in process; throws what they throw. Each kind
 * loads only its own modules, so opening a draft does not wait for the DOCX library to load.
 */
export async function runJob(
  job: Job,
  onProgress: (done: number, total: number) => void,
): Promise<JobResult> {
  switch (job.kind) {
    case 'readDraft': {
      const { readDraftFile } = await import('../draftFiles')
      return readDraftFile(job.path)
    }
    case 'buildDocx': {
      const { buildDocxExport } = await import('../docxExportFile')
      const copyStore = jobCopyStore(job.knownCopies)
      const built = await buildDocxExport({ report: job.report, layout: job.layout, onProgress, copyStore })
      return { ...built, madeCopies: copyStore.made }
    }
    case 'buildHtml': {
      const { planHtmlExport } = await import('../htmlExportFile')
      const copyStore = jobCopyStore(job.knownCopies)
      const plan = await planHtmlExport({
        report: job.report,
        htmlPath: job.htmlPath,
        form: job.form,
        imagesDir: job.imagesDir,
        layout: job.layout,
        webPhotos: job.webPhotos,
        copyStore,
      })
      return { ...plan, madeCopies: copyStore.made }
    }
    case 'webFragment': {
      const { exportHtml } = await import('@shared/export/html/exportHtml')
      const { webPlainText } = await import('@shared/export/html/webPlainText')
      const { webPhotoCopies } = await import('../images/photoCopies')
      const { defaultWebPhotoSettings } = await import('@shared/settings/settings')
      const copyStore = jobCopyStore(job.knownCopies)
      const photoCopies = await webPhotoCopies(
        job.report,
        job.webPhotos ?? defaultWebPhotoSettings(),
        copyStore,
      )
      const fragment = exportHtml(job.report, { form: 'fragment', photoCopies })
      return {
        html: fragment.html,
        text: webPlainText(job.report),
        warnings: fragment.warnings,
        warningsEn: fragment.warningsEn,
        madeCopies: copyStore.made,
      }
    }
  }
}
