// Catches a screen that throws while rendering, so one bad screen never blanks the console.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from '../ui/ErrorState';

export class ScreenBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Screen failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return <ErrorState error={this.state.error} title="This screen failed to render" onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
