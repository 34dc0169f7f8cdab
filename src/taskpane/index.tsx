import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { createExcelDoor } from "../excel";
import { App } from "./components/App";
import { readOtherWorkbook } from "../app/read-other-workbook";
import { NoOfficeJs } from "./components/NoOfficeJs";
import { OutsideExcel } from "./components/OutsideExcel";
import { themeFor } from "./theme";

const container = document.getElementById("container");

// guard.js has already said, in plain HTML, that this host's browser cannot run the pane.
const unsupported = document.documentElement.hasAttribute("data-pk-unsupported");

if (container && !unsupported) {
  // office.js comes from Microsoft's CDN; offline or behind a proxy it is missing, and Office is not defined.
  if (typeof Office === "undefined") show(<NoOfficeJs />);
  else
    Office.onReady((info) => {
      // Excel on the web caps every answer at 5 MB: the door sizes its reads for it there.
      const web = info.platform === Office.PlatformType.OfficeOnline;
      const theme = themeFor(Office.context?.officeTheme);
      show(info.host === Office.HostType.Excel ? <App door={createExcelDoor(undefined, { web })} readWorkbook={readOtherWorkbook} /> : <OutsideExcel />, theme);
    });
}

function show(pane: ReactElement, theme = webLightTheme): void {
  createRoot(container!).render(<FluentProvider theme={theme}>{pane}</FluentProvider>);
}
