import "./env";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import type { WorkbookDoor } from "../../src/app/door";

export function renderApp(door: WorkbookDoor) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App door={door} />
    </FluentProvider>,
  );
}
