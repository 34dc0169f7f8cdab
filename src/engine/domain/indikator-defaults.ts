/** Sifat and polaritas when the Rencana Aksi does not state them (workbook.md §2). */
import type { Polaritas, Sifat } from "../model";

export function defaultSifat(nama: string): Sifat {
  return /^\s*jumlah\b/i.test(nama) ? "kumulatif" : "akhir";
}

const NEGATIVE = /\b(angka kematian|kematian|prevalensi|kasus|tingkat pengangguran|pengangguran|penduduk miskin|kemiskinan|angka kesakitan|angka putus sekolah|putus sekolah|stunting|gizi buruk pada|wasting|kecelakaan|kriminalitas|pelanggaran|temuan|genangan|banjir|kawasan kumuh|luas kawasan kumuh|rasio gini|indeks gini|inflasi|backlog)\b/i;

/** Guessed from the name: rates of bad things are negatif. */
export function guessPolaritas(nama: string): Polaritas {
  // "Jumlah balita gizi buruk yang mendapat perawatan" counts care given, not cases: only rates and counts of the bad thing itself.
  if (/\b(mendapat|ditangani|tertangani|dirawat|mendapatkan|yang diobati|diobati)\b/i.test(nama)) return "positif";
  return NEGATIVE.test(nama) ? "negatif" : "positif";
}

export function readSifat(text: string): Sifat | null {
  const s = text.toLowerCase();
  if (/kumulatif/.test(s)) return "kumulatif";
  if (/rata/.test(s)) return "rata-rata";
  if (/akhir/.test(s)) return "akhir";
  return null;
}

export function readPolaritas(text: string): Polaritas | null {
  const s = text.toLowerCase();
  if (/negatif|rendah semakin baik|minimi/.test(s)) return "negatif";
  if (/positif|tinggi semakin baik|maksimi/.test(s)) return "positif";
  return null;
}
