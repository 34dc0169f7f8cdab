// The manifest for a real host: every https://localhost:3000 address (the dev server's) replaced by the host's
// https address, as the yo office template does with its production URL. Used by webpack.config.js.
const DEV_URL = "https://localhost:3000";

/** "https://pk.example.go.id/addin/" -> "https://pk.example.go.id/addin"; anything else than https is refused. */
function normalizeHostUrl(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`PK_ADDIN_URL bukan alamat yang sah: "${raw}". Contoh: https://pk.kabupaten.go.id/pk-kinerja`);
  }
  if (url.protocol !== "https:") throw new Error(`PK_ADDIN_URL harus https:// (Office hanya memuat add-in lewat https): "${raw}"`);
  if (url.search || url.hash) throw new Error(`PK_ADDIN_URL tanpa ? atau #: "${raw}"`);
  return (url.origin + url.pathname).replace(/\/+$/, "");
}

function manifestFor(xml, hostUrl) {
  const base = normalizeHostUrl(hostUrl);
  // An AppDomain is an origin, never a path.
  const out = xml
    .split(`<AppDomain>${DEV_URL}</AppDomain>`)
    .join(`<AppDomain>${new URL(base).origin}</AppDomain>`)
    .split(DEV_URL)
    .join(base);
  if (out.includes("localhost")) throw new Error("manifest.xml masih memuat localhost setelah alamat diganti");
  // The comment about the dev server no longer applies.
  return out.replace(/<!--[^]*?dev server[^]*?-->\n?/, `<!-- PK Kinerja: task pane for Excel, served from ${base}. -->\n`);
}

module.exports = { DEV_URL, manifestFor, normalizeHostUrl };
