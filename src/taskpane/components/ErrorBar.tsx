/** A run that failed: its title and the message, read out at once (role alert). */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export function ErrorBar({ title, message }: { title: string; message: string }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <div>{message}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
