import { Component, type ErrorInfo, type ReactNode } from 'react'
import type { Report } from '@shared/model/report'
import { CrashPanel } from './CrashPanel'

interface Props {
  children: ReactNode
  /** Which report is loaded: loading another one gives the editor a fresh start. */
  loadId: number
  /** The report as it is now; what "Lưu bản sao…" writes. */
  currentReport(): Report
  /** The report as it was loaded, written instead if the broken editor cannot give its text. */
  loadedReport: Report
  /** Told once, so the close handshake stops asking and keeps the backup. */
  onCrash(): void
}

/**
 * Around the editor and the preview: a render error there (a hostile or broken draft) shows a panel
 * that says the text is safe and offers to save a copy, instead of a blank window. The rest of the
 * window (menu commands, the close handshake, dialogs) stays mounted and keeps working.
 */
export class CrashBoundary extends Component<Props, { crashed: boolean }> {
  override state = { crashed: false }

  static getDerivedStateFromError(): { crashed: boolean } {
    return { crashed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever supports the officer: the panel itself says nothing technical.
    console.error('Soạn Tin: the editor stopped on an error', error, info.componentStack)
    this.props.onCrash()
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.crashed && previous.loadId !== this.props.loadId) this.setState({ crashed: false })
  }

  override render(): ReactNode {
    if (!this.state.crashed) return this.props.children
    return <CrashPanel report={() => reportOrLoaded(this.props)} />
  }
}

function reportOrLoaded({ currentReport, loadedReport }: Props): Report {
  try {
    return currentReport()
  } catch {
    return loadedReport
  }
}
