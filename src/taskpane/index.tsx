import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelDoor } from "../excel";
import { App } from "./components/App";

/* global Office */

// Office.js must be ready before the door can run Excel.run.
Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App door={createExcelDoor()} />
    </FluentProvider>,
  );
});
