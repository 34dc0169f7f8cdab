/**
 * The task pane for the end-to-end Bandingkan check: the real App over the Office.js door (the stub office.js),
 * given a reader for the other file. Until the file door's browser reader is wired into the production pane
 * (issue 13), this stands in for it: it checks it was handed the picked file's very bytes and returns that
 * file's grids, read by Node beforehand (window.__PK_OTHER__).
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelDoor } from "../../src/excel";
import { App } from "../../src/taskpane/components/App";
import type { Grid } from "../../src/engine/grid";

interface Other {
  name: string;
  size: number;
  grids: Grid[];
}

const other = (window as unknown as { __PK_OTHER__: Other }).__PK_OTHER__;

async function readWorkbook(bytes: Uint8Array, name: string): Promise<Grid[]> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (name !== other.name || bytes.length !== other.size || !zip) throw new Error(`berkas tak terduga: ${name} (${bytes.length} byte)`);
  return JSON.parse(JSON.stringify(other.grids)) as Grid[];
}

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App door={createExcelDoor()} readWorkbook={readWorkbook} />
    </FluentProvider>,
  );
});
