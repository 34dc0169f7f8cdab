/** Rekap: several workbooks of a pemda, each computed as `hitung` computes one, combined by a pure step. */
export type { IkuRow, KurvaPart, OpdRow, PemdaKurvaS, Rekap, RekapFinding, RekapPart } from "./types";
export { partOfWorkbook, rekapPart, unreadablePart, isOwnOutput, kepalaOf } from "./part";
export { combineRekap, worstFirst } from "./combine";
export { crossFileCascade, sheetLabel } from "./cascade";
export { rekapDoc, partLine, pemdaLine, type Skipped } from "./json";
