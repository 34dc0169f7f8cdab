import type { ChartSpec } from "../../engine/plan/sheet-plan";
import { parseA1 } from "../../engine/grid";
import { xmlEscape } from "../xml-text";

export const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

/** Zero-based cell corners of a chart: `to` is the corner past the spec's bottom-right cell, so that cell is covered. */
export function chartAnchor(spec: ChartSpec): { from: { row: number; col: number }; to: { row: number; col: number } } {
  const from = parseA1(spec.from);
  const last = parseA1(spec.to);
  if (!from || !last) throw new Error(`Posisi grafik tidak valid: "${spec.from}" sampai "${spec.to}"`);
  return {
    from: { row: Math.min(from.row, last.row), col: Math.min(from.col, last.col) },
    to: { row: Math.max(from.row, last.row) + 1, col: Math.max(from.col, last.col) + 1 },
  };
}

function marker(tag: "from" | "to", p: { row: number; col: number }): string {
  return `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The xl/drawings/drawingN.xml part: one two-cell anchor per chart; chart i uses relationship rId{i+1}. */
export function drawingXml(charts: ChartSpec[]): string {
  const anchors = charts.map((spec, i) => {
    const { from, to } = chartAnchor(spec);
    return (
      "<xdr:twoCellAnchor>" +
      marker("from", from) +
      marker("to", to) +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlEscape(`Grafik ${i + 1}`)}" descr="${xmlEscape(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/>` +
      "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    anchors.join("") +
    "</xdr:wsDr>"
  );
}

/** xl/drawings/_rels/drawingN.xml.rels: rId{i+1} to each chart part, named by its number. */
export function drawingRelsXml(chartNumbers: number[]): string {
  const rels = chartNumbers
    .map((n, i) => `<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${n}.xml"/>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`
  );
}
