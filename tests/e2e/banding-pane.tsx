/**
 * The task pane for the end-to-end Bandingkan check: the real App over the Office.js door (the stub office.js),
 * with the production pane's reader for the other file (the file door's reader, in the browser). It also checks
 * the reader was handed the picked file's very bytes and read the same grids Node read (window.__PK_OTHER__).
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelDoor } from "../../src/excel";
import { App } from "../../src/taskpane/components/App";
import type { Grid } from "../../src/engine/grid";
import { readOtherWorkbook } from "../../src/app/read-other-workbook";

interface Other {
  name: string;
  size: number;
  grids: Grid[];
}

const other = (window as unknown as { __PK_OTHER__: Other }).__PK_OTHER__;

async function readWorkbook(bytes: Uint8Array, name: string): Promise<Grid[]> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (name !== other.name || bytes.length !== other.size || !zip) throw new Error(`berkas tak terduga: ${name} (${bytes.length} byte)`);
  const grids = await readOtherWorkbook(bytes, name);
  const names = (g: Grid[]) => g.map((x) => x.name).join("|");
  if (names(grids) !== names(other.grids)) throw new Error(`the browser read other sheets: ${names(grids)}`);
  return grids;
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
