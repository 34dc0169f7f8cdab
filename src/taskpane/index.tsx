import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelDoor } from "../excel";
import { App } from "./components/App";
import { OutsideExcel } from "./components/OutsideExcel";

// Office.js must be ready before the door can run Excel.run; outside Excel there is no workbook to open.
Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  const inExcel = info.host === Office.HostType.Excel;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>{inExcel ? <App door={createExcelDoor()} /> : <OutsideExcel />}</FluentProvider>,
  );
});
