import { Component, type ErrorInfo, type ReactNode } from 'react'
import { CrashScreen, type CrashDetails } from '../ui/CrashScreen'

interface ErrorBoundaryProps {
  /** 'app' around everything, 'tab' around one workspace tab (the others keep working). */
  scope: 'app' | 'tab'
  /** Which part this is, for the copied details (a tab's key, never user text). */
  where: string
  children: ReactNode
}

/**
 * Catches a render error below it and shows the recovery screen in its place, so a bug never
 * leaves a white window. The part that failed unmounts: its fields save what was typed as they
 * unmount (useAutosave), and keep it as a draft until that commit lands.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { crash: CrashDetails | null }> {
  override state: { crash: CrashDetails | null } = { crash: null }

  static getDerivedStateFromError(error: unknown): { crash: CrashDetails } {
    return { crash: { error, componentStack: null } }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ crash: { error, componentStack: info.componentStack ?? null } })
    console.error(`[crash] ${this.props.where}:`, error)
  }

  override render(): ReactNode {
    const { crash } = this.state
    return crash ? <CrashScreen details={crash} scope={this.props.scope} where={this.props.where} /> : this.props.children
  }
}
