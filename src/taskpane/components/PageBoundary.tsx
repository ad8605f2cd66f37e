import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";

interface State {
  readonly error?: Error;
}

/**
 * Catches what a page throws (or a page that fails to load) so the pane shows a message with a way
 * out instead of going blank; the other pages keep working.
 */
export class PageBoundary extends React.Component<
  { page: string; children: React.ReactNode },
  State
> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { page: string }): void {
    if (previous.page !== this.props.page && this.state.error) this.setState({ error: undefined });
  }

  override render(): React.ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This page could not be shown.</MessageBarTitle>
          {error.message || String(error)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ error: undefined })}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
