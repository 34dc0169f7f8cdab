import "./env";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import type { WorkbookDoor } from "../../src/app/door";
import type { ReadWorkbookBytes } from "../../src/app/run-banding";

export function renderApp(door: WorkbookDoor, readWorkbook?: ReadWorkbookBytes) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App door={door} readWorkbook={readWorkbook} />
    </FluentProvider>,
  );
}
