import type { ChartSeriesSpec, ChartSpec, PlanValue } from "../../engine/plan/sheet-plan";
import { absoluteRef, parseRange, rangeCells, rangeSize, type CellRange } from "./range";
import { hexColor } from "../color";
import { xmlEscape } from "../xml-text";

/** What a chart part needs from its sheet: the name for references, the values to cache. */
export interface ChartSource {
  sheet: string;
  values: PlanValue[][];
  /** Number format of a cell, for the cache's formatCode. */
  formatAt(row: number, col: number): string;
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

// Axis ids only need to be unique within one chart part.
const CAT_AXIS = 500000001;
const VAL_AXIS = 500000002;

/** The xl/charts/chartN.xml part: one native line chart, or horizontal bars, bound to ranges of its sheet. */
export function chartXml(spec: ChartSpec, source: ChartSource): string {
  const categories = parseRange(spec.categories);
  const bar = spec.type === "bar";
  const series = spec.series.map((s, i) => (bar ? barSeriesXml : seriesXml)(s, i, categories, source)).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}>` +
    '<c:date1904 val="0"/><c:lang val="id-ID"/><c:roundedCorners val="0"/>' +
    "<c:chart>" +
    titleXml(spec.title, 1200) +
    '<c:autoTitleDeleted val="0"/>' +
    "<c:plotArea><c:layout/>" +
    (bar
      ? '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' + series +
        `<c:gapWidth val="60"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>`
      : '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' + series +
        `<c:marker val="1"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:lineChart>`) +
    categoryAxisXml(bar) +
    valueAxisXml(spec, bar) +
    "</c:plotArea>" +
    // One series of bars needs no legend: the title says what the bars are.
    (bar ? "" : '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>') +
    // "gap": a month with no realisasi yet ends the line instead of dropping it to 0.
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>' +
    "</c:chartSpace>"
  );
}

function seriesXml(s: ChartSeriesSpec, index: number, categories: CellRange, source: ChartSource): string {
  const values = parseRange(s.values);
  const color = hexColor(s.color);
  const dash = s.dashed ? '<a:prstDash val="dash"/>' : '<a:prstDash val="solid"/>';
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>` +
    `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${dash}<a:round/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` +
    `<a:ln w="9525"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr></c:marker>` +
    `<c:cat><c:strRef><c:f>${xmlEscape(absoluteRef(source.sheet, categories))}</c:f>${stringCache(categories, source)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlEscape(absoluteRef(source.sheet, values))}</c:f>${numberCache(values, source)}</c:numRef></c:val>` +
    '<c:smooth val="0"/></c:ser>'
  );
}

/** One series of bars, each bar labelled with its value. */
function barSeriesXml(s: ChartSeriesSpec, index: number, categories: CellRange, source: ChartSource): string {
  const values = parseRange(s.values);
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${hexColor(s.color)}"/></a:solidFill></c:spPr>` +
    '<c:invertIfNegative val="0"/>' +
    '<c:dLbls><c:numFmt formatCode="0.0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${xmlEscape(absoluteRef(source.sheet, categories))}</c:f>${stringCache(categories, source)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlEscape(absoluteRef(source.sheet, values))}</c:f>${numberCache(values, source)}</c:numRef></c:val>` +
    "</c:ser>"
  );
}

/** Current labels, so a viewer that does not recalculate still shows them. */
function stringCache(range: CellRange, source: ChartSource): string {
  let points = "";
  let idx = 0;
  for (const { row, col } of rangeCells(range)) {
    const v = source.values[row]?.[col];
    if (v !== null && v !== undefined && !(typeof v === "number" && !Number.isFinite(v))) {
      points += `<c:pt idx="${idx}"><c:v>${xmlEscape(String(v))}</c:v></c:pt>`;
    }
    idx++;
  }
  return `<c:strCache><c:ptCount val="${rangeSize(range)}"/>${points}</c:strCache>`;
}

/** Current numbers; empty cells get no point, which is what makes the gap. */
function numberCache(range: CellRange, source: ChartSource): string {
  let points = "";
  let idx = 0;
  for (const { row, col } of rangeCells(range)) {
    const v = source.values[row]?.[col];
    if (typeof v === "number" && Number.isFinite(v)) points += `<c:pt idx="${idx}"><c:v>${v}</c:v></c:pt>`;
    idx++;
  }
  const format = source.formatAt(range.top, range.left);
  return `<c:numCache><c:formatCode>${xmlEscape(format)}</c:formatCode><c:ptCount val="${rangeSize(range)}"/>${points}</c:numCache>`;
}

function titleXml(text: string, size: number): string {
  return (
    "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>" +
    `<a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="id-ID" sz="${size}" b="1"/><a:t>${xmlEscape(text)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

/** Bars: categories down the left, the first on top (the table's order). */
function categoryAxisXml(bar: boolean): string {
  return (
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${bar ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? "l" : "b"}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/>' +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
  );
}

function valueAxisXml(spec: ChartSpec, bar: boolean): string {
  return (
    `<c:valAx><c:axId val="${VAL_AXIS}"/>` +
    `<c:scaling><c:orientation val="minMax"/><c:max val="${finite(spec.yMax, 100)}"/><c:min val="${finite(spec.yMin, 0)}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? "b" : "l"}"/>` +
    '<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="E0E0E0"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    (bar ? titleXml(spec.yTitle, 1000) : titleXml(spec.yTitle, 1000).replace("<a:bodyPr/>", '<a:bodyPr rot="-5400000" vert="horz"/>')) +
    '<c:numFmt formatCode="General" sourceLinked="0"/>' +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    // Under reversed categories the value axis crosses at the last one, so it stays at the bottom.
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${bar ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function finite(n: number, fallback: number): number {
  return Number.isFinite(n) ? n : fallback;
}
